using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Dyad.Cli;

/// <summary>
/// Finds what is wrong with a command line before anything runs: a parse error, a word left over, or an unknown
/// option that the parser would otherwise take as a path ("--dictionaries X" read as two files to ingest).
/// Answers one line with a hint, so nothing is written on a mistyped command.
/// </summary>
internal static class UsageCheck
{
    /// <summary>"dyad import gdelt": the full path of a subcommand, not only its last word.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            if (c.Command is not RootCommand)
            {
                names.Insert(0, c.Command.Name);
            }
        }

        return string.Join(' ', names.Prepend("dyad"));
    }

    public static string? Problem(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var help = $"see '{CommandPath(parse.CommandResult)} --help'";
        var afterDoubleDash = AfterDoubleDash(parse);
        var unknown = parse.UnmatchedTokens.Concat(CommandArguments(parse.CommandResult))
            .FirstOrDefault(t => LooksLikeOption(t) && !afterDoubleDash.Contains(t));
        if (unknown is not null)
        {
            var options = string.Join(", ", LongNames(command));
            var hint = Nearest(unknown, command) is { } nearest ? $" (did you mean {nearest}?)" : options.Length > 0 ? $" (its options are {options})" : string.Empty;
            return $"unknown option '{unknown}'{hint}; {help}";
        }

        var error = parse.Errors.FirstOrDefault(e => !e.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal));
        if (error is not null)
        {
            return $"{error.Message.TrimEnd('.')}; {help}";
        }

        if (parse.UnmatchedTokens.Count > 0)
        {
            return $"unexpected argument '{parse.UnmatchedTokens[0]}'; {help}";
        }

        return parse.Errors.Count > 0 ? $"{parse.Errors[0].Message.TrimEnd('.')}; {help}" : null;
    }

    private static IEnumerable<string> LongNames(Command command) =>
        command.Options.Where(o => !o.Hidden).Select(o => o.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal) && n is not "--help" and not "--version");

    private static IEnumerable<string> CommandArguments(CommandResult result) =>
        result.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value);

    private static HashSet<string> AfterDoubleDash(ParseResult parse)
    {
        var index = parse.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        return index < 0 ? [] : [.. parse.Tokens.Skip(index + 1).Select(t => t.Value)];
    }

    /// <summary>A dash and a letter: "-x", "--max"; a negative number is a value, not an option.</summary>
    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string? Nearest(string unknown, Command command)
    {
        var name = unknown.Split('=', 2)[0];
        var candidates = LongNames(command);
        var best = candidates.Select(c => (Name: c, Distance: Distance(name, c))).OrderBy(c => c.Distance).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, name.Length / 3) ? best.Name : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
