using Dyad.Extraction.Text;

namespace Dyad.Extraction.Lexicons;

/// <summary>
/// A trie over vocabulary ids: phrases of one or more tokens map to values. Built once when lexicons load;
/// at run time a match walks one dictionary lookup per token, and the longest phrase wins.
/// </summary>
public sealed class PhraseTrie<T>
{
    private readonly List<Dictionary<int, int>?> _children = [null];
    private readonly List<List<T>?> _values = [null];

    public int PhraseCount { get; private set; }

    public void Add(IReadOnlyList<int> wordIds, T value)
    {
        if (wordIds.Count == 0)
        {
            throw new ArgumentException("a phrase needs at least one word", nameof(wordIds));
        }

        var node = 0;
        foreach (var id in wordIds)
        {
            var children = _children[node] ??= [];
            if (!children.TryGetValue(id, out var next))
            {
                next = _children.Count;
                _children.Add(null);
                _values.Add(null);
                children.Add(id, next);
            }

            node = next;
        }

        var list = _values[node] ??= [];
        list.Add(value);
        PhraseCount++;
    }

    /// <summary>
    /// Finds the longest phrase starting at <paramref name="start"/> whose values pass <paramref name="accept"/>.
    /// Returns the number of tokens matched (0 for none) and the values of that phrase.
    /// </summary>
    public int MatchLongest(List<Token> tokens, int start, Func<T, int, int, bool>? accept, out IReadOnlyList<T> values)
    {
        values = [];
        var node = 0;
        var best = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var id = tokens[i].WordId;
            if (id < 0 || _children[node] is not { } children || !children.TryGetValue(id, out node))
            {
                break;
            }

            if (_values[node] is { } found && (accept is null || AnyAccepted(found, accept, start, i + 1)))
            {
                best = i + 1 - start;
                values = found;
            }
        }

        return best;
    }

    /// <summary>Every phrase that starts at <paramref name="start"/>, shortest first, as (length, values).</summary>
    public void MatchAll(List<Token> tokens, int start, List<(int Length, List<T> Values)> output)
    {
        var node = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var id = tokens[i].WordId;
            if (id < 0 || _children[node] is not { } children || !children.TryGetValue(id, out node))
            {
                return;
            }

            if (_values[node] is { } found)
            {
                output.Add((i + 1 - start, found));
            }
        }
    }

    private static bool AnyAccepted(List<T> found, Func<T, int, int, bool> accept, int start, int end)
    {
        foreach (var v in found)
        {
            if (accept(v, start, end))
            {
                return true;
            }
        }

        return false;
    }
}
