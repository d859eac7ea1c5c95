namespace Dyad.Extraction.Text;

public enum TokenKind : byte
{
    Word,
    Number,

    /// <summary>An ordinal number such as 14th or 19th.</summary>
    Ordinal,

    /// <summary>A decade such as 1980s.</summary>
    Decade,
    Punct,
}

[Flags]
public enum TokenFlags : byte
{
    None = 0,

    /// <summary>The first letter is upper case in the original text.</summary>
    Capitalized = 1,

    /// <summary>Every letter is upper case (and there are at least two).</summary>
    AllCaps = 2,

    /// <summary>Joined to the previous token with no space between.</summary>
    Attached = 4,

    /// <summary>An abbreviation that carries its own full stop (U.S., Mr., i.e.).</summary>
    Abbreviation = 8,
}

/// <summary>A token as a span of the document's text, plus its vocabulary id (-1 when no lexicon knows the word).</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags, int WordId)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public bool IsAttached => (Flags & TokenFlags.Attached) != 0;

    public Token WithWordId(int id) => this with { WordId = id };
}
