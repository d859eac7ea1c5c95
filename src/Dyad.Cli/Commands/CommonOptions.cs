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
}
