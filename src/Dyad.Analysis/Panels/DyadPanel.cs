using System.Globalization;
using Dyad.Core.Actors;
using Dyad.Storage;

namespace Dyad.Analysis.Panels;

/// <summary>Dyad-year (or dyad-month) panels: the store's aggregate, optionally with zero rows for the quiet periods.</summary>
public static class DyadPanel
{
    public static IReadOnlyList<PanelCell> Build(IEventStore store, StateCodes codes, bool byMonth, bool directed, int? fromYear, int? toYear, bool fill)
    {
        var query = new PanelQuery { ByMonth = byMonth, Directed = directed, FromYear = fromYear, ToYear = toYear, Codes = codes.Periods };
        var cells = store.Panel(query);
        return fill ? Fill(cells, codes, byMonth, fromYear, toYear) : cells;
    }

    /// <summary>
    /// Adds a zero row for every period in which a dyad seen in the panel has no events, from the first period to the
    /// last (or the given years), where both sides existed then: a side with a historical name only within that name's
    /// dates (as the code file gives them), a bare code only within its periods there. Actors the file does not know at all
    /// (organisations) are always there.
    /// </summary>
    public static IReadOnlyList<PanelCell> Fill(IReadOnlyList<PanelCell> cells, StateCodes codes, bool byMonth, int? fromYear, int? toYear)
    {
        if (cells.Count == 0)
        {
            return cells;
        }

        static int Key(int year, int? month) => (year * 12) + (month ?? 1) - 1;
        var first = fromYear is { } f ? Key(f, 1) : cells.Min(c => Key(c.Year, c.Month));
        var last = toYear is { } t ? Key(t, byMonth ? 12 : 1) : cells.Max(c => Key(c.Year, c.Month));
        var step = byMonth ? 1 : 12;
        var result = new List<PanelCell>(cells);
        foreach (var dyad in cells.GroupBy(c => (c.Source, c.SourceHistorical, c.Target, c.TargetHistorical)))
        {
            var present = dyad.Select(c => Key(c.Year, c.Month)).ToHashSet();
            for (var key = first; key <= last; key += step)
            {
                if (present.Contains(key))
                {
                    continue;
                }

                var (year, month) = (key / 12, byMonth ? (key % 12) + 1 : (int?)null);
                var date = month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{m:00}-15") : string.Create(CultureInfo.InvariantCulture, $"{year:0000}-07-01");
                if (!Exists(codes, dyad.Key.Source, dyad.Key.SourceHistorical, date, out var source) || !Exists(codes, dyad.Key.Target, dyad.Key.TargetHistorical, date, out var target))
                {
                    continue;
                }

                result.Add(new PanelCell(dyad.Key.Source, dyad.Key.SourceHistorical, source?.Cow, source?.Gw, dyad.Key.Target, dyad.Key.TargetHistorical,
                    target?.Cow, target?.Gw, year, month, 0, 0, 0, 0, 0, 0, 0));
            }
        }

        return result.OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Target, StringComparer.Ordinal).ThenBy(c => c.Year).ThenBy(c => c.Month).ToList();
    }

    private static bool Exists(StateCodes codes, string iso, string? historical, string date, out StateCodePeriod? period)
    {
        var name = historical ?? string.Empty;
        period = codes.Periods.FirstOrDefault(p => p.Iso == iso && p.Historical == name && p.Holds(date));
        return period is not null || !codes.Periods.Any(p => p.Iso == iso);
    }
}
