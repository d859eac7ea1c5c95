using System.Text.RegularExpressions;

namespace Dyad.Extraction.Text;

/// <summary>What a line of a document is, as a web page lays it out.</summary>
public enum LineKind : byte
{
    Blank,

    /// <summary>The document's prose.</summary>
    Body,

    /// <summary>
    /// A title, headline or section heading: a short line without a full stop, or the document's title repeated.
    /// Read like prose, but an event it shares with the body is the body's (a headline restates its story).
    /// </summary>
    Heading,

    /// <summary>A photo caption: like a heading, and its dates do not move the story's running date.</summary>
    Caption,

    /// <summary>Not text at all: advertising, share links, bylines, publication stamps, credits, citations.</summary>
    Furniture,
}

/// <summary>
/// One line of a document: its trimmed character range, what it is, where its text starts after a dateline
/// ("ISLAMABAD (AP) -"), and whether its sentence goes on in the next line ("... the People's Democratic Party of" /
/// "came to power").
/// </summary>
public readonly record struct LayoutLine(int Start, int End, LineKind Kind, int TextStart, bool ContinuesInNext);

/// <summary>
/// Pipeline stage 1b: reads a document as a web page gives it, line by line, before it is cut into sentences. Known
/// furniture (<see cref="PageFurniture"/>) is set aside; headings are found by their shape (short, no full stop, not
/// continued by a lower-case line) or because they repeat the title; a dateline before the first paragraph is a place
/// of reporting, so the sentence starts after it and the place is no actor of it; a line that stops mid-sentence and
/// is continued by a lower-case line is joined to it.
/// </summary>
public sealed class DocumentLayout
{
    private const int MaxHeadingWords = 12;
    private const int MaxHeadingLength = 100;
    private const int DatelineLines = 2;
    private const int MinDatelineWords = 6;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    // "BEIJING --", "KIEV, Ukraine (AP) _", "NEW DELHI (Reuters) -", "ISLAMABAD:" : a place in capitals, perhaps its
    // country and the agency, then a dash, underscore, bar or colon.
    private static readonly Regex CapitalDateline = new(
        @"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,2})?(?:\s*\([A-Z][\p{L}&.' -]{0,24}\))?"
        + @"(?:\s*(?:--|—|–|_|\|)\s*|\s+-\s+|:\s+)(?=[""“‘'A-Z0-9])",
        RegexOptions.CultureInvariant, MatchTimeout);

    // "New Delhi:", "Islamabad -", "New Delhi | Jagran News Desk:": a place of one to three capitalised words.
    private static readonly Regex NameDateline = new(
        @"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:\s*\([A-Z][\p{L}&.' -]{0,24}\))?"
        + @"(?:\s*(?:--|—|–)\s*|\s+-\s+|:\s+|\s*\|\s*[^:|]{1,40}?:\s+)(?=[""“‘'A-Z0-9])",
        RegexOptions.CultureInvariant, MatchTimeout);

    private DocumentLayout(List<LayoutLine> lines, bool hardWrapped)
    {
        Lines = lines;
        IsHardWrapped = hardWrapped;
    }

    public IReadOnlyList<LayoutLine> Lines { get; }

    /// <summary>Prose wrapped at a fixed width: paragraphs end at blank lines, not at line breaks.</summary>
    public bool IsHardWrapped { get; }

