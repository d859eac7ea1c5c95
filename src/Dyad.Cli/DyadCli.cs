using System.CommandLine;
using Dyad.Cli.Commands;

namespace Dyad.Cli;

/// <summary>The dyad command line: one root command with a subcommand per job.</summary>
public static class DyadCli
{
    public static RootCommand Build() => new("Dyad: who did what to whom, and when. Sourced, CAMEO-coded event histories of international relations from text.")
    {
        IngestCommand.Create(),
        ImportCommand.Create(),
        EventsCommand.Create(),
        EvalCommand.Create(),
        ExtractCommand.Create(),
        ExplainCommand.Create(),
        DocumentsCommand.Create(),
        SeriesCommand.Create(),
        ErasCommand.Create(),
        ConflictsCommand.Create(),
        TriangleCommand.Create(),
        ChronologyCommand.Create(),
        PanelCommand.Create(),
        ChartCommand.Create(),
        ServeCommand.Create(),
    };

    /// <summary>Runs the command line; mistakes the user can fix print one line and return 2.</summary>
    public static int Run(string[] args)
    {
        try
        {
            var parse = Build().Parse(args);
            if (args.Length > 0 && UsageCheck.Problem(parse) is { } problem)
            {
                Console.Error.WriteLine($"dyad: {problem}");
                return 2;
            }

            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliError ex)
        {
            Console.Error.WriteLine($"dyad: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or InvalidDataException or InvalidOperationException
                                       or UnauthorizedAccessException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine($"dyad: {ex.Message}");
            return 2;
        }
    }
}
