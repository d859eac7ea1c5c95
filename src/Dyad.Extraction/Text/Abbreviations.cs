using System.Collections.Frozen;

namespace Dyad.Extraction.Text;

/// <summary>
/// Words that take a full stop without ending a sentence (Mr., Gen., Jan.), read from data/grammar/abbreviations.txt.
/// Titles never end a sentence before a name; the others may, when what follows starts a new sentence.
/// </summary>
public sealed class Abbreviations
{
    private readonly FrozenDictionary<string, bool> _isTitle;
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<(string Word, bool IsTitle)> entries)
    {
        _isTitle = entries.ToFrozenDictionary(e => e.Word.TrimEnd('.').ToLowerInvariant(), e => e.IsTitle, StringComparer.Ordinal);
        _lookup = _isTitle.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the folded word (without its full stop) is a known abbreviation.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>True for abbreviations that stand before a name and so never end a sentence (Mr, Dr, Gen).</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var t) && t;

    public static Abbreviations Load(string path)
    {
        var entries = new List<(string, bool)>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t', StringSplitOptions.TrimEntries);
            entries.Add((parts[0], parts.Length > 1 && parts[1].Equals("title", StringComparison.OrdinalIgnoreCase)));
        }

        return new Abbreviations(entries);
    }
}
