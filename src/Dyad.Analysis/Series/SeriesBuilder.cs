using Dyad.Analysis.Index;
using Dyad.Core.Dates;
using Dyad.Storage;

namespace Dyad.Analysis.Series;

/// <summary>One happening (or one report, for raw counts) placed in a series.</summary>
public sealed record SeriesItem(PartialDate Date, int Quad, double Goldstein, IReadOnlyCollection<string> Documents);

/// <summary>
/// Builds a dyad's series over periods: counts by QuadClass, Goldstein sum and mean, net cooperation, documents,
/// and (for years and decades) the relationship index. Every period between the first and the last is present,
/// empty or not, so a chart shows gaps as gaps. Happenings dated more coarsely than the unit (a year, in a monthly
/// series) are left out and counted in <see cref="Unplaced"/>. Imported events come already counted per period by
/// the store (<see cref="EventTally"/>, for the same unit) and are added to their periods as they are.
/// </summary>
public sealed class SeriesBuilder
{
    public int Unplaced { get; private set; }

    public IReadOnlyList<SeriesPoint> Build(IEnumerable<SeriesItem> items, PeriodUnit unit, int? fromYear = null, int? toYear = null,
        IReadOnlyList<IndexYear>? index = null, IReadOnlyDictionary<int, int>? statementsByYear = null, IEnumerable<EventTally>? counted = null)
    {
        Unplaced = 0;
        var buckets = new SortedDictionary<Period, Bucket>();
        foreach (var item in items)
        {
            if (Period.Of(item.Date, unit) is not { } period)
            {
                Unplaced++;
                continue;
            }

            BucketOf(period)?.Add(item);
        }

        foreach (var tally in counted ?? [])
        {
            BucketOf(unit == PeriodUnit.Month ? Period.OfMonth(tally.Year, tally.Month ?? 1) : Period.OfYear(tally.Year, unit))?.Add(tally);
        }

        var indexByPeriod = new Dictionary<Period, (double Sum, double Weight)>();
        if (index is not null && unit != PeriodUnit.Month)
        {
            foreach (var y in index)
            {
                if (fromYear is { } f && y.Year < f || toYear is { } t && y.Year > t)
                {
                    continue;
                }

                var period = Period.OfYear(y.Year, unit);
                var (sum, weight) = indexByPeriod.GetValueOrDefault(period);
                indexByPeriod[period] = (sum + (y.Value * y.Weight), weight + y.Weight);
            }
        }

        var statements = new Dictionary<Period, int>();
        if (statementsByYear is not null && unit != PeriodUnit.Month)
        {
            foreach (var (year, count) in statementsByYear)
            {
                var period = Period.OfYear(year, unit);
                statements[period] = statements.GetValueOrDefault(period) + count;
            }
        }

        var keys = buckets.Keys.Concat(indexByPeriod.Keys).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var first = keys.Min();
        var last = keys.Max();
        var points = new List<SeriesPoint>();
        for (var p = first; p.Key <= last.Key; p = p.Next())
        {
            var b = buckets.GetValueOrDefault(p) ?? Bucket.Empty;
            double? indexValue = indexByPeriod.TryGetValue(p, out var iv) && iv.Weight > 0 ? iv.Sum / iv.Weight : null;
            points.Add(new SeriesPoint(p, b.Events, b.Quads[1], b.Quads[2], b.Quads[3], b.Quads[4], b.Goldstein, b.Documents.Count + b.CountedDocuments,
                statements.GetValueOrDefault(p), indexValue, iv.Weight));
        }

        return points;

        // The bucket of a period within the years asked for; none outside them.
        Bucket? BucketOf(Period period)
        {
            if (fromYear is { } f && period.LastYear < f || toYear is { } t && period.FirstYear > t)
            {
                return null;
            }

            if (!buckets.TryGetValue(period, out var bucket))
            {
                buckets[period] = bucket = new Bucket();
            }

            return bucket;
        }
    }

    private sealed class Bucket
    {
        public static readonly Bucket Empty = new();

        public int Events { get; private set; }

        public int[] Quads { get; } = new int[5];

        public double Goldstein { get; private set; }

        public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

        /// <summary>The documents of counted (imported) events: reports of their own, never one of <see cref="Documents"/>.</summary>
        public int CountedDocuments { get; private set; }

        public void Add(EventTally tally)
        {
            Events += tally.Events;
            Quads[1] += tally.VerbalCooperation;
            Quads[2] += tally.MaterialCooperation;
            Quads[3] += tally.VerbalConflict;
            Quads[4] += tally.MaterialConflict;
            Goldstein += tally.GoldsteinSum;
            CountedDocuments += tally.Documents;
        }

        public void Add(SeriesItem item)
        {
            Events++;
            if (item.Quad is >= 1 and <= 4)
            {
                Quads[item.Quad]++;
            }

            Goldstein += item.Goldstein;
            Documents.UnionWith(item.Documents);
        }
    }
}
