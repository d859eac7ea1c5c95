using System.Collections.Frozen;
using Dyad.Core.Documents;

namespace Dyad.Extraction.Text;

/// <summary>
/// Pipeline stage 2: finds sentences as character ranges of the document.
/// A full stop ends a sentence unless it belongs to a title (Mr., Gen.), an initial (A. Q. Khan), a decimal,
/// or a dotted abbreviation (U.S., i.e.) that the next word does not show to be a sentence start; a full stop glued
/// to the next sentence ("in 1951.In 1952") still ends one. Closing quotes and brackets stay with the sentence they
/// close. The lines come from <see cref="DocumentLayout"/>: furniture yields no sentence, a heading or caption is a
/// sentence of its own, a dateline is left out of its sentence, and a line that stops mid-sentence is joined to
/// the lower-case line that continues it. Blank lines always end a sentence; single line breaks do too, unless the
/// document is hard-wrapped prose (most lines long and unpunctuated at the end).
/// Very long runs without punctuation are cut so one pathological line cannot stall the pipeline.
/// </summary>
public sealed class SentenceSplitter
{
    public const int MaxSentenceLength = 1200;

    private readonly Abbreviations _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;
    private readonly PageFurniture _furniture;

    public SentenceSplitter(Abbreviations abbreviations, IEnumerable<string> sentenceStarters, PageFurniture? furniture = null)
    {
        _abbreviations = abbreviations;
        _starters = sentenceStarters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _furniture = furniture ?? PageFurniture.None;
    }

    public List<SentenceSpan> Split(FoldedText text) => Split(text, DocumentLayout.Analyze(text, _furniture));

    public List<SentenceSpan> Split(FoldedText text, DocumentLayout layout)
    {
        var sentences = new List<SentenceSpan>();
        int blockStart = -1, blockEnd = -1;
        var continues = false;
        void Close()
        {
            if (blockStart >= 0)
            {
                SplitBlock(text, blockStart, blockEnd, sentences);
            }

            blockStart = -1;
        }

        foreach (var line in layout.Lines)
        {
            switch (line.Kind)
            {
                case LineKind.Blank:
                    if (!continues)
                    {
                        Close();
                    }

                    continue;
                case LineKind.Furniture:
                    Close();
                    break;
                case LineKind.Heading or LineKind.Caption:
                    Close();
                    SplitBlock(text, line.TextStart, line.End, sentences);
                    break;
                default:
                    if (blockStart >= 0 && (layout.IsHardWrapped || continues))
                    {
                        blockEnd = line.End;
                    }
                    else
                    {
                        Close();
                        blockStart = line.TextStart;
                        blockEnd = line.End;
                    }

                    break;
            }

            continues = line.Kind == LineKind.Body && line.ContinuesInNext;
        }

        Close();
        return sentences;
    }

    private void SplitBlock(FoldedText text, int start, int end, List<SentenceSpan> sentences)
    {
        var f = text.Folded;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = f[i];
            if (c is not ('.' or '!' or '?'))
            {
                if (i - sentenceStart >= MaxSentenceLength)
                {
                    var cut = LastSoftBreak(f, sentenceStart, i);
                    Add(text, sentenceStart, cut, sentences);
                    sentenceStart = cut;
                }

                continue;
            }

            var j = i + 1;
            while (j < end && f[j] is '.' or '!' or '?')
            {
                j++;
            }

            while (j < end && f[j] is '"' or '\'' or ')' or ']')
            {
                j++;
            }

            if (j < end && f[j] is not (' ' or '\n'))
            {
                if (IsGluedSentenceStart(text, i, j, end))
                {
                    Add(text, sentenceStart, j, sentences);
                    sentenceStart = j;
                }

                i = j - 1;
                continue;
            }

            var next = j;
            while (next < end && f[next] is ' ' or '\n')
            {
                next++;
            }

            if (next < end && !StartsSentence(text, i, next, end))
            {
                i = j - 1;
                continue;
            }

            Add(text, sentenceStart, j, sentences);
            sentenceStart = j;
            i = j - 1;
        }

