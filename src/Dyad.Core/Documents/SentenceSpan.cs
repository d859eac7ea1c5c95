namespace Dyad.Core.Documents;

/// <summary>A sentence as a character range [Start, End) of its document's text, and its position in the document.</summary>
public readonly record struct SentenceSpan(int Index, int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    public string TextOf(string text) => text.Substring(Start, End - Start);
}
