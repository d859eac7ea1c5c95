using System.CommandLine;

namespace Dyad.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "dyad.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite database file",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string?> Data() => new("--data")
    {
        Description = "Folder of lexicons to use instead of the installed ones (see data/ in the repository)",
    };

    public static Option<string?> Dictionaries() => new("--dictionaries")
    {
        Description = "Folder of PETRARCH/TABARI dictionaries (CAMEO verb dictionary, *.actors.txt, agents, discards) to use besides Dyad's lexicons",
    };

    public static Option<bool> DictionariesOnly() => new("--dictionaries-only")
    {
        Description = "Use the --dictionaries folder's verb patterns and named actors instead of Dyad's own",
    };

    public static Option<double> MaxSize() => new("--max-size")
    {
        Description = "Skip files larger than this many megabytes",
        DefaultValueFactory = _ => 32,
    };

    /// <summary>The --max-size value in bytes; a clear error when it is not a positive number.</summary>
    public static long MaxBytes(double megabytes) => megabytes > 0 && double.IsFinite(megabytes)
        ? (long)Math.Min(megabytes * 1024 * 1024, long.MaxValue / 2)
        : throw new CliError("--max-size must be a positive number of megabytes");

    /// <summary>
    /// The lexicon folder to load: --data (or the installed one), with --dictionaries converted into it. What the
    /// conversion read and left out is printed once, on standard error.
    /// </summary>
    public static string? ResolveData(string? data, string? dictionaries, bool only)
    {
        if (dictionaries is null)
        {
            return only ? throw new CliError("--dictionaries-only needs --dictionaries DIR") : data;
        }

        var (overlay, summary) = Dyad.Extraction.Dictionaries.PetrarchDictionaries.Overlay(Dyad.Core.Data.DataDirectory.Resolve(data), dictionaries, only);
        foreach (var line in summary)
        {
            Console.Error.WriteLine($"dictionaries: {line}");
        }

        return overlay;
    }
}
