using System.CommandLine;
using System.Globalization;
using Dyad.Core.Data;
using Dyad.Ingestion.Import;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad import gdelt|icews FILE... [--db]</c>: event datasets coded elsewhere, into the store.</summary>
internal static class ImportCommand
{
    public static Command Create() => new("import", "Import events coded elsewhere (GDELT, ICEWS) into the store; re-importing the same rows adds nothing")
    {
        Dataset(Ingestion.Import.Dataset.Gdelt, "gdelt", "GDELT 1.0 (57/58 columns) or 2.0 (61 columns) event exports and 2.0 mentions files, tab-separated, plain or .zip"),
        Dataset(Ingestion.Import.Dataset.Icews, "icews", "ICEWS coded-event files (tab-separated, with their header row), plain or .zip"),
    };

    private static Command Dataset(Dataset dataset, string name, string description)
    {
        var files = new Argument<string[]>("files") { Description = "Dataset files", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar" };
        var command = new Command(name, description) { files, db, data, quiet };
        command.SetAction(parse => Run(dataset, parse.GetValue(files)!, parse.GetValue(db)!, parse.GetValue(data), parse.GetValue(quiet)));
        return command;
    }

    private static int Run(Dataset dataset, string[] files, string database, string? data, bool quiet)
    {
        var missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            throw new CliError($"no such file: {missing}");
        }

        var tables = ImportTables.Load(DataDirectory.Resolve(data));
        using var store = EventStores.Open(database);
        var service = new ImportService(tables, store);
        var interactive = !quiet && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        ImportSummary summary;
        if (interactive)
        {
            var notes = new List<string>();
            summary = AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Importing", maxValue: Math.Max(1, files.Length));
                    var progress = new Progress<ImportProgress>(p =>
                    {
                        task.Value = p.FilesDone;
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.FilesDone}/{p.FilesTotal} files, {p.Rows:N0} rows, {p.Added:N0} new events");
                    });
                    return service.Run(dataset, files, progress, notes.Add);
                });
            foreach (var note in notes)
            {
                Console.Error.WriteLine(note);
            }
        }
        else
        {
            summary = service.Run(dataset, files, null, Console.Error.WriteLine);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Files} file(s), {summary.Rows:N0} rows: {summary.Added:N0} new events ({summary.AlreadyStored:N0} already stored), " +
            $"{summary.MentionsAdded:N0} new mentions ({summary.Mentions - summary.MentionsAdded:N0} already stored), {summary.BadRows:N0} bad rows skipped " +
            $"in {summary.Seconds:0.00} s -> {EventStores.Describe(database)}"));
        return summary.ExitCode;
    }
}
