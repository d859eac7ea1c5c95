using System.CommandLine;
using System.Text;
using Dyad.Analysis;
using Dyad.Analysis.Chronology;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad chronology PAK-RUS [--format md|html|csv] [-o FILE]</c>: the deduplicated timeline with its sources.</summary>
internal static class ChronologyCommand
{
    public static Command Create()
    {
        var dyad = new Argument<string>("dyad") { Description = "PAK-RUS (either direction) or PAK>RUS" };
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var format = new Option<ChronologyFormat>("--format") { Description = "md, html or csv", DefaultValueFactory = _ => ChronologyFormat.Md };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of the terminal" };
        var command = new Command("chronology", "The timeline of a dyad: one line per real happening, with every source that reports it and where they disagree")
        {
            dyad, db, data, format, output,
        };
        command.SetAction(parse =>
        {
            using var context = AnalysisContext.Open(parse.GetValue(db)!, parse.GetValue(data));
            var spec = AnalysisContext.ParseDyad(parse.GetValue(dyad)!);
            var loaded = context.Analyzer.LoadWithImported(spec);
            var entries = DyadAnalyzer.Chronology(loaded, spec);
            var path = parse.GetValue(output);
            using var file = path is null ? null : new StreamWriter(path, false, new UTF8Encoding(false));
            var writer = file ?? Console.Out;
            ChronologyWriter.Write(writer, context.Reports, context.Names.Title(spec), entries, parse.GetValue(format));
            writer.Flush();
            if (path is not null)
            {
                Console.Error.WriteLine($"{entries.Count} happenings written to {Path.GetFullPath(path)}");
            }

            return 0;
        });
        return command;
    }

}
