using System.CommandLine;
using Dyad.Cli.Commands;

var root = new RootCommand("Dyad: who did what to whom, and when. Sourced, CAMEO-coded event histories of international relations from text.")
{
    IngestCommand.Create(),
    EventsCommand.Create(),
    EvalCommand.Create(),
    ExtractCommand.Create(),
    DocumentsCommand.Create(),
    ExplainCommand.Create(),
};

try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CliError ex)
{
    Console.Error.WriteLine($"dyad: {ex.Message}");
    return 2;
}
catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException or IOException)
{
    Console.Error.WriteLine($"dyad: {ex.Message}");
    return 2;
}
