using Dyad.Analysis.Chronology;
using Dyad.Analysis.Eras;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Analysis.Reconciliation;
using Dyad.Analysis.Series;
using Dyad.Analysis.Triangles;

namespace Dyad.Analysis.Reports;

/// <summary>
/// The shapes in which analysis results leave Dyad, as JSON from the command line and from the web API alike
/// (property names become snake_case there). Every piece of evidence carries its document, sentence and quote.
/// </summary>
public sealed record SeriesRow(
    string Period, int Events, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict,
    double GoldsteinSum, double? GoldsteinMean, double? NetCooperation, int Documents, int Statements, double? Index, double IndexWeight);

public sealed record EvidenceItem(string Kind, double Tone, double Weight, string Description, string? Date, string? Quote, string? Doc, int? SentenceIndex,
    string? EventId, long? DocumentId);

public sealed record EraReport(int Start, int End, string Character, double Tone, double Weight, int YearsWithEvidence, IReadOnlyList<EvidenceItem> Defining);

public sealed record ReportQuote(string Doc, long DocumentId, int SentenceIndex, string? Date, string EventId, string Quote);

public sealed record ConflictSideReport(string Says, IReadOnlyList<ReportQuote> Reports);

public sealed record ConflictReport(string Kind, string Happening, string? ConsensusDate, string Summary, IReadOnlyList<ConflictSideReport> Sides);

public sealed record ChronologyRow(string? Date, string Source, string? Target, bool Symmetric, string Cameo, string What, double Goldstein, int Quad,
    IReadOnlyList<ReportQuote> Sources, IReadOnlyList<string> Disagreements);

public sealed record EdgeReport(string A, string B, double? Tone, int Sign, int Years, double Weight);

public sealed record TriangleCheckReport(IReadOnlyList<string> Members, bool? Balanced);

public sealed record TriangleEraReport(int Start, int End, double Tone, IReadOnlyList<EdgeReport> Edges, IReadOnlyList<TriangleCheckReport> Triangles);

public sealed record InfluenceReport(string Party, double Score, string? Tie, int? Lag, double? Correlation, int? Periods, bool? Thin, int BalancedEras,
    int UnbalancedEras, IReadOnlyList<EvidenceItem> Evidence);

public sealed record TriangleReportModel(string Dyad, IReadOnlyList<string> Parties, IReadOnlyList<TriangleEraReport> Eras, IReadOnlyList<InfluenceReport> Ranking);

/// <summary>Maps analysis results to the report shapes, naming actors and CAMEO codes for people.</summary>
public sealed class ReportMapper
{
    private readonly ActorNames _names;
    private readonly Func<string, string> _cameoName;

    public ReportMapper(ActorNames names, Func<string, string> cameoName)
    {
        _names = names;
        _cameoName = cameoName;
    }

    public static SeriesRow Series(SeriesPoint p) => new(p.Period.Label, p.Events, p.VerbalCooperation, p.MaterialCooperation, p.VerbalConflict,
        p.MaterialConflict, Math.Round(p.GoldsteinSum, 2), Round(p.GoldsteinMean, 2), Round(p.NetCooperation, 3), p.Documents, p.Statements,
        Round(p.Index, 2), Math.Round(p.IndexWeight, 2));

    public static EvidenceItem Evidence(IndexEvidence e)
    {
        var record = e.Cluster?.Representative.Record;
        return new EvidenceItem(e.Kind.ToString().ToLowerInvariant(), Math.Round(e.Tone, 2), Math.Round(e.Weight, 2), e.Description,
            e.Cluster?.Date?.ToString() ?? e.Statement?.Date, record?.Sentence ?? e.Statement?.Sentence, record?.Doc ?? e.Statement?.Doc,
            record?.SentenceIndex ?? e.Statement?.SentenceIndex, record?.Id, record?.DocumentId ?? e.Statement?.DocumentId);
    }

    public static EraReport Era(Era e) => new(e.StartYear, e.EndYear, e.Character, Math.Round(e.Tone, 2), Math.Round(e.Weight, 2), e.Years,
        [.. e.Defining.Select(Evidence)]);

    public string Happening(EventCluster c)
    {
        var e = c.Representative.Record;
        return $"{_names.Of(e.Source)} {(e.Symmetric ? "and" : "→")} {_names.Of(e.Target)}: {_cameoName(e.Cameo)} ({e.Cameo})";
    }

    public ConflictReport Conflict(Conflict c) => new(c.Kind.ToString().ToLowerInvariant(), Happening(c.Cluster), c.Cluster.Date?.ToString(), c.Summary,
        [.. c.Sides.Select(s => new ConflictSideReport(s.Says, [.. s.Reports.DistinctBy(r => (r.Doc, r.Record.SentenceIndex)).Select(Quote)]))]);

    public static ReportQuote Quote(ObservedEvent r) =>
        new(r.Doc, r.Record.DocumentId, r.Record.SentenceIndex, r.Record.Date, r.Record.Id, r.Record.Sentence);

    public ChronologyRow Chronology(ChronologyEntry e) => new(e.Date, e.Source, e.Target, e.Symmetric, e.Cameo, What(e), e.Goldstein, e.Quad,
        [.. e.Cluster.Members.DistinctBy(m => (m.Doc, m.Record.SentenceIndex)).OrderBy(m => m.Doc, StringComparer.Ordinal).ThenBy(m => m.Record.SentenceIndex).Select(Quote)],
        e.Disagreements);

    public string What(ChronologyEntry e) => $"{_names.Of(e.Source)} {(e.Symmetric ? "and" : "→")} {_names.Of(e.Target)}: {_cameoName(e.Cameo)}";

    public static TriangleReportModel Triangle(TriangleReport r) => new(
        r.Dyad.ToString(),
        r.Parties,
        [.. r.Eras.Select(e => new TriangleEraReport(e.Era.StartYear, e.Era.EndYear, Math.Round(e.Era.Tone, 2),
            [.. e.Edges.Select(x => new EdgeReport(x.A, x.B, Round(x.Tone, 2), x.Sign, x.Years, Math.Round(x.Weight, 2)))],
            [.. e.Triangles.Select(t => new TriangleCheckReport([t.A, t.B, t.C], t.Balanced))]))],
        [.. r.Ranking.Select(p => new InfluenceReport(p.Party, Math.Round(p.Score, 3), p.Strongest?.Tie, p.Strongest?.Lag, Round(p.Strongest?.Correlation, 3),
            p.Strongest?.Periods, p.Strongest?.Thin, p.BalancedEras, p.UnbalancedEras, [.. (p.Strongest?.Evidence ?? []).Select(Evidence)]))]);

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;
}
