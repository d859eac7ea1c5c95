using System.Globalization;

namespace Dyad.Extraction.Dictionaries;

/// <summary>A role an actor holds: its PETRARCH code (PAKGOV, IGOUNO) and, when dated, the days it starts and ends.</summary>
public sealed record PetrarchRole(string Code, DateOnly? From, DateOnly? To);

/// <summary>An actor entry: its name and synonyms (plain lower-case text) and its roles, dated or not.</summary>
public sealed record PetrarchActor(IReadOnlyList<string> Names, IReadOnlyList<PetrarchRole> Roles);

/// <summary>An agent (Phoenix.agents.txt): a noun and the role code it gives ("FARMER [~AGR]": AGR).</summary>
public sealed record PetrarchAgent(string Name, string Code);

/// <summary>
/// PETRARCH actor, agent and discard dictionaries. Actors: a name line ("ZULFIKAR_ALI_BHUTTO_", optionally with
/// "[CODE]"), "+SYNONYM" lines, and indented role lines "[PAKGOV 711220-730813]" (YYMMDD or YYYYMMDD; "&gt;date" from,
/// "&lt;date" until). Agents: "NAME [~XXX]" with !MACRO! = A, B substitutions. Discards: one phrase a line.
/// </summary>
public static class PetrarchActors
{
    public static List<PetrarchActor> LoadActors(string path, DictionaryReport report)
    {
        var actors = new List<PetrarchActor>();
        List<string>? names = null;
        List<PetrarchRole>? roles = null;

        void Close()
        {
            if (names is { Count: > 0 } && roles is { Count: > 0 })
            {
                actors.Add(new PetrarchActor(names, roles));
            }
            else if (names is { Count: > 0 })
            {
                report.Skip("actor entries without a code", names[0]);
            }

            names = null;
            roles = null;
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = PetrarchVerbDictionary.StripComment(raw);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indented = char.IsWhiteSpace(line[0]);
            var text = line.Trim();
            if (indented || text.StartsWith('['))
            {
                if (roles is null)
                {
                    report.Skip("role lines before any actor name", text);
                    continue;
                }

                foreach (var role in Roles(text, report))
                {
                    roles.Add(role);
                }

                continue;
            }

            var synonym = text.StartsWith('+');
            if (!synonym)
            {
                Close();
                names = [];
                roles = [];
            }
            else if (names is null)
            {
                report.Skip("synonym lines before any actor name", text);
                continue;
            }

            var open = text.IndexOf('[', StringComparison.Ordinal);
            var name = (open >= 0 ? text[..open] : text).TrimStart('+').Trim();
            if (name.Length > 0)
            {
                names!.Add(PetrarchVerbDictionary.Word(name));
            }

            if (open >= 0)
            {
                roles!.AddRange(Roles(text[open..], report));
            }
        }

        Close();
        return actors;
    }

    public static List<PetrarchAgent> LoadAgents(string path, DictionaryReport report)
    {
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var agents = new List<PetrarchAgent>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = PetrarchVerbDictionary.StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('!') && line.Contains('=', StringComparison.Ordinal))
            {
                var parts = line.Split('=', 2);
                macros[parts[0].Trim()] = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }

            var open = line.IndexOf("[~", StringComparison.Ordinal);
            var close = line.IndexOf(']', StringComparison.Ordinal);
            if (open < 0 || close < open)
            {
                report.Skip("agent lines without a [~CODE]", line);
                continue;
            }

            var code = line[(open + 2)..close].Trim();
            var name = line[..open].Trim();
            foreach (var expanded in Expand(name, macros, report))
            {
                agents.Add(new PetrarchAgent(PetrarchVerbDictionary.Word(expanded), code));
            }
        }

        return agents;
    }

    public static List<string> LoadDiscards(string path) =>
        File.ReadLines(path).Select(l => PetrarchVerbDictionary.StripComment(l).Trim()).Where(l => l.Length > 0)
            .Select(l => PetrarchVerbDictionary.Word(l.TrimStart('+'))).ToList();

    private static IEnumerable<string> Expand(string name, Dictionary<string, string[]> macros, DictionaryReport report)
    {
        var start = name.IndexOf('!', StringComparison.Ordinal);
        if (start < 0)
        {
            return [name];
        }

        var end = name.IndexOf('!', start + 1);
        if (end < 0 || !macros.TryGetValue(name[start..(end + 1)], out var values))
        {
            report.Skip("agents with an unknown !MACRO!", name);
            return [];
        }

        return values.SelectMany(v => Expand(name[..start] + v + name[(end + 1)..], macros, report));
    }

    private static IEnumerable<PetrarchRole> Roles(string text, DictionaryReport report)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf(']', open);
            if (close < 0)
            {
                report.Skip("role codes without a closing ]", text);
                yield break;
            }

            var parts = text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 1 or 2 && parts[0].Length >= 3)
            {
                if (parts.Length == 1)
                {
                    yield return new PetrarchRole(parts[0], null, null);
                }
                else if (Span(parts[1]) is var (from, to, ok) && ok)
                {
                    yield return new PetrarchRole(parts[0], from, to);
                }
                else
                {
                    report.Skip("role dates Dyad cannot read", text);
                }
            }
            else
            {
                report.Skip("role codes Dyad cannot read", text);
            }

            open = text.IndexOf('[', close);
        }
    }

    private static (DateOnly? From, DateOnly? To, bool Ok) Span(string text)
    {
        if (text.StartsWith('>'))
        {
            return Date(text[1..]) is { } d ? (d, null, true) : (null, null, false);
        }

        if (text.StartsWith('<'))
        {
            return Date(text[1..]) is { } d ? (null, d, true) : (null, null, false);
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Date(text[..dash]) is { } a && Date(text[(dash + 1)..]) is { } b ? (a, b, true) : (null, null, false);
    }

    /// <summary>YYYYMMDD, or YYMMDD read as PETRARCH does: years up to 30 are 20xx, later ones 19xx.</summary>
    internal static DateOnly? Date(string text)
    {
        if (text.Length == 6 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            var yy = int.Parse(text[..2], CultureInfo.InvariantCulture);
            text = (yy <= 30 ? "20" : "19") + text;
        }

        return text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
