namespace Dyad.Analysis.Model;

/// <summary>Display names for actor codes ("PAK" is Pakistan), read from the actor lexicons in data/actors.</summary>
public sealed class ActorNames
{
    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["GOV"] = "government", ["MIL"] = "military", ["REB"] = "rebels", ["INS"] = "insurgents", ["SEP"] = "separatists",
        ["OPP"] = "opposition", ["TAL"] = "Taliban", ["MED"] = "media", ["LEG"] = "legislature", ["SPY"] = "intelligence",
        ["BUS"] = "business", ["UAF"] = "armed group",
    };

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public static ActorNames Empty { get; } = new();

    public static ActorNames Load(string dataDirectory)
    {
        var names = new ActorNames();
        names.Read(Path.Combine(dataDirectory, "actors", "countries.tsv"), codeColumn: 0, nameColumn: 1);
        names.Read(Path.Combine(dataDirectory, "actors", "organizations.tsv"), codeColumn: 0, nameColumn: 1);
        return names;
    }

    /// <summary>"Pakistan – Russia" (either way round) or "Pakistan → Russia" (directed), as titles name a dyad.</summary>
    public string Title(DyadSpec dyad) => $"{Of(dyad.A)}{(dyad.Directed ? " → " : " – ")}{Of(dyad.B)}";

    /// <summary>"Pakistan", "Afghanistan (rebels)", "SCO" for an unknown code.</summary>
    public string Of(string? code)
    {
        if (code is null)
        {
            return string.Empty;
        }

        if (_names.TryGetValue(code, out var name))
        {
            return name;
        }

        if (code.Length == 6 && _names.TryGetValue(code[..3], out var country))
        {
            return Roles.TryGetValue(code[3..], out var role) ? $"{country} ({role})" : country;
        }

        return code;
    }

    private void Read(string path, int codeColumn, int nameColumn)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var c = line.Split('\t');
            if (c.Length > nameColumn && c[codeColumn].Length > 0)
            {
                _names.TryAdd(c[codeColumn].Trim(), c[nameColumn].Split('|')[0].Trim().TrimStart('^'));
            }
        }
    }
}
