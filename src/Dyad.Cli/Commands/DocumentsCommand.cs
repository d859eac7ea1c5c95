using System.CommandLine;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad documents [--db FILE]</c>: what the store holds.</summary>
internal static class DocumentsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var command = new Command("documents", "List the stored documents with their sentence and event counts") { db };
        command.SetAction(parse =>
        {
            var database = parse.GetValue(db)!;
            if (!EventStores.Exists(database))
            {
                throw new CliError($"no database at {Path.GetFullPath(database)}");
            }

            using var store = EventStores.OpenForReading(database);
            var documents = store.ListDocuments();
            Console.WriteLine($"{"SENTENCES",9} {"EVENTS",7}  {"PUBLISHED",-10}  DOCUMENT");
            foreach (var d in documents)
            {
                Console.WriteLine($"{d.Sentences,9} {d.Events,7}  {d.Published ?? "-",-10}  {d.Name}{(d.Title is { } t ? "  — " + t : string.Empty)}");
            }

            var stats = store.Stats();
            Console.WriteLine($"{stats.Documents} documents, {stats.Sentences} sentences, {stats.Events} events");
            return 0;
        });
        return command;
    }
}
