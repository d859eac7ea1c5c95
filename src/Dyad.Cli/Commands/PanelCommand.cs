using System.CommandLine;
using System.Text;
using Dyad.Analysis.Panels;
using Dyad.Core.Actors;
using Dyad.Core.Data;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

public enum PanelFormat
{
    Csv,
    Parquet,
}

/// <summary><c>dyad panel [--by year|month] [--directed|--undirected] [--from] [--to] [--format csv|parquet] [--fill] [-o FILE]</c>.</summary>
internal static class PanelCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var by = new Option<string>("--by") { Description = "year or month", DefaultValueFactory = _ => "year" };
        var directed = new Option<bool>("--directed") { Description = "One row per source acting on target (the default)" };
        var undirected = new Option<bool>("--undirected") { Description = "One row per pair, either way round, in code order" };
        var from = new Option<int?>("--from") { Description = "From this year" };
        var to = new Option<int?>("--to") { Description = "Up to this year" };
        var format = new Option<PanelFormat>("--format") { Description = "csv or parquet (with -o)", DefaultValueFactory = _ => PanelFormat.Csv };
        var fill = new Option<bool>("--fill") { Description = "Add zero rows for the periods in which a dyad has no events (while both sides existed)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of the terminal" };
        var command = new Command("panel", "Dyad-year (or dyad-month) panel: events by QuadClass, Goldstein sum and mean, net cooperation, documents, with ISO, COW and GW codes")
        {
            db, data, by, directed, undirected, from, to, format, fill, output,
        };
        command.SetAction(parse =>
        {
            var unit = parse.GetValue(by)!.ToLowerInvariant();
            if (unit is not ("year" or "month"))
            {
                throw new CliError($"--by '{parse.GetValue(by)}' must be year or month");
            }

            if (parse.GetValue(directed) && parse.GetValue(undirected))
            {
                throw new CliError("--directed and --undirected exclude each other");
            }

            if (parse.GetValue(from) is { } f && parse.GetValue(to) is { } t && f > t)
            {
                throw new CliError($"--from {f} is after --to {t}");
            }

            var database = parse.GetValue(db)!;
            if (!EventStores.Exists(database))
            {
                throw new CliError($"no database at {Path.GetFullPath(database)}; run 'dyad ingest PATH --db {database}' first");
            }

            var codes = StateCodes.Load(Path.Combine(DataDirectory.Resolve(parse.GetValue(data)), "actors", "state-codes.tsv"));
            var byMonth = unit == "month";
            using var store = EventStores.OpenForReading(database);
            var cells = DyadPanel.Build(store, codes, byMonth, directed: !parse.GetValue(undirected), parse.GetValue(from), parse.GetValue(to), parse.GetValue(fill));
            var path = parse.GetValue(output);
            if (parse.GetValue(format) == PanelFormat.Parquet)
            {
                if (path is null)
                {
                    throw new CliError("--format parquet writes a binary file: give it one with -o FILE.parquet");
                }

                using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
                PanelWriter.WriteParquetAsync(cells, byMonth, file).GetAwaiter().GetResult();
            }
            else
            {
                using var file = path is null ? null : new StreamWriter(path, false, new UTF8Encoding(false));
                var writer = file ?? Console.Out;
                PanelWriter.WriteCsv(cells, byMonth, writer);
                writer.Flush();
            }

            if (path is not null)
            {
                Console.Error.WriteLine($"{cells.Count} dyad-{unit} rows written to {Path.GetFullPath(path)}");
            }

            return 0;
        });
        return command;
    }
}
