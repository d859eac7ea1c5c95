namespace Dyad.Storage;

/// <summary>Where an event was coded: by Dyad from a sentence, or elsewhere (a GDELT or ICEWS row) and imported.</summary>
public enum EventOrigin
{
    Any,
    Text,
    Imported,
}

/// <summary>
/// Which events to return. Actor codes compare at country level (first three letters) unless a longer code
/// (PAKMIL) is given. A dyad is undirected (PAK-RUS: either way round) or directed (PAK>RUS: PAK acts on RUS).
/// Year bounds drop undated events.
/// </summary>
public sealed record EventQuery
{
    public string? DyadA { get; init; }

    public string? DyadB { get; init; }

    public bool Directed { get; init; }

    public string? Actor { get; init; }

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    /// <summary>A CAMEO code or prefix: "04" matches 040-046.</summary>
    public string? CodePrefix { get; init; }

    public IReadOnlyList<int>? Quads { get; init; }

    public string? Document { get; init; }

    /// <summary>One event by its id.</summary>
    public string? Id { get; init; }

    public int? Limit { get; init; }

    /// <summary>Events coded from text, events imported from a coded dataset, or both (the default).</summary>
    public EventOrigin Origin { get; init; }

    /// <summary>Parses "PAK-RUS" (undirected) or "PAK>RUS" (directed).</summary>
    public static (string A, string B, bool Directed) ParseDyad(string text)
    {
        var directed = text.Contains('>', StringComparison.Ordinal);
        var parts = text.Split(directed ? '>' : '-', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts.Any(p => p.Length < 2 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            throw new FormatException($"'{text}' is not a dyad: write two actor codes as A-B (either direction) or A>B (A acting on B), e.g. PAK-RUS");
        }

        return (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant(), directed);
    }
}
