namespace Dyad.Extraction.Dictionaries;

/// <summary>A verb of a PETRARCH verb block: its lemma (multi-word with spaces) and the forms listed in braces.</summary>
public sealed record PetrarchVerb(string Lemma, IReadOnlyList<string> Forms);

/// <summary>
/// One pattern of a verb block ("- * (TO +) [042]"): the words before and after the verb's place (*), still in
/// PETRARCH's notation, and its code (the first of "[042:043]"; "---" for no event).
/// </summary>
public sealed record PetrarchPattern(IReadOnlyList<string> Before, IReadOnlyList<string> After, string Code, string Text);

/// <summary>A verb block: "--- NAME [code] ---", its verbs, their default code (null for "---") and its patterns.</summary>
public sealed record PetrarchVerbBlock(string Name, string? Code, IReadOnlyList<PetrarchVerb> Verbs, IReadOnlyList<PetrarchPattern> Patterns);

/// <summary>
/// A PETRARCH CAMEO verb dictionary (CAMEO.2.0.txt): synonym sets (&amp;NAME followed by +WORD lines), verb blocks
/// and the transformations section. Reading is lenient: a line it cannot place is counted in the report.
/// </summary>
public sealed class PetrarchVerbDictionary
{
    public Dictionary<string, List<string>> Synonyms { get; } = new(StringComparer.Ordinal);

    public List<PetrarchVerbBlock> Blocks { get; } = [];

    public List<string> Transformations { get; } = [];

    public static PetrarchVerbDictionary Load(string path, DictionaryReport report)
    {
        var dictionary = new PetrarchVerbDictionary();
        List<string>? set = null;
        string? blockName = null;
        string? blockCode = null;
        var verbs = new List<PetrarchVerb>();
        var patterns = new List<PetrarchPattern>();
        var inTransformations = false;

        void Close()
        {
            if (blockName is not null)
            {
                dictionary.Blocks.Add(new PetrarchVerbBlock(blockName, blockCode, verbs, patterns));
            }

            blockName = null;
            verbs = [];
            patterns = [];
        }

        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith("####### TRANSFORMATIONS", StringComparison.Ordinal) || raw.StartsWith("######## TRANSFORMATIONS", StringComparison.Ordinal))
            {
                Close();
                inTransformations = true;
                continue;
            }

            var line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (inTransformations)
            {
                if (line.StartsWith('~'))
                {
                    dictionary.Transformations.Add(line);
                }
                else
                {
                    report.Skip("unreadable lines among the transformations", line);
                }

                continue;
            }

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                Close();
                set = null;
                var name = line.Trim('-', ' ');
                var open = name.IndexOf('[', StringComparison.Ordinal);
                var close = name.IndexOf(']', StringComparison.Ordinal);
                blockName = (open > 0 ? name[..open] : name).Trim();
                var code = open >= 0 && close > open ? name[(open + 1)..close].Trim() : "---";
                blockCode = code is "---" or "" ? null : code;
                continue;
            }

            if (line.StartsWith('&'))
            {
                Close();
                set = [];
                dictionary.Synonyms[line.Split(' ', 2)[0]] = set;
                continue;
            }

            if (line.StartsWith('+'))
            {
                if (set is not null)
                {
                    set.Add(line[1..].Trim());
                }
                else
                {
                    report.Skip("'+' lines outside a synonym set", line);
                }

                continue;
            }

            if (blockName is null)
            {
                report.Skip("lines outside any verb block or synonym set", line);
                continue;
            }

            if (line.StartsWith('-'))
            {
                if (ParsePattern(line, report) is { } pattern)
                {
                    patterns.Add(pattern);
                }

                continue;
            }

            // A verb: LEMMA {FORMS ...}
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var lemma = (brace >= 0 ? line[..brace] : line).Trim();
            var forms = brace >= 0 ? line[(brace + 1)..].Trim('}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (lemma.Length == 0 || lemma.Contains(' ', StringComparison.Ordinal) || lemma.Contains('[', StringComparison.Ordinal))
            {
                report.Skip("verb lines that are not one word or a joined phrase", line);
                continue;
            }

            verbs.Add(new PetrarchVerb(Word(lemma), forms.Select(Word).ToList()));
        }

        Close();
        return dictionary;
    }

    /// <summary>"WORD_" (exactly this word) and "WORD_WORD" (a phrase) as plain lower-case text.</summary>
    public static string Word(string token) => token.TrimEnd('_').Replace('_', ' ').ToLowerInvariant();

    private static PetrarchPattern? ParsePattern(string line, DictionaryReport report)
    {
        var open = line.LastIndexOf('[');
        var close = line.LastIndexOf(']');
        if (open < 0 || close < open)
        {
            report.Skip("patterns without a [code]", line);
            return null;
        }

        var codes = line[(open + 1)..close].Split(':');
        var code = codes.FirstOrDefault(c => c.Trim().Length > 0)?.Trim();
        if (code is null)
        {
            report.Skip("patterns with an empty code", line);
            return null;
        }

        if (codes.Length > 1)
        {
            report.Skip("second codes of paired [a:b] codes (the first is used)", line);
        }

        var body = line[1..open].Trim();
        var star = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var at = star.IndexOf("*");
        if (at < 0)
        {
            report.Skip("patterns without the verb's place (*)", line);
            return null;
        }

        return new PetrarchPattern(star[..at], star[(at + 1)..], code, line);
    }

    internal static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }
}
