using Dyad.Analysis.Model;

namespace Dyad.Analysis.Reconciliation;

public enum ConflictKind
{
    /// <summary>Sources date the same happening differently.</summary>
    Date,

    /// <summary>Sources name different actors for what reads as the same happening.</summary>
    Actors,

    /// <summary>One source's claim rules out what another reports: a denial, or "the first since ...".</summary>
    Claim,
}

/// <summary>What one side says, and the reports that say it.</summary>
public sealed record ConflictSide(string Says, IReadOnlyList<ObservedEvent> Reports);

/// <summary>A disagreement between sources about one happening, with every side's evidence.</summary>
public sealed record Conflict(ConflictKind Kind, EventCluster Cluster, string Summary, IReadOnlyList<ConflictSide> Sides);

/// <summary>
/// Finds where sources disagree: clusters whose documents give dates that cannot both be true; pairs of clusters
/// that read alike but name different actors; a "first ... since X" claim contradicted by another document's
/// report of such an event in between; and a denial contradicted by another document's report.
/// </summary>
public sealed class ConflictFinder
{
    private const double ActorSimilarity = 0.5;
    private const int MonthTolerance = 2;

    public IReadOnlyList<Conflict> Find(IReadOnlyList<EventCluster> clusters, IEnumerable<ObservedEvent> all)
    {
        var conflicts = new List<Conflict>();
        foreach (var c in clusters)
        {
            if (c.DatesDisagree && DateConflict(c) is { } date && Substantial(date))
            {
                conflicts.Add(date);
            }
        }

        conflicts.AddRange(ActorConflicts(clusters));
        var events = all as IReadOnlyList<ObservedEvent> ?? [.. all];
        var byPair = ByPair(clusters);
        conflicts.AddRange(FirstSinceConflicts(byPair, events));
        conflicts.AddRange(DenialConflicts(byPair, events));
        conflicts.Sort((a, b) => EventCluster.ByDate(a.Cluster, b.Cluster) is var c && c != 0 ? c : a.Kind.CompareTo(b.Kind));
        return conflicts;
    }

    private static Conflict? DateConflict(EventCluster c)
    {
        // Documents whose date fits the consensus on one side; the rest grouped by the dates they share.
        var sides = new List<List<ObservedEvent>>();
        var agree = c.DocumentDates.Where(d => d.Range is { } r && c.Range is { } cr && r.Overlaps(cr)).ToList();
        sides.Add(agree);
        foreach (var d in c.DocumentDates.Where(d => d.Range is not null && !agree.Contains(d)))
        {
            var side = sides.Skip(1).FirstOrDefault(s => s.TrueForAll(o => o.Range!.Value.Overlaps(d.Range!.Value)));
            if (side is null)
            {
                sides.Add([d]);
            }
            else
            {
                side.Add(d);
            }
        }

        if (sides.Count < 2)
        {
            return null;
        }

        var described = sides.Select(s => new ConflictSide(DatesOf(s), ReportsOf(c, s))).ToList();
        return new Conflict(ConflictKind.Date, c, "date: " + string.Join(" vs ", described.Select(s => s.Says)), described);
    }

