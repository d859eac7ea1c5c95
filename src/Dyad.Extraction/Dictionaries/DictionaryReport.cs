namespace Dyad.Extraction.Dictionaries;

/// <summary>
/// What reading PETRARCH/TABARI dictionaries found that Dyad cannot use: each kind of construct once, with how many
/// times it occurred and one example. Never fatal.
/// </summary>
public sealed class DictionaryReport
{
    private readonly SortedDictionary<string, (int Count, string Example)> _skipped = new(StringComparer.Ordinal);

    public void Skip(string construct, string example)
    {
        _skipped[construct] = _skipped.TryGetValue(construct, out var seen) ? (seen.Count + 1, seen.Example) : (1, example.Trim());
    }

    public IReadOnlyDictionary<string, (int Count, string Example)> Skipped => _skipped;

    /// <summary>One line per kind of construct left out: "212 patterns with words before the verb (e.g. ...)".</summary>
    public IEnumerable<string> Lines() => _skipped.Select(s => $"{s.Value.Count} {s.Key} (e.g. {Clip(s.Value.Example)})");

    private static string Clip(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
