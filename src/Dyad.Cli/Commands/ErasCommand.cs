using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dyad.Analysis.Eras;
using Dyad.Analysis.Index;
using Dyad.Analysis.Reports;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eras PAK-RUS [--penalty F] [--min-years N] [--direct] [--format]</c>: eras and turning points.</summary>
internal static class ErasCommand
{
    public static Command Create()
    {
        var dyad = new Argument<string>("dyad") { Description = "PAK-RUS (either direction) or PAK>RUS" };
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var penalty = new Option<double>("--penalty") { Description = "Penalty factor per era (higher: fewer eras)", DefaultValueFactory = _ => new EraOptions().PenaltyFactor };
        var minYears = new Option<int>("--min-years") { Description = "Shortest era in years", DefaultValueFactory = _ => new EraOptions().MinYears };
        var direct = new Option<bool>("--direct") { Description = "Segment the dyad's own events only (no statements, no third parties)" };
        var format = new Option<ReportFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => ReportFormat.Table };
        var command = new Command("eras", "Split the relationship into eras at its turning points (PELT change points on the yearly index)")
        {
            dyad, db, data, penalty, minYears, direct, format,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(penalty) < 0 || parse.GetValue(minYears) < 1)
            {
                throw new CliError("--penalty must be at least 0 and --min-years at least 1");
            }

            using var context = AnalysisContext.Open(parse.GetValue(db)!, parse.GetValue(data));
            var spec = AnalysisContext.ParseDyad(parse.GetValue(dyad)!);
            var loaded = context.Analyzer.Load(spec);
            var eras = context.Analyzer.Eras(loaded, spec, new EraOptions { PenaltyFactor = parse.GetValue(penalty), MinYears = parse.GetValue(minYears) },
                parse.GetValue(direct) ? IndexOptions.DirectOnly : null);
            Write(Console.Out, context.Names.Title(spec), eras, parse.GetValue(format));
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, string title, IReadOnlyList<Era> eras, ReportFormat format)
    {
        if (format == ReportFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(eras.Select(ReportMapper.Era), JsonOptions.Indented));
            return;
        }

        output.WriteLine($"{title}: {eras.Count} era(s)");
        foreach (var e in eras)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{e.StartYear}-{e.EndYear}  {e.Character,-11}  mean tone {e.Tone,6:+0.00;-0.00}  ({e.Years} year(s) with evidence, weight {e.Weight:0.0})"));
            foreach (var d in e.Defining)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {d.Tone,5:+0.0;-0.0}  {d.Description}"));
                if (Reports.Quote(d) is { } quote)
                {
                    output.WriteLine($"           \"{Reports.Shorten(quote, 150)}\"");
                }
            }
        }
    }
}
