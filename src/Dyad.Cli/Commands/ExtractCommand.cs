using System.CommandLine;
using Dyad.Analysis.Exports;
using Dyad.Extraction.Pipeline;
using Dyad.Ingestion;
using Dyad.Ingestion.Reading;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad extract PATH...</c>: codes documents and prints their events without storing anything.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to read", Arity = ArgumentArity.OneOrMore };
        var data = CommonOptions.Data();
        var dictionaries = CommonOptions.Dictionaries();
        var dictionariesOnly = CommonOptions.DictionariesOnly();
        var maxSize = CommonOptions.MaxSize();
        var format = new Option<EventFormat>("--format") { Description = "table, csv, tsv, jsonl, gdelt, icews or plover", DefaultValueFactory = _ => EventFormat.Table };
        var command = new Command("extract", "Code documents and print their events, without a database") { paths, data, dictionaries, dictionariesOnly, maxSize, format };
        command.SetAction(parse =>
        {
            var maxBytes = CommonOptions.MaxBytes(parse.GetValue(maxSize));
            var lexicons = Lexicons.Load(CommonOptions.ResolveData(parse.GetValue(data), parse.GetValue(dictionaries), parse.GetValue(dictionariesOnly)));
            var pipeline = new ExtractionPipeline(lexicons);
            var reader = new DocumentReader(maxBytes);
            var (files, missing) = DocumentFinder.Find(parse.GetValue(paths)!);
            foreach (var m in missing)
            {
                Console.Error.WriteLine($"missing {m}: no such file or folder");
            }

            var writer = new EventWriter(lexicons.Cameo, Console.Out, Console.IsOutputRedirected ? 200 : 160);
            var failed = missing.Count;
            var read = 0;
            var records = files.SelectMany(file =>
            {
                try
                {
                    var result = reader.Read(file);
                    if (result.Document is not { } document)
                    {
                        failed += result.Failed ? 1 : 0;
                        Console.Error.WriteLine($"{(result.Failed ? "failed" : "skipped")} {file}: {result.Problem}");
                        return [];
                    }

                    read++;
                    var extraction = pipeline.Extract(document.Text, document.ContentHash, document.Metadata);
                    return extraction.Events.Select(e => EventRecord.FromExtraction(document.FileName, document.Path, document.Text, extraction, e)).ToList();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // One bad document is reported and the others are still coded.
                    failed++;
                    Console.Error.WriteLine($"failed {file}: {ex.GetType().Name}: {ex.Message}");
                    return [];
                }
            });
            writer.Write(records, parse.GetValue(format));
            return failed > 0 ? ExitCodes.SomeFailed : read > 0 ? ExitCodes.Ok : ExitCodes.NothingRead;
        });
        return command;
    }
}
