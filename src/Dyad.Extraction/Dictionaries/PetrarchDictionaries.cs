using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Cameo;

namespace Dyad.Extraction.Dictionaries;

/// <summary>
/// A folder of PETRARCH/TABARI dictionaries (the verb dictionary, actor, agent and discard files, recognised by
/// name) converted into Dyad's own lexicon files: verb blocks and patterns become lines of events/verbs.tsv, dated
/// actor roles become tenures in actors/leaders.tsv, undated state names actors/regions.tsv, sub-state actors
/// actors/groups.tsv, agents actors/sectors.tsv. The result is a data folder beside Dyad's own (in addition to it,
/// or instead of its event patterns and named actors), built once per set of inputs and reused.
/// </summary>
public sealed class PetrarchDictionaries
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to", "with", "from", "against", "on", "in", "at", "for", "into", "over", "about", "toward", "towards", "by", "of", "upon",
    };

    // PETRARCH's codes of the organisations Dyad knows by another code.
    private static readonly Dictionary<string, string> Organisations = new(StringComparer.Ordinal)
    {
        ["IGOUNO"] = "UN", ["IGOEUREEC"] = "EU", ["IGOWSTNAT"] = "NATO", ["IGOSEAASN"] = "ASEAN", ["IGOAFRAFU"] = "AU",
        ["IGOBUSOPC"] = "OPEC", ["IGOSCO"] = "SCO",
    };

    private PetrarchDictionaries(DictionaryReport report) => Report = report;

    public DictionaryReport Report { get; }

    public List<PetrarchVerbDictionary> Verbs { get; } = [];

    public List<PetrarchActor> Actors { get; } = [];

    public List<PetrarchAgent> Agents { get; } = [];

    public List<string> Discards { get; } = [];

    /// <summary>Reads every dictionary in the folder: *verb* or CAMEO*.txt, *.actors.txt, *agents*.txt, *discards*.txt.</summary>
    public static PetrarchDictionaries Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"no dictionary folder at {Path.GetFullPath(directory)}");
        }

        var dictionaries = new PetrarchDictionaries(new DictionaryReport());
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file).ToLowerInvariant();
            if (name.Contains("actors", StringComparison.Ordinal))
            {
                dictionaries.Actors.AddRange(PetrarchActors.LoadActors(file, dictionaries.Report));
            }
            else if (name.Contains("agents", StringComparison.Ordinal))
            {
                dictionaries.Agents.AddRange(PetrarchActors.LoadAgents(file, dictionaries.Report));
            }
            else if (name.Contains("discards", StringComparison.Ordinal))
            {
                dictionaries.Discards.AddRange(PetrarchActors.LoadDiscards(file));
            }
            else if (name.StartsWith("cameo", StringComparison.Ordinal) || name.Contains("verb", StringComparison.Ordinal))
            {
                dictionaries.Verbs.Add(PetrarchVerbDictionary.Load(file, dictionaries.Report));
            }
        }

        if (dictionaries.Verbs.Count + dictionaries.Actors.Count + dictionaries.Agents.Count == 0)
        {
            throw new InvalidDataException($"{Path.GetFullPath(directory)} holds no PETRARCH dictionary (CAMEO*.txt, *.actors.txt, *agents*.txt)");
        }

        return dictionaries;
    }

    /// <summary>
    /// The data folder to load: Dyad's own <paramref name="dataDirectory"/> with the dictionaries' entries added (or,
    /// <paramref name="only"/>, replacing its event patterns and named actors), and what could not be used.
    /// </summary>
    public static (string DataDirectory, IReadOnlyList<string> Summary) Overlay(string dataDirectory, string dictionaryDirectory, bool only)
    {
        if (!Directory.Exists(dictionaryDirectory))
        {
            throw new DirectoryNotFoundException($"no dictionary folder at {Path.GetFullPath(dictionaryDirectory)}");
        }

        var key = CacheKey(dataDirectory, dictionaryDirectory, only);
        var target = Path.Combine(Path.GetTempPath(), "dyad-dictionaries", key);
        var summaryPath = Path.Combine(target, "dictionaries-summary.txt");
        if (File.Exists(summaryPath))
        {
            return (target, File.ReadAllLines(summaryPath));
        }

        var dictionaries = Load(dictionaryDirectory);
        var building = target + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        CopyDirectory(dataDirectory, building);
        var converted = dictionaries.Convert(CameoTable.Load(Path.Combine(dataDirectory, "cameo", "codes.tsv")), CountryCodes(dataDirectory));
        if (only)
        {
            foreach (var file in new[] { "events/verbs.tsv", "events/nouns.tsv", "actors/leaders.tsv", "actors/groups.tsv", "actors/regions.tsv", "actors/organizations.tsv", "actors/capitals.tsv", "actors/ethnic-groups.tsv" })
            {
                var path = Path.Combine(building, file);
                File.WriteAllLines(path, File.ReadLines(path).TakeWhile(l => l.StartsWith('#')));
            }
        }

        var kept = 0;
        var narrowed = 0;
        foreach (var (file, lines) in converted.Files)
        {
            var path = Path.Combine(building, file);
            var added = lines;
            if (file == "events/verbs.tsv")
            {
                var own = OwnVerbLines(path);
                added = [.. lines.Select(l => Yield(l, own)).Where(l => l is not null).Cast<string>()];
                kept = lines.Count - added.Count;
                narrowed = lines.Count(l => Yield(l, own) is { } y && y != l);
            }

            File.AppendAllLines(path, ["# --- converted from the PETRARCH dictionaries in " + Path.GetFullPath(dictionaryDirectory), .. added]);
        }

        var summary = converted.Summary
            .Append($"{kept} verb line(s) left out: Dyad's own lines code that verb alone, or every word the line names after it")
            .Append($"{narrowed} verb line(s) narrowed to the words Dyad's own lines of that verb do not name")
            .Concat(dictionaries.Report.Lines().Select(l => "left out: " + l)).ToList();
        File.WriteAllLines(Path.Combine(building, "dictionaries-summary.txt"), summary);
        try
        {
            Directory.Move(building, target);
        }
        catch (IOException) when (Directory.Exists(target))
        {
            Directory.Delete(building, recursive: true);
        }

        return (target, summary);
    }

    /// <summary>
    /// Dyad's own verb lines, each as the verbs it starts with and its word groups after them (gaps left out).
    /// </summary>
    private static List<(HashSet<string> Verbs, string[][] Groups)> OwnVerbLines(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Where(f => f.Length > 1)
            .Select(f => PatternGroups(f[1])).Select(g => (g[0].ToHashSet(StringComparer.OrdinalIgnoreCase), g[1..]))];

    private static string[][] PatternGroups(string pattern) =>
        [.. pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "*").Select(w => w.Split('|'))];

    /// <summary>
    /// What a converted dictionary line adds beside Dyad's own lines, or null for nothing. Dyad's lines carry what a
    /// dictionary line cannot say (symmetry, the prepositions that take a target, exceptions), so where Dyad's lexicon
    /// codes a verb (a dictionary line of that verb alone adds nothing), or the same verb with the same words before the last ("launch * attacks" beside the
    /// dictionary's "launch * attack|attacks|raid"), Dyad's line keeps those words and the dictionary line keeps the
    /// rest ("launch * raid"). The dictionary adds the verbs Dyad lacks and its other patterns ("woo * bouquet").
    /// </summary>
    internal static string? Yield(string line, List<(HashSet<string> Verbs, string[][] Groups)> own)
    {
        var fields = line.Split('\t');
        if (fields.Length < 2)
        {
            return line;
        }

        var groups = PatternGroups(fields[1]);
        var verbs = groups[0];
        var words = groups[1..];
        if (words.Length == 0)
        {
            return own.Exists(o => verbs.Any(o.Verbs.Contains)) ? null : line;
        }

        var last = words[^1];
        var left = last.ToList();
        foreach (var (ownVerbs, ownGroups) in own)
        {
            if (ownGroups.Length == words.Length && verbs.Any(ownVerbs.Contains)
                && ownGroups.Zip(words).Take(words.Length - 1).All(p => p.First.Intersect(p.Second, StringComparer.OrdinalIgnoreCase).Any()))
            {
                left.RemoveAll(w => ownGroups[^1].Contains(w, StringComparer.OrdinalIgnoreCase));
            }
        }

        if (left.Count == last.Length)
        {
            return line;
        }

        if (left.Count == 0)
        {
            return null;
        }

        var tokens = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        tokens[Array.FindLastIndex(tokens, t => t != "*")] = string.Join('|', left);
        fields[1] = string.Join(' ', tokens);
        return string.Join('\t', fields);
    }

    /// <summary>The dictionaries as lines of Dyad's lexicon files (path under data/ → lines), with a summary.</summary>
    public (Dictionary<string, List<string>> Files, List<string> Summary) Convert(CameoTable cameo, IReadOnlySet<string> countries)
    {
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["events/verbs.tsv"] = [], ["actors/leaders.tsv"] = [], ["actors/regions.tsv"] = [], ["actors/groups.tsv"] = [],
            ["actors/organizations.tsv"] = [], ["actors/sectors.tsv"] = [],
        };
        var verbs = files["events/verbs.tsv"];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var blocks = 0;
        var patterns = 0;
        foreach (var dictionary in Verbs)
        {
            foreach (var block in dictionary.Blocks)
            {
                blocks++;
                var blockCode = block.Code is null ? null : Code(block.Code, cameo, block.Name);
                foreach (var verb in block.Verbs.Where(v => blockCode is not null))
                {
                    Add(verbs, seen, $"{blockCode}\t{verb.Lemma}");
                }

                foreach (var pattern in block.Patterns)
                {
                    patterns++;
                    if (ConvertPattern(pattern, dictionary, cameo) is not { } converted)
                    {
                        continue;
                    }

                    foreach (var verb in block.Verbs)
                    {
                        Add(verbs, seen, $"{converted.Code}\t{verb.Lemma}{converted.Words}\t{converted.Options}".TrimEnd('\t'));
                    }
                }
            }

            if (dictionary.Transformations.Count > 0)
            {
                Report.Skip("transformations (Dyad codes embedded events its own way; not applied)", dictionary.Transformations[0]);
                for (var i = 1; i < dictionary.Transformations.Count; i++)
                {
                    Report.Skip("transformations (Dyad codes embedded events its own way; not applied)", dictionary.Transformations[i]);
                }
            }
        }

        var persons = 0;
        foreach (var actor in Actors)
        {
            var names = actor.Names.Select(DyadName).Where(n => n is not null).Cast<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (names.Count == 0)
            {
                Report.Skip("actor names Dyad cannot write", actor.Names[0]);
                continue;
            }

            var joined = string.Join('|', names);
            var dated = actor.Roles.Where(r => r.From is not null || r.To is not null).ToList();
            if (dated.Count > 0)
            {
                persons++;
                foreach (var role in dated)
                {
                    if (Country(role.Code, countries) is { } country)
                    {
                        var from = role.From ?? new DateOnly(1900, 1, 1);
                        files["actors/leaders.tsv"].Add($"{country}\tOFF\t{joined}\t{from:yyyy-MM-dd}\t{role.To:yyyy-MM-dd}".TrimEnd('\t'));
                    }
                    else
                    {
                        Report.Skip("roles whose code names no country Dyad knows", $"{role.Code} {names[0]}");
                    }
                }

                continue;
            }

            var code = actor.Roles[0].Code;
            if (Organisations.TryGetValue(code, out var organisation))
            {
                files["actors/organizations.tsv"].Add($"{organisation}\t{joined}");
            }
            else if (Country(code, countries) is { } country)
            {
                files[code.Length == 3 ? "actors/regions.tsv" : "actors/groups.tsv"].Add($"{(code.Length == 3 ? country : code[..6])}\t{joined}");
            }
            else
            {
                Report.Skip("actors whose code names no country or organisation Dyad knows", $"{code} {names[0]}");
            }
        }

        foreach (var group in Agents.GroupBy(a => a.Code))
        {
            if (group.Key.Length != 3 || !group.Key.All(char.IsAsciiLetterUpper))
            {
                Report.Skip("agents with a code that is not three letters", group.First().Name);
                continue;
            }

            var words = group.Select(a => a.Name).Where(n => n.Length > 2 && n.All(c => char.IsLetter(c) || c is ' ' or '-')).Distinct().ToList();
            if (words.Count > 0)
            {
                files["actors/sectors.tsv"].Add($"{group.Key}\t{string.Join('|', words)}");
            }
        }

        foreach (var discard in Discards)
        {
            Report.Skip("discard phrases (Dyad has no discard stage; not applied)", discard);
        }

        var summary = new List<string>
        {
            $"verb dictionary: {blocks} verb blocks, {patterns} patterns, {Verbs.Sum(v => v.Synonyms.Count)} synonym sets read; {verbs.Count} Dyad verb patterns written",
            $"actors: {Actors.Count} entries read ({persons} with dated roles); {files["actors/leaders.tsv"].Count} tenures, {files["actors/regions.tsv"].Count} state names, " +
                $"{files["actors/groups.tsv"].Count} groups, {files["actors/organizations.tsv"].Count} organisations written",
            $"agents: {Agents.Count} read; {files["actors/sectors.tsv"].Count} role-word lines written; discards: {Discards.Count} read",
        };
        return (files, summary);
    }

    private sealed record ConvertedPattern(string Code, string Words, string Options);

    private ConvertedPattern? ConvertPattern(PetrarchPattern pattern, PetrarchVerbDictionary dictionary, CameoTable cameo)
    {
        if (pattern.Before.Any(t => t is not ("$" or "+" or "%")))
        {
            Report.Skip("patterns with words before the verb (Dyad patterns start at the verb)", pattern.Text);
            return null;
        }

        var code = pattern.Code == "---" ? "-" : Code(pattern.Code, cameo, pattern.Text);
        if (code is null)
        {
            return null;
        }

        var elements = new List<string>();
        string? prep = null;
        foreach (var raw in pattern.After)
        {
            var token = raw.Trim('(', ')', '{', '}');
            if (token.Length == 0)
            {
                continue;
            }

            switch (token)
            {
                case "+":
                    if (elements.Count > 0 && Prepositions.Contains(elements[^1]))
                    {
                        prep = elements[^1];
                        elements.RemoveAt(elements.Count - 1);
                    }

                    continue;
                case "$" or "%":
                    continue;
            }

            if (token.StartsWith('&'))
            {
                if (!dictionary.Synonyms.TryGetValue(token, out var set) || set.Count == 0)
                {
                    Report.Skip("patterns naming an unknown synonym set", pattern.Text);
                    return null;
                }

                // Dyad's pattern words are separated by spaces; "_" keeps a multi-word synonym ("fighter jet") one alternative.
                elements.Add(string.Join('|', set.Select(w => PetrarchVerbDictionary.Word(w).Replace(' ', '_')).Where(w => w.Length > 0).Distinct()));
                continue;
            }

            if (token.Any(c => c is '|' or '@' or '[' or ']' or '*' or '=' or '<' or '>' or '^' or '~'))
            {
                Report.Skip("pattern words with characters Dyad reads otherwise", pattern.Text);
                return null;
            }

            elements.Add(PetrarchVerbDictionary.Word(token));
        }

        // PETRARCH matches a pattern's words in order with others between them; Dyad's "*" allows up to five.
        var words = elements.Count == 0 ? string.Empty : " * " + string.Join(" * ", elements);
        return new ConvertedPattern(code, words, prep is null ? string.Empty : "prep=" + prep);
    }

    private string? Code(string code, CameoTable cameo, string where)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
        {
            if (c.All(char.IsAsciiDigit) && cameo.TryGet(c, out _))
            {
                if (c != code)
                {
                    Report.Skip("codes outside Dyad's CAMEO table (their parent code is used)", $"{code} {where}");
                }

                return c;
            }

            if (c.Length == 2)
            {
                break;
            }
        }

        Report.Skip("codes Dyad's CAMEO table does not have", $"{code} {where}");
        return null;
    }

    private static string? Country(string code, IReadOnlySet<string> countries) =>
        code.Length >= 3 && countries.Contains(code[..3]) && (code.Length == 3 || code.Length >= 6) ? code[..3] : null;

    /// <summary>A PETRARCH name as Dyad writes names: capitalised words; a short one-word name in capitals (matches only capitals).</summary>
    private static string? DyadName(string name)
    {
        if (name.Length < 2 || name.Any(c => c is '|' or '\t' or '{' or '}' or '[' or ']' or '!' or '*' or '&'))
        {
            return null;
        }

        if (!name.Contains(' ', StringComparison.Ordinal) && name.Length <= 3)
        {
            return name.ToUpperInvariant();
        }

        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static void Add(List<string> lines, HashSet<string> seen, string line)
    {
        if (seen.Add(line))
        {
            lines.Add(line);
        }
    }

    private static HashSet<string> CountryCodes(string dataDirectory) =>
        File.ReadLines(Path.Combine(dataDirectory, "actors", "countries.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);

    private static string CacheKey(string dataDirectory, string dictionaryDirectory, bool only)
    {
        var text = new StringBuilder(only ? "only|" : "add|").Append(typeof(PetrarchDictionaries).Assembly.ManifestModule.ModuleVersionId).Append('|');
        foreach (var dir in new[] { dataDirectory, dictionaryDirectory })
        {
            foreach (var file in Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                text.Append(file).Append(info.Length).Append(info.LastWriteTimeUtc.Ticks).Append('|');
            }
        }

        return System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }
}