        Add(text, sentenceStart, end, sentences);
    }

    /// <summary>Decides whether the full stop at <paramref name="dot"/> ends a sentence, given the next word at <paramref name="next"/>.</summary>
    private bool StartsSentence(FoldedText text, int dot, int next, int end)
    {
        var f = text.Folded;
        var n = f[next];
        if (Tokenizer.IsLetter(n) && !char.IsUpper(text.Original[next]))
        {
            return false;
        }

        if (f[dot] != '.')
        {
            return true;
        }

        var wordStart = dot;
        while (wordStart > 0 && (Tokenizer.IsLetter(f[wordStart - 1]) || f[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = f.AsSpan(wordStart, dot - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(text.Original[wordStart]) && (wordStart == 0 || f[wordStart - 1] is ' ' or '\n' or '(' or '"'))
        {
            return false; // an initial ("A. Q. Khan"), not the last letter of "Mi-35M."
        }

        if (_abbreviations.IsTitle(word))
        {
            return false;
        }

        var dotted = word.Contains('.');
        if (dotted || _abbreviations.Contains(word))
        {
            if (Tokenizer.IsDigit(n))
            {
                return false;
            }

            var nextEnd = next;
            while (nextEnd < end && Tokenizer.IsLetter(f[nextEnd]))
            {
                nextEnd++;
            }

            return _starters.Contains(f.AsSpan(next, nextEnd - next));
        }

        return true;
    }

    /// <summary>
    /// "in 1951.In 1952", "the laws.Under current law", "the US.Pakistan joined": a full stop after a word of two
    /// letters or more or a number, glued to a capitalised word of at least two letters, ends a sentence, unless the
    /// word before is a dotted abbreviation or a title ("U.S.Army", "e.g.The", "Mr.Rao").
    /// </summary>
    private bool IsGluedSentenceStart(FoldedText text, int dot, int next, int end)
    {
        var f = text.Folded;
        if (next + 1 >= end || !text.IsUpper(next) || !Tokenizer.IsLetter(f[next + 1]) || text.IsUpper(next + 1) || dot == 0)
        {
            return false;
        }

        if (!Tokenizer.IsLetter(f[dot - 1]) && !Tokenizer.IsDigit(f[dot - 1]) || next != dot + 1 && f[dot + 1] is not ('"' or '\'' or ')' or ']'))
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && (Tokenizer.IsLetter(f[wordStart - 1]) || Tokenizer.IsDigit(f[wordStart - 1]) || f[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = f.AsSpan(wordStart, dot - wordStart);
        return word.Length >= 2 && !word.Contains('.') && !_abbreviations.IsTitle(word) && !_abbreviations.Contains(word);
    }

    private static int LastSoftBreak(
char[] f, int start, int i)
    {
        for (var k = i; k > start + (MaxSentenceLength / 2); k--)
        {
            if (f[k] is ';' or ',' or ' ')
            {
                return k + 1;
            }
        }

        return i;
    }

    private static void Add(FoldedText text, int start, int end, List<SentenceSpan> sentences)
    {
        var f = text.Folded;
        while (start < end && f[start] is ' ' or '\n')
        {
            start++;
        }

        while (end > start && f[end - 1] is ' ' or '\n')
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SentenceSpan(sentences.Count, start, end));
        }
    }

    /// <summary>
    /// Hard-wrapped prose has most of its lines long and ending mid-sentence. Such files are read as paragraphs
    /// separated by blank lines; everything else treats each line break as the end of a sentence or heading.
    /// </summary>
    internal static bool IsHardWrapped(char[] f)
    {
        int lines = 0, longUnfinished = 0, lineStart = 0;
        for (var i = 0; i <= f.Length && lines < 400; i++)
        {
            if (i < f.Length && f[i] != '\n')
            {
                continue;
            }

            var end = i;
            while (end > lineStart && f[end - 1] == ' ')
            {
                end--;
            }

            var length = end - lineStart;
            if (length > 0)
            {
                lines++;
                var last = f[end - 1];
                if (length is >= 40 and <= 120 && last is not ('.' or '!' or '?' or '"' or ':'))
                {
                    longUnfinished++;
                }
            }

            lineStart = i + 1;
        }

        return lines >= 4 && longUnfinished * 2 >= lines;
    }
}