    /// <summary>The kind of the line holding character <paramref name="offset"/>.</summary>
    public LineKind KindAt(int offset)
    {
        // The last line starting at or before the offset.
        int lo = 0, hi = Lines.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Lines[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && offset <= Lines[found].End ? Lines[found].Kind : LineKind.Body;
    }

    public static DocumentLayout Analyze(FoldedText text, PageFurniture furniture, string? title = null)
    {
        var f = text.Folded;
        var wrapped = SentenceSplitter.IsHardWrapped(f);
        var lines = new List<LayoutLine>();
        var lineStart = 0;
        for (var i = 0; i <= f.Length; i++)
        {
            if (i < f.Length && f[i] != '\n')
            {
                continue;
            }

            var start = lineStart;
            var end = i;
            while (start < end && f[start] == ' ')
            {
                start++;
            }

            while (end > start && f[end - 1] == ' ')
            {
                end--;
            }

            var kind = end == start ? LineKind.Blank : furniture.Classify(text.Original[start..end]);
            lines.Add(new LayoutLine(start, end, kind, start, false));
            lineStart = i + 1;
        }

        MarkContinuations(text, lines);
        var titleWords = Words(title);
        var bareTitleWords = Words(WithoutTrailingBrackets(title));
        var lastText = lines.FindLastIndex(l => l.Kind == LineKind.Body);
        for (var n = 0; n < lines.Count; n++)
        {
            if (lines[n].Kind == LineKind.Body && IsHeading(text, lines, n, wrapped, n == lastText, titleWords, bareTitleWords))
            {
                lines[n] = lines[n] with { Kind = LineKind.Heading };
            }
        }

        MarkDateline(text, lines);
        return new DocumentLayout(lines, wrapped);
    }

    /// <summary>A line that stops mid-sentence continues in the next text line when that one starts in lower case.</summary>
    private static void MarkContinuations(FoldedText text, List<LayoutLine> lines)
    {
        for (var n = 0; n < lines.Count; n++)
        {
            if (lines[n].Kind != LineKind.Body || EndsSentence(text, lines[n]))
            {
                continue;
            }

            // One blank line may come between: a page break of a converted document.
            var next = n + 1;
            if (next < lines.Count && lines[next].Kind == LineKind.Blank)
            {
                next++;
            }

            if (next < lines.Count && lines[next].Kind == LineKind.Body && StartsLowerCase(text, lines[next]))
            {
                lines[n] = lines[n] with { ContinuesInNext = true };
            }
        }
    }

    private static bool IsHeading(FoldedText text, List<LayoutLine> lines, int n, bool wrapped, bool isLastText, string titleWords, string bareTitleWords)
    {
        var line = lines[n];
        if (line.ContinuesInNext || n > 0 && ContinuesInto(lines, n))
        {
            return false;
        }

        var words = Words(text.Original[line.Start..line.End]);
        if (words.Length > 0 && (words == titleWords || words == bareTitleWords || IsTitlePrefix(words, titleWords)))
        {
            return true;
        }

        // A heading has text after it; a short last line is a sentence the page (or its excerpt) cut short.
        if (isLastText)
        {
            return false;
        }

        var f = text.Folded;
        if (f[line.Start] == '=' && f[line.End - 1] == '=')
        {
            return true; // "== History ==": a wiki heading
        }

        if (line.End - line.Start > MaxHeadingLength || WordCount(f, line.Start, line.End) > MaxHeadingWords)
        {
            return false;
        }

        if (LastSignificant(f, line.Start, line.End) is '.' or '!' or '?' or ',' or ';')
        {
            return false;
        }

        // In hard-wrapped prose a short line inside a paragraph is just its last line: a heading stands alone.
        return !wrapped || (n == 0 || lines[n - 1].Kind != LineKind.Body) && (n + 1 >= lines.Count || lines[n + 1].Kind != LineKind.Body);
    }

    private static bool ContinuesInto(List<LayoutLine> lines, int n)
    {
        var previous = n - 1;
        if (lines[previous].Kind == LineKind.Blank && previous > 0)
        {
            previous--;
        }

        return lines[previous].ContinuesInNext;
    }

    /// <summary>A dateline opens the first paragraph or two of a report; it is cut off the line's text.</summary>
    private static void MarkDateline(FoldedText text, List<LayoutLine> lines)
    {
        var seen = 0;
        for (var n = 0; n < lines.Count && seen < DatelineLines; n++)
        {
            var line = lines[n];
            if (line.Kind != LineKind.Body || WordCount(text.Folded, line.Start, line.End) < MinDatelineWords)
            {
                continue;
            }

            seen++;
            var original = text.Original.Substring(line.Start, line.End - line.Start);
            try
            {
                var match = CapitalDateline.Match(original);
                if (!match.Success)
                {
                    match = NameDateline.Match(original);
                }

                if (match.Success && WordCount(text.Folded, line.Start + match.Length, line.End) >= MinDatelineWords - 1)
                {
                    lines[n] = line with { TextStart = line.Start + match.Length };
                    return;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return;
            }
        }
    }

    private static bool EndsSentence(FoldedText text, LayoutLine line)
    {
        var last = LastSignificant(text.Folded, line.Start, line.End);
        return last is '.' or '!' or '?' or ':' or ';';
    }

    private static bool StartsLowerCase(FoldedText text, LayoutLine line)
    {
        var c = text.Original[line.Start];
        if (!char.IsLower(c))
        {
            return false;
        }

        // "o China amasses troops": a bullet drawn with a letter.
        return !(line.End > line.Start + 1 && text.Folded[line.Start + 1] == ' ' && c is 'o' or 'x' or 'v');
    }

    /// <summary>The last character that is not a closing quote or bracket.</summary>
    private static char LastSignificant(char[] f, int start, int end)
    {
        var k = end - 1;
        while (k > start && f[k] is '"' or '\'' or ')' or ']' or '*')
        {
            k--;
        }

        return f[k];
    }

    private static int WordCount(char[] f, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = f[i] is not (' ' or '\n');
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>The letters and digits of a text, lower-cased, one space between words: what two titles compare by.</summary>
    private static string Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var words = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = TextNormalizer.FoldChar(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(c);
                pendingSpace = false;
            }
            else if (c != '\'')
            {
                pendingSpace = true;
            }
        }

        return words.ToString();
    }

    private static string? WithoutTrailingBrackets(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var t = title.TrimEnd();
        var open = t.LastIndexOf('(');
        return t.EndsWith(')') && open > 0 ? t[..open] : t;
    }

    /// <summary>A line that is the title cut short (at least four words of it), as pages shorten long headlines.</summary>
    private static bool IsTitlePrefix(string words, string titleWords) =>
        titleWords.Length > words.Length && titleWords.StartsWith(words + " ", StringComparison.Ordinal) && words.Count(c => c == ' ') >= 3;
}
