using Dyad.Analysis.Model;

namespace Dyad.Analysis.Reconciliation;

/// <summary>How close two reports must be to count as one happening.</summary>
public sealed record ReconcileOptions
{
    /// <summary>Different documents may disagree on the year by this much and still report the same happening.</summary>
    public int YearTolerance { get; init; } = 1;

    /// <summary>Within one year, dates given to the month that lie further apart than this are different happenings.</summary>
    public int MonthTolerance { get; init; } = 2;

    /// <summary>
    /// When the years differ, the reports must name the event alike (half the words of the shorter trigger: "invaded"
    /// and "invasion") or share this share of the shorter sentence's content words, actors' names left out.
    /// </summary>
    public double MinSimilarityAcrossYears { get; init; } = 0.25;
}

/// <summary>
/// Groups the events that report the same real happening: same pair of actors (country level), compatible codes
/// (the same code, or a root's general code with a specific one: "consult" with "visit"), and close dates. Two
/// events of one sentence are never one happening; two sentences of one document are only when their dates agree;
/// reports from different documents may disagree on the date by <see cref="ReconcileOptions.YearTolerance"/>, and
/// then must share words. Each cluster gets the date most documents support. Denied and supposed events are kept
/// out of the clusters (they did not happen) but are weighed by <see cref="ConflictFinder"/>.
/// </summary>
public sealed class Reconciler
{
    private readonly ReconcileOptions _options;

    public Reconciler(ReconcileOptions? options = null) => _options = options ?? new ReconcileOptions();

    public IReadOnlyList<EventCluster> Cluster(IEnumerable<ObservedEvent> events)
    {
        var clusters = new List<EventCluster>();
        var groups = new Dictionary<(string, string, int), List<ObservedEvent>>();
        foreach (var e in events)
        {
            if (!e.Asserted)
            {
                continue;
            }

            // Nothing to compare it with, or a dataset's row, which that dataset already made one happening: its own.
            if (e.Target is null || e.Range is null || e.Record.IsImported)
            {
                clusters.Add(new EventCluster([e]));
                continue;
            }

            var key = string.CompareOrdinal(e.Source, e.Target) <= 0 ? (e.Source, e.Target, e.Root) : (e.Target, e.Source, e.Root);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(e);
        }

        foreach (var group in groups.Values)
        {
            group.Sort(static (a, b) => a.Range!.Value.FirstMonth.CompareTo(b.Range!.Value.FirstMonth));
            var open = new List<List<ObservedEvent>>();
            foreach (var e in group)
            {
                List<ObservedEvent>? best = null;
                var bestScore = double.MinValue;
                foreach (var members in open)
                {
                    if (Score(e, members) is { } score && score > bestScore)
                    {
                        best = members;
                        bestScore = score;
                    }
                }

                if (best is null)
                {
                    open.Add([e]);
                }
                else
                {
                    best.Add(e);
                }
            }

            foreach (var members in open)
            {
                clusters.Add(new EventCluster(members));
            }
        }

        clusters.Sort(EventCluster.ByDate);
        for (var i = 0; i < clusters.Count; i++)
        {
            clusters[i].Id = i + 1;
        }

        return clusters;
    }

    /// <summary>How well <paramref name="e"/> fits a cluster, or null when it cannot belong (complete linkage).</summary>
    private double? Score(ObservedEvent e, List<ObservedEvent> members)
    {
        var score = 0.0;
        var sameCode = false;
        var gap = 0;
        var similarity = 0.0;
        foreach (var m in members)
        {
            if (Compatible(e, m) is not { } fit)
            {
                return null;
            }

            sameCode |= m.Code == e.Code;
            gap = Math.Max(gap, fit.YearGap);
            similarity = Math.Max(similarity, fit.Similarity);
        }

        if (gap > 0 && similarity < _options.MinSimilarityAcrossYears)
        {
            return null;
        }

        score += (sameCode ? 2 : 0) + (gap == 0 ? 2 : 0) + (4 * similarity) - gap;
        return score;
    }

    private (int YearGap, double Similarity)? Compatible(ObservedEvent a, ObservedEvent b)
    {
        if (a.Doc == b.Doc && a.Record.SentenceIndex == b.Record.SentenceIndex)
        {
            return null; // one sentence, two events: "visited Moscow twice; March 1972 and October 1974"
        }

        if (!a.Symmetric && !b.Symmetric && a.Source != b.Source)
        {
            return null; // A visiting B is not B visiting A
        }

        if (!CompatibleCodes(a.Code, b.Code))
        {
            return null;
        }

        var ra = a.Range!.Value;
        var rb = b.Range!.Value;
        var gap = ra.YearGap(rb);
        var monthPrecise = ra.FirstMonth == ra.LastMonth && rb.FirstMonth == rb.LastMonth;
        if (a.Doc == b.Doc ? !ra.Overlaps(rb) && !(monthPrecise && ra.MonthGap(rb) <= _options.MonthTolerance) : gap > _options.YearTolerance)
        {
            return null;
        }

        if (monthPrecise && ra.FirstYear == rb.FirstYear && ra.MonthGap(rb) > _options.MonthTolerance)
        {
            return null; // two visits in one year, months apart
        }

        if (gap == 0)
        {
            return (0, Words.Overlap(a.TriggerStems, b.TriggerStems));
        }

        // Dates a year apart: only when the reports read alike.
        var trigger = Words.Overlap(a.TriggerStems, b.TriggerStems);
        return (gap, trigger >= 0.5 ? Math.Max(trigger, _options.MinSimilarityAcrossYears) : Words.Overlap(a.Stems, b.Stems));
    }

    /// <summary>The same code, or one root's general code ("040 consult", "190 use force") with a specific one of that root.</summary>
    public static bool CompatibleCodes(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length < 2 || b.Length < 2 || a[0] != b[0] || a[1] != b[1])
        {
            return false;
        }

        static bool General(string code) => code.Length == 2 || code.Length == 3 && code[2] == '0';
        return General(a) || General(b);
    }
}