    /// <summary>
    /// A disagreement worth reporting: different years, or months further apart than reports of one happening
    /// usually drift ("in October 1962" and "during the fighting", dated a month on by the narrative, are not).
    /// </summary>
    private static bool Substantial(Conflict conflict)
    {
        var ranges = conflict.Sides.Select(s => s.Reports.Where(r => r.Range is not null).Select(r => r.Range!.Value).ToList()).ToList();
        for (var i = 0; i < ranges.Count; i++)
        {
            for (var j = i + 1; j < ranges.Count; j++)
            {
                if (ranges[i].Exists(a => ranges[j].Exists(b => a.YearGap(b) >= 1 || a.MonthGap(b) > MonthTolerance)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string DatesOf(List<ObservedEvent> side) =>
        string.Join(" / ", side.Select(e => e.Date!.Value.ToString()).Distinct()) + " (" + string.Join(", ", side.Select(e => e.Doc).Distinct()) + ")";

    /// <summary>All of the cluster's reports from the side's documents, not just the one that gave the date.</summary>
    private static List<ObservedEvent> ReportsOf(EventCluster c, List<ObservedEvent> side)
    {
        var docs = side.Select(e => e.Doc).ToHashSet(StringComparer.Ordinal);
        return c.Members.Where(m => docs.Contains(m.Doc)).ToList();
    }

    private static IEnumerable<Conflict> ActorConflicts(IReadOnlyList<EventCluster> clusters)
    {
        // Candidates share the code, the year and one side; compare only within such buckets.
        var buckets = new Dictionary<(string Code, int Year, bool SourceShared, string Actor), List<EventCluster>>();
        foreach (var c in clusters)
        {
            if (c.Range is not { } range || c.Representative.Target is not { } target)
            {
                continue;
            }

            foreach (var key in new[] { (c.Code, range.FirstYear, true, c.Representative.Source), (c.Code, range.FirstYear, false, target) })
            {
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }

                list.Add(c);
            }
        }

        foreach (var ((_, _, sourceShared, _), list) in buckets)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var a = list[i];
                    var b = list[j];
                    var ea = a.Representative;
                    var eb = b.Representative;
                    var other = sourceShared ? (ea.Target, eb.Target) : (ea.Source, eb.Source);
                    // Parallel happenings are common (two states recognising a third within weeks); only reports that
                    // read alike and give the same month or day are one happening told with different actors.
                    if (other.Item1 == other.Item2 || a.Members.Exists(m => b.Members.Exists(n => n.Doc == m.Doc))
                        || a.Date is not { Precision: >= Core.Dates.DatePrecision.Month } da || b.Date is not { } db || da != db
                        || Words.Similarity(ea.Stems, eb.Stems) < ActorSimilarity)
                    {
                        continue;
                    }

                    var role = sourceShared ? "target" : "source";
                    var sides = new List<ConflictSide>
                    {
                        new($"{other.Item1} ({string.Join(", ", a.Members.Select(m => m.Doc).Distinct())})", a.Members),
                        new($"{other.Item2} ({string.Join(", ", b.Members.Select(m => m.Doc).Distinct())})", b.Members),
                    };
                    yield return new Conflict(ConflictKind.Actors, a, $"{role}: " + string.Join(" vs ", sides.Select(s => s.Says)), sides);
                }
            }
        }
    }

    /// <summary>Clusters by unordered country pair, for the claim checks.</summary>
    private static Dictionary<(string, string), List<EventCluster>> ByPair(IReadOnlyList<EventCluster> clusters)
    {
        var byPair = new Dictionary<(string, string), List<EventCluster>>();
        foreach (var c in clusters)
        {
            if (c.Representative.Target is not { } target)
            {
                continue;
            }

            var key = Pair(c.Representative.Source, target);
            if (!byPair.TryGetValue(key, out var list))
            {
                byPair[key] = list = [];
            }

            list.Add(c);
        }

        return byPair;
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>"the first visit since Bhutto's trip (1972)" against another document's visit in 1974.</summary>
    private static IEnumerable<Conflict> FirstSinceConflicts(Dictionary<(string, string), List<EventCluster>> byPair, IReadOnlyList<ObservedEvent> events)
    {
        foreach (var claim in events)
        {
            if (claim.FirstSince is not { } since || claim.Date is not { } when || !claim.Asserted || claim.Target is not { } target
                || !byPair.TryGetValue(Pair(claim.Source, target), out var clusters))
            {
                continue;
            }

            foreach (var c in clusters)
            {
                var contradicting = c.Members.Where(m => m.Doc != claim.Doc && SameKind(claim, m) && m.Range is { } r
                    && r.FirstYear > since.Year && r.LastYear < when.Year).ToList();
                if (contradicting.Count == 0)
                {
                    continue;
                }

                var sides = new List<ConflictSide>
                {
                    new($"{claim.Doc}: the {when.Year} event was the first since {since}", [claim]),
                    new($"{string.Join(", ", contradicting.Select(m => m.Doc).Distinct())}: one in {string.Join(" / ", contradicting.Select(m => m.Date!.Value.ToString()).Distinct())}", contradicting),
                };
                yield return new Conflict(ConflictKind.Claim, c, $"claim: {sides[0].Says}; {sides[1].Says}", sides);
            }
        }
    }

    /// <summary>A dated denial ("never went to Moscow in 1949") against another document's report of it.</summary>
    private static IEnumerable<Conflict> DenialConflicts(Dictionary<(string, string), List<EventCluster>> byPair, IReadOnlyList<ObservedEvent> events)
    {
        foreach (var denial in events)
        {
            if (!denial.Record.Negated || denial.Record.Hypothetical || denial.Range is not { } range || denial.Target is not { } target
                || !byPair.TryGetValue(Pair(denial.Source, target), out var clusters))
            {
                continue;
            }

            foreach (var c in clusters)
            {
                var reports = c.Members.Where(m => m.Doc != denial.Doc && SameKind(denial, m) && m.Range is { } r && r.Overlaps(range)).ToList();
                if (reports.Count == 0)
                {
                    continue;
                }

                var sides = new List<ConflictSide>
                {
                    new($"{denial.Doc}: it did not happen", [denial]),
                    new($"{string.Join(", ", reports.Select(m => m.Doc).Distinct())}: it happened", reports),
                };
                yield return new Conflict(ConflictKind.Claim, c, $"claim: {sides[0].Says}; {sides[1].Says}", sides);
            }
        }
    }

    private static bool SameKind(ObservedEvent a, ObservedEvent b) =>
        Reconciler.CompatibleCodes(a.Code, b.Code)
        && (a.Source == b.Source && a.Target == b.Target || (a.Symmetric || b.Symmetric) && a.Source == b.Target && a.Target == b.Source);
}
