namespace Dyad.Extraction.Text;

/// <summary>
/// Pipeline stage 1: folds a document's text into a same-length copy for matching: lower case, straight quotes,
/// one kind of dash, one kind of space. Keeping the length means every offset found in the folded copy is an
/// offset in the original, so each event points at the exact characters the author wrote.
/// Reference marks of encyclopedias ("war.[41][42]", "Georgia[47]", "[citation needed]") and footnote numbers glued
/// to the end of a sentence ("possible.3") become spaces in the folded copy: they are not words of the sentence,
/// and a sentence must end before them.
/// </summary>
public sealed class TextNormalizer
{
    private const int MaxMarkLength = 24;

    private static readonly string[] MarkWords =
    [
        "citation needed", "clarification needed", "verification needed", "page needed", "dubious", "edit", "who", "when", "why",
    ];

    public FoldedText Fold(string text)
    {
        var folded = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            folded[i] = FoldChar(text[i]);
        }

        BlankReferenceMarks(folded);
        return new FoldedText(text, folded);
    }

    private static void BlankReferenceMarks(char[] f)
    {
        for (var i = 0; i < f.Length; i++)
        {
            if (f[i] == '[')
            {
                var close = Array.IndexOf(f, ']', i + 1, Math.Min(MaxMarkLength, f.Length - i - 1));
                if (close > i && IsReferenceMark(f.AsSpan(i + 1, close - i - 1)))
                {
                    Array.Fill(f, ' ', i, close - i + 1);
                    i = close;
                }
            }
            else if (f[i] is '.' or '!' or '?' && IsFootnoteNumberAfter(f, i, out var end))
            {
                Array.Fill(f, ' ', i + 1, end - i - 1);
                i = end - 1;
            }
        }
    }

    /// <summary>"41", "41, 42", "a", "note 3", "lower-alpha 1", "citation needed": what a reference bracket holds.</summary>
    private static bool IsReferenceMark(ReadOnlySpan<char> mark)
    {
        mark = mark.Trim();
        if (mark.IsEmpty || mark.Contains('\n'))
        {
            return false;
        }

        if (mark.Length == 1 && mark[0] is >= 'a' and <= 'z')
        {
            return true;
        }

        // "41", "41, 42", "3-5": numbers of at most three digits (a bracketed "[1998]" is a year, not a reference).
        var run = 0;
        var longest = 0;
        var other = false;
        foreach (var c in mark)
        {
            if (c is >= '0' and <= '9')
            {
                longest = Math.Max(longest, ++run);
            }
            else
            {
                run = 0;
                other |= c is not (',' or '-' or ' ');
            }
        }

        if (longest is > 0 and <= 3 && !other)
        {
            return true;
        }

        foreach (var word in MarkWords)
        {
            if (mark.Equals(word, StringComparison.Ordinal) || mark.Equals(word + "?", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "note 3", "nb 1", "lower-alpha 1": a label of letters and hyphens, then a number.
        var space = mark.LastIndexOf(' ');
        if (space <= 0 || space >= mark.Length - 1)
        {
            return false;
        }

        foreach (var c in mark[..space])
        {
            if (c is not (>= 'a' and <= 'z' or '-'))
            {
                return false;
            }
        }

        var number = mark[(space + 1)..];
        foreach (var c in number)
        {
            if (c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }

        return number.Length <= 3;
    }

    /// <summary>
    /// "the moment possible.3" at the end of a line or before the next sentence: one or two digits right after the
    /// full stop of a word (not of a number or a short label: "4.5", "No.3" keep theirs).
    /// </summary>
    private static bool IsFootnoteNumberAfter(char[] f, int dot, out int end)
    {
        end = dot + 1;
        while (end < f.Length && end - dot <= 2 && f[end] is >= '0' and <= '9')
        {
            end++;
        }

        var count = end - dot - 1;
        if (count is < 1 or > 2 || (end < f.Length && f[end] is >= '0' and <= '9'))
        {
            return false;
        }

        // A word of four letters or more, or a closing quote, before the full stop: "Vol.2" and "No.3" are labels.
        var before = dot - 1;
        var letters = 0;
        while (before - letters >= 0 && char.IsLetter(f[before - letters]))
        {
            letters++;
        }

        if (before < 0 || letters < 4 && f[before] is not ('"' or '\'' or ')'))
        {
            return false;
        }

        if (end >= f.Length || f[end] == '\n')
        {
            return true;
        }

        return f[end] == ' ' && (end + 1 >= f.Length || f[end + 1] is '\n' or '"' || char.IsLetter(f[end + 1]));
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
