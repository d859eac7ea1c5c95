using Dyad.Extraction.Lexicons;

namespace Dyad.Extraction.Text;

/// <summary>
/// Pipeline stage 3: cuts a sentence of folded text into tokens, each a span of the document (no substrings).
/// Hyphenated words split at the hyphen ("Indo-Pak" is indo, -, pak) so combining forms reach the lexicon;
/// possessive 's and n't become tokens of their own; abbreviations with dots (U.S., i.e.) stay whole;
/// digits glued to letters split ("1974visit") except ordinals (14th) and decades (1980s).
/// Lexicon phrases are cut by this same class, so text and lexicon always agree on what a token is.
/// </summary>
public sealed class Tokenizer
{
    private readonly Abbreviations _abbreviations;
    private readonly Vocabulary _vocabulary;

    public Tokenizer(Abbreviations abbreviations, Vocabulary vocabulary)
    {
        _abbreviations = abbreviations;
        _vocabulary = vocabulary;
    }

    /// <summary>Tokens of text[start..end) appended to <paramref name="output"/>, with word ids looked up.</summary>
    public void Tokenize(FoldedText text, int start, int end, List<Token> output) => Tokenize(text, start, end, output, intern: false);

    /// <summary>Tokenizes a lexicon phrase, adding its words to the vocabulary.</summary>
    public List<Token> TokenizePhrase(string phrase)
    {
        var folded = new TextNormalizer().Fold(phrase);
        var tokens = new List<Token>();
        Tokenize(folded, 0, phrase.Length, tokens, intern: true);
        return tokens;
    }

    /// <summary>The folded words of a lexicon phrase, as the tokenizer cuts them.</summary>
    public string[] PhraseWords(string phrase)
    {
        var folded = new TextNormalizer().Fold(phrase);
        var tokens = new List<Token>();
        Tokenize(folded, 0, phrase.Length, tokens, intern: true);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = new string(folded.Folded, tokens[i].Start, tokens[i].Length);
        }

