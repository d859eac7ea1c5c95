using System.CommandLine;
using Dyad.Analysis.Exports;
using Dyad.Analysis.Model;
using Dyad.Core.Cameo;
using Dyad.Core.Data;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad events [--dyad PAK-RUS] [--actor] [--from] [--to] [--code] [--quad] [--format]</c>: query and export.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var dyad = new Option<string?>("--dyad") { Description = "Two actors: PAK-RUS (either direction) or PAK>RUS (PAK acting on RUS)" };
        var actor = new Option<string?>("--actor") { Description = "Events where this actor is source or target (PAK, or PAKMIL for one role)" };
        var from = new Option<int?>("--from") { Description = "From this year (undated events are left out)" };
        var to = new Option<int?>("--to") { Description = "Up to this year (undated events are left out)" };
        var code = new Option<string?>("--code") { Description = "A CAMEO code or prefix: 04 for all consultations, 042 for visits" };
        var quad = new Option<string?>("--quad") { Description = "Quad classes: 1-4, 3, or 1,2 (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)" };
        var doc = new Option<string?>("--doc") { Description = "Only this document (file name or path)" };
        var limit = new Option<int?>("--limit") { Description = "At most this many events" };
        var format = new Option<EventFormat>("--format")
        {
            Description = "table, csv, tsv, jsonl, gdelt (GDELT 2.0 events), icews (ICEWS coded events), plover (PLOVER JSON Lines) or parquet (with -o)",
            DefaultValueFactory = _ => EventFormat.Table,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of the terminal" };
        var command = new Command("events", "List stored events, filtered, as a table or an export")
        {
            db, data, dyad, actor, from, to, code, quad, doc, limit, format, output,
        };
        command.SetAction(parse =>
        {
            var query = BuildQuery(parse.GetValue(dyad), parse.GetValue(actor), parse.GetValue(from), parse.GetValue(to), parse.GetValue(code),
                parse.GetValue(quad), parse.GetValue(doc), parse.GetValue(limit));
            var database = parse.GetValue(db)!;
            if (!EventStores.Exists(database))
            {
                throw new CliError($"no database at {Path.GetFullPath(database)}; run 'dyad ingest PATH --db {database}' first");
            }

            var dataDirectory = DataDirectory.Resolve(parse.GetValue(data));
            var cameo = CameoTable.Load(Path.Combine(dataDirectory, "cameo", "codes.tsv"));
            using var store = EventStores.OpenForReading(database);
            var path = parse.GetValue(output);
            if (parse.GetValue(format) == EventFormat.Parquet)
            {
                var written = WriteParquet(store.QueryEvents(query), path);
                Console.Error.WriteLine($"{written} events written to {Path.GetFullPath(path!)}");
                return 0;
            }

            using var writer = path is null ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            var target = writer ?? Console.Out;
            var width = path is null && !Console.IsOutputRedirected ? SafeWindowWidth() : 200;
            var count = new EventWriter(cameo, target, width, ActorNames.Load(dataDirectory)).Write(store.QueryEvents(query), parse.GetValue(format));
            target.Flush();
            if (path is not null)
            {
                Console.Error.WriteLine($"{count} events written to {Path.GetFullPath(path)}");
            }

            return 0;
        });
        return command;
    }

    private static int WriteParquet(IEnumerable<EventRecord> events, string? path)
    {
        if (path is null)
        {
            throw new CliError("--format parquet writes a binary file: give it one with -o FILE.parquet");
        }

        using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        return ParquetEvents.WriteAsync(events, file).GetAwaiter().GetResult();
    }

    internal static EventQuery BuildQuery(string? dyad, string? actor, int? from, int? to, string? code, string? quad, string? doc, int? limit)
    {
        var query = new EventQuery { Actor = actor?.ToUpperInvariant(), FromYear = from, ToYear = to, Document = doc, Limit = limit };
        if (dyad is not null)
        {
            try
            {
                var (a, b, directed) = EventQuery.ParseDyad(dyad);
                query = query with { DyadA = a, DyadB = b, Directed = directed };
            }
            catch (FormatException ex)
            {
                throw new CliError(ex.Message);
            }
        }

        if (code is not null)
        {
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            {
                throw new CliError($"--code '{code}' is not a CAMEO code or prefix (two to four digits, e.g. 04 or 042)");
            }

            query = query with { CodePrefix = code };
        }

        if (quad is not null)
        {
            query = query with { Quads = ParseQuads(quad) };
        }

        if (from is { } f && to is { } t && f > t)
        {
            throw new CliError($"--from {f} is after --to {t}");
        }

        return query;
    }

    internal static List<int> ParseQuads(string text)
    {
        var quads = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-');
            if (range.Length is < 1 or > 2 || !range.All(r => int.TryParse(r, out var q) && q is >= 1 and <= 4))
            {
                throw new CliError($"--quad '{text}' is not a quad class list: use numbers 1-4, ranges like 1-2, separated by commas");
            }

            var lo = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
            var hi = int.Parse(range[^1], System.Globalization.CultureInfo.InvariantCulture);
            for (var q = Math.Min(lo, hi); q <= Math.Max(lo, hi); q++)
            {
                quads.Add(q);
            }
        }

        return [.. quads];
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 160;
        }
        catch (IOException)
        {
            return 160;
        }
    }
}
