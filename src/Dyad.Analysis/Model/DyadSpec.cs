using Dyad.Storage;

namespace Dyad.Analysis.Model;

/// <summary>
/// A pair of actors to analyse: "PAK-RUS" (either direction) or "PAK>RUS" (PAK acting on RUS). Codes compare at
/// country level; organisation codes (SCO, NATO) compare whole.
/// </summary>
public sealed record DyadSpec(string A, string B, bool Directed)
{
    public static DyadSpec Parse(string text)
    {
        var (a, b, directed) = EventQuery.ParseDyad(text);
        return new DyadSpec(a, b, directed);
    }

    public EventQuery ToQuery() => new() { DyadA = A, DyadB = B, Directed = Directed };

    public bool Matches(string source, string? target, bool symmetric)
    {
        if (target is null)
        {
            return false;
        }

        if (source == A && target == B)
        {
            return true;
        }

        return source == B && target == A && (!Directed || symmetric);
    }

    public override string ToString() => Directed ? $"{A}>{B}" : $"{A}-{B}";
}
