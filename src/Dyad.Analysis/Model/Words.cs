namespace Dyad.Analysis.Model;

/// <summary>
/// The content words of a sentence, cut to their first four letters so that "invade" meets "invasion" and
/// "Soviets" meets "Soviet": enough to tell whether two sentences speak of the same happening.
/// </summary>
public static class Words
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "were", "have", "their", "which", "been", "into", "when", "after", "before", "also",
        "during", "between", "would", "could", "there", "these", "those", "while", "since", "over", "then", "than", "they",
        "them", "such", "only", "very", "both", "other", "more", "most", "some", "what", "will", "about", "against", "first",
    };

    public static HashSet<string> Stems(string sentence)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var span = sentence.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                i++;
            }

            if (i - start >= 4)
            {
                var word = span[start..i].ToString().ToLowerInvariant();
                if (!Stop.Contains(word))
                {
                    stems.Add(word[..4]);
                }
            }
        }

        return stems;
    }

    /// <summary>Jaccard overlap of two stem sets, 0 to 1.</summary>
    public static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var w in a)
        {
            if (b.Contains(w))
            {
                shared++;
            }
        }

        return shared / (double)(a.Count + b.Count - shared);
    }

    /// <summary>Shared words over the smaller set's size, 0 to 1: fair to a short sentence quoted inside a long one.</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var w in small)
        {
            if (large.Contains(w))
            {
                shared++;
            }
        }

        return shared / (double)small.Count;
    }
}