        return words;
    }

    private void Tokenize(FoldedText text, int start, int end, List<Token> output, bool intern)
    {
        var f = text.Folded;
        var original = text.Original;
        var attached = false;
        var i = start;
        while (i < end)
        {
            var c = f[i];
            if (c is ' ' or '\n')
            {
                i++;
                attached = false;
                continue;
            }

            var flags = attached ? TokenFlags.Attached : TokenFlags.None;
            int tokenEnd;
            TokenKind kind;
            if (IsLetter(c))
            {
                (tokenEnd, kind, flags) = ReadWord(text, i, end, flags);
            }
            else if (IsDigit(c))
            {
                (tokenEnd, kind) = ReadNumber(f, i, end);
            }
            else if (c == '\'' && i + 1 < end && f[i + 1] == 's' && (i + 2 >= end || !IsLetter(f[i + 2])))
            {
                tokenEnd = i + 2;
                kind = TokenKind.Word;
            }
            else if (c == '\'' && i + 2 < end && IsDigit(f[i + 1]) && IsDigit(f[i + 2]) && i + 3 < end && f[i + 3] == 's')
            {
                tokenEnd = i + 4;
                kind = TokenKind.Decade;
            }
            else if (c == '.' && i + 1 < end && f[i + 1] == '.')
            {
                tokenEnd = i + 1;
                while (tokenEnd < end && f[tokenEnd] == '.')
                {
                    tokenEnd++;
                }

                kind = TokenKind.Punct;
            }
            else
            {
                tokenEnd = i + 1;
                kind = TokenKind.Punct;
            }

            if (kind == TokenKind.Word && char.IsUpper(original[i]))
            {
                flags |= TokenFlags.Capitalized;
                if (tokenEnd - i >= 2 && IsAllCaps(original, i, tokenEnd))
                {
                    flags |= TokenFlags.AllCaps;
                }
            }

            var span = f.AsSpan(i, tokenEnd - i);
            var id = intern ? _vocabulary.Intern(span.ToString()) : _vocabulary.Find(span);
            output.Add(new Token(i, tokenEnd - i, kind, flags, id));
            i = tokenEnd;
            attached = true;
        }
    }

    private (int End, TokenKind Kind, TokenFlags Flags) ReadWord(FoldedText text, int i, int end, TokenFlags flags)
    {
        var f = text.Folded;
        if (f[i] == 'n' && i + 2 < end && f[i + 1] == '\'' && f[i + 2] == 't' && (i + 3 >= end || !IsLetter(f[i + 3])))
        {
            return (i + 3, TokenKind.Word, flags);
        }

        var j = i;
        while (j < end && IsLetter(f[j]))
        {
            j++;
        }

        if (j < end && f[j] == '.')
        {
            // Dotted abbreviations: u.s., a.q., i.e., u.s.s.r.
            if (j - i <= 2 && j + 1 < end && IsLetter(f[j + 1]))
            {
                var k = j + 1;
                var segments = 1;
                while (true)
                {
                    var m = k;
                    while (m < end && IsLetter(f[m]))
                    {
                        m++;
                    }

                    if (m - k is >= 1 and <= 2 && m < end && f[m] == '.')
                    {
                        segments++;
                        k = m + 1;
                        if (k < end && IsLetter(f[k]))
                        {
                            continue;
                        }
                    }

                    break;
                }

                if (segments >= 2)
                {
                    return (k, TokenKind.Word, flags | TokenFlags.Abbreviation);
                }
            }

            if (_abbreviations.Contains(f.AsSpan(i, j - i)))
            {
                return (j + 1, TokenKind.Word, flags | TokenFlags.Abbreviation);
            }

            // An initial: one capital letter and a full stop before another capitalised word (A. Q. Khan).
            if (j - i == 1 && char.IsUpper(text.Original[i]) && j + 2 < end && f[j + 1] == ' ' && char.IsUpper(text.Original[j + 2]))
            {
                return (j + 1, TokenKind.Word, flags | TokenFlags.Abbreviation);
            }
        }

        // didn't -> did + n't
        if (j + 1 < end && f[j] == '\'' && f[j + 1] == 't' && j - 1 > i && f[j - 1] == 'n' && (j + 2 >= end || !IsLetter(f[j + 2])))
        {
            return (j - 1, TokenKind.Word, flags);
        }

        // O'Brien, but not the possessive 's.
        if (j + 2 < end && f[j] == '\'' && IsLetter(f[j + 1]) && IsLetter(f[j + 2]) && j - i == 1)
        {
            var k = j + 1;
            while (k < end && IsLetter(f[k]))
            {
                k++;
            }

            return (k, TokenKind.Word, flags);
        }

        return (j, TokenKind.Word, flags);
    }

    private static (int End, TokenKind Kind) ReadNumber(char[] f, int i, int end)
    {
        var j = i;
        while (j < end && IsDigit(f[j]))
        {
            j++;
        }

        while (j + 1 < end && (f[j] == '.' || f[j] == ',') && IsDigit(f[j + 1]))
        {
            j += 2;
            while (j < end && IsDigit(f[j]))
            {
                j++;
            }
        }

        if (j < end && IsLetter(f[j]))
        {
            var m = j;
            while (m < end && IsLetter(f[m]))
            {
                m++;
            }

            var suffix = f.AsSpan(j, m - j);
            if (suffix is "st" or "nd" or "rd" or "th")
            {
                return (m, TokenKind.Ordinal);
            }

            if (suffix is "s" && (j - i == 4 || j - i == 2))
            {
                return (m, TokenKind.Decade);
            }
        }

        return (j, TokenKind.Number);
    }

    private static bool IsAllCaps(string original, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLetter(original[k]) && !char.IsUpper(original[k]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsLetter(char c) => c is >= 'a' and <= 'z' || (c > 127 && char.IsLetter(c));

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';
}
