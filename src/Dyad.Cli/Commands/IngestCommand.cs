using System.CommandLine;
using System.Globalization;
using Dyad.Extraction.Pipeline;
using Dyad.Ingestion;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad ingest PATH... [--db FILE]</c>: reads files and folders into the store.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders (searched recursively) of .txt, .md and .html documents", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var dictionaries = CommonOptions.Dictionaries();
        var dictionariesOnly = CommonOptions.DictionariesOnly();
        var maxSize = CommonOptions.MaxSize();
        var jobs = new Option<int>("--jobs") { Description = "Worker threads for reading and extraction", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar" };
        var prune = new Option<bool>("--prune") { Description = "Remove stored documents under the given folders whose files were deleted" };
        var command = new Command("ingest", "Read documents, code their events and store them (re-ingesting unchanged files adds nothing)")
        {
            paths, db, data, dictionaries, dictionariesOnly, maxSize, jobs, quiet, prune,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(db)!,
            CommonOptions.ResolveData(parse.GetValue(data), parse.GetValue(dictionaries), parse.GetValue(dictionariesOnly)), parse.GetValue(maxSize), parse.GetValue(jobs), parse.GetValue(quiet), parse.GetValue(prune)));
        return command;
    }

    private static int Run(string[] paths, string database, string? data, double maxSizeMb, int jobs, bool quiet, bool prune)
    {
        var maxBytes = CommonOptions.MaxBytes(maxSizeMb);
        var lexicons = Lexicons.Load(data);
        var (found, missing) = Dyad.Ingestion.Reading.DocumentFinder.Find(paths);
        if (found.Count == 0 && missing.Count == paths.Length)
        {
            // Nothing to read at all: say so without opening (and so creating) an empty store.
            foreach (var path in missing)
            {
                Console.Error.WriteLine(new IngestNote(path, "missing", "no such file or folder"));
            }

            Console.Error.WriteLine($"dyad: none of the given paths exists; nothing was read and {EventStores.Describe(database)} was not touched");
            return ExitCodes.SomeFailed;
        }

        using var store = EventStores.Open(database);
        var service = new IngestService(lexicons, store);
        var options = new IngestOptions { MaxBytes = maxBytes, Workers = Math.Max(1, jobs), Prune = prune };
        var interactive = !quiet && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        IngestSummary summary;
        if (interactive)
        {
            var notes = new List<IngestNote>();
            summary = AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Ingesting", maxValue: 1);
                    var progress = new Progress<IngestProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.FilesTotal);
                        task.Value = p.FilesDone;
                        task.Description = $"{p.FilesDone}/{p.FilesTotal} files, {p.Events} events";
                    });
                    return service.Run(paths, options, progress, notes.Add);
                });
            foreach (var note in notes)
            {
                Console.Error.WriteLine(note);
            }
        }
        else
        {
            summary = service.Run(paths, options, null, note => Console.Error.WriteLine(note));
        }

        var removed = summary.Removed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {summary.Removed} removed") : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Ingested} document(s) ingested ({summary.Unchanged} unchanged, {summary.Duplicates} duplicate, {summary.Skipped} skipped, {summary.Failed} failed{removed}): " +
            $"{summary.Sentences} sentences, {summary.Events} events in {summary.Seconds:0.00} s -> {EventStores.Describe(database)}"));
        if (summary.Gone > 0)
        {
            Console.Error.WriteLine($"dyad: {summary.Gone} stored document(s) under the given folder(s) have no file any more and were kept; --prune removes them");
        }

        if (summary.Failed > 0)
        {
            Console.Error.WriteLine($"dyad: {summary.Failed} file(s) failed (see the lines above); everything else was stored whole");
        }

        return summary.ExitCode;
    }
}
