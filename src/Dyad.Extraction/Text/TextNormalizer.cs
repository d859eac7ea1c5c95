namespace Dyad.Extraction.Text;

/// <summary>
/// Pipeline stage 1: folds a document's text into a same-length copy for matching: lower case, straight quotes,
/// one kind of dash, one kind of space. Keeping the length means every offset found in the folded copy is an
/// offset in the original, so each event points at the exact characters the author wrote.
/// </summary>
public sealed class TextNormalizer
{
    public FoldedText Fold(string text)
    {
        var folded = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            folded[i] = FoldChar(text[i]);
        }

        return new FoldedText(text, folded);
    }

    internal static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                '\t' or '\v' or '\f' => ' ',
                '\r' => '\n',
                '`' => '\'',
                _ => c,
            };
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '\u02BC' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
            '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200A' or '\u202F' or '\u3000' or '\u00AD' or '\u200B' or '\uFEFF' => ' ',
            '\u2026' => '.',
            '\u2028' or '\u2029' or '\u0085' => '\n',
            _ => char.ToLowerInvariant(c),
        };
    }
}

/// <summary>A document's original text and its folded copy, index for index.</summary>
public sealed class FoldedText
{
    public FoldedText(string original, char[] folded)
    {
        if (original.Length != folded.Length)
        {
            throw new ArgumentException("the folded copy must have the original's length", nameof(folded));
        }

        Original = original;
        Folded = folded;
    }

    public string Original { get; }

    public char[] Folded { get; }

    public int Length => Original.Length;

    public ReadOnlySpan<char> FoldedSpan(int start, int length) => Folded.AsSpan(start, length);

    public bool IsUpper(int index) => char.IsUpper(Original[index]);
}
