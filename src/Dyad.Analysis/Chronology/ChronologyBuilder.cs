using Dyad.Analysis.Reconciliation;

namespace Dyad.Analysis.Chronology;

/// <summary>A source's report of a happening: its document, sentence, date as it states it, and the sentence.</summary>
public sealed record ChronologySource(string Doc, int SentenceIndex, string? Date, string Sentence);

/// <summary>One line of a chronology: one real happening with every source that reports it and any disagreement.</summary>
public sealed record ChronologyEntry(
    string? Date,
    string Source,
    string? Target,
    bool Symmetric,
    string Cameo,
    double Goldstein,
    int Quad,
    IReadOnlyList<ChronologySource> Sources,
    IReadOnlyList<string> Disagreements,
    EventCluster Cluster);

/// <summary>The deduplicated timeline of a dyad: happenings in date order, undated ones last.</summary>
public static class ChronologyBuilder
{
    public static IReadOnlyList<ChronologyEntry> Build(IReadOnlyList<EventCluster> clusters, IReadOnlyList<Conflict> conflicts)
    {
        var byCluster = conflicts.GroupBy(c => c.Cluster).ToDictionary(g => g.Key, g => g.Select(c => c.Summary).ToList());
        var entries = new List<ChronologyEntry>();
        foreach (var c in clusters.OrderBy(c => c, Comparer<EventCluster>.Create(EventCluster.ByDate)))
        {
            var e = c.Representative.Record;
            var sources = c.Members.OrderBy(m => m.Doc, StringComparer.Ordinal).ThenBy(m => m.Record.SentenceIndex)
                .Select(m => new ChronologySource(m.Doc, m.Record.SentenceIndex, m.Record.Date, m.Record.Sentence))
                .DistinctBy(s => (s.Doc, s.SentenceIndex)).ToList();
            entries.Add(new ChronologyEntry(c.Date?.ToString(), e.Source, e.Target, e.Symmetric, e.Cameo, e.Goldstein, e.Quad, sources,
                byCluster.GetValueOrDefault(c) ?? [], c));
        }

        return entries;
    }
}
