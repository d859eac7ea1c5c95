using Dyad.Core.Actors;

namespace Dyad.Storage;

/// <summary>
/// Which dyad-period panel to aggregate: by year or by month, directed (source acting on target) or undirected (each
/// pair once, in code order), within optional years. Only asserted, dated events between two different actors count;
/// a monthly panel leaves out events dated only to the year. <see cref="Codes"/> give each side its COW and GW numbers
/// at the event's date, so a code that changed within a period splits the period's row.
/// </summary>
public sealed record PanelQuery
{
    public bool ByMonth { get; init; }

    public bool Directed { get; init; }

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    public IReadOnlyList<StateCodePeriod> Codes { get; init; } = [];
}

/// <summary>One dyad in one period: its events by QuadClass, their Goldstein sum, and the documents behind them.</summary>
public sealed record PanelCell(
    string Source, string? SourceHistorical, int? SourceCow, int? SourceGw,
    string Target, string? TargetHistorical, int? TargetCow, int? TargetGw,
    int Year, int? Month, int Events, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict,
    double GoldsteinSum, int Documents)
{
    public double? GoldsteinMean => Events > 0 ? GoldsteinSum / Events : null;

    /// <summary>Cooperative minus conflictual events, as a share of all: from -1 (all conflict) to 1 (all cooperation).</summary>
    public double? NetCooperation => Events > 0 ? (VerbalCooperation + MaterialCooperation - VerbalConflict - MaterialConflict) / (double)Events : null;
}
