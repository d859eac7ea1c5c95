using System.CommandLine;
using System.Text;
using Dyad.Analysis.Charts;
using Dyad.Analysis.Index;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad chart PAK-RUS -o FILE.svg [--with USA,IND] [--from] [--to]</c>: the relationship at a glance.</summary>
internal static class ChartCommand
{
    public static Command Create()
    {
        var dyad = new Argument<string>("dyad") { Description = "PAK-RUS (either direction) or PAK>RUS" };
        var output = new Option<string>("--output", "-o") { Description = "The SVG file to write", Required = true };
        var with = new Option<string?>("--with") { Description = "Also draw each side's tone towards these third parties (comma-separated: USA,IND)" };
        var from = new Option<int?>("--from") { Description = "First year shown" };
        var to = new Option<int?>("--to") { Description = "Last year shown" };
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var command = new Command("chart", "Draw the relationship index over time with its eras, key events and, on request, third-party ties (SVG)")
        {
            dyad, output, with, from, to, db, data,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            if (!path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliError("--output must name an .svg file");
            }

            var parties = (parse.GetValue(with) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.ToUpperInvariant()).Distinct().ToList();
            using var context = AnalysisContext.Open(parse.GetValue(db)!, parse.GetValue(data));
            var spec = AnalysisContext.ParseDyad(parse.GetValue(dyad)!);
            var loaded = context.Analyzer.Load(spec, [.. parties]);
            var (fromYear, toYear) = (parse.GetValue(from), parse.GetValue(to));
            bool InRange(int year) => (fromYear is not { } f || year >= f) && (toYear is not { } t || year <= t);
            var index = context.Analyzer.Index(loaded, spec).Where(y => InRange(y.Year)).ToList();
            var eras = context.Analyzer.Eras(loaded, spec)
                .Where(e => InRange(e.StartYear) || InRange(e.EndYear))
                .Select(e => e with { StartYear = Math.Max(e.StartYear, fromYear ?? e.StartYear), EndYear = Math.Min(e.EndYear, toYear ?? e.EndYear) }).ToList();
            var markers = eras.SelectMany(e => e.Defining.Where(d => d.Cluster?.Date is not null).Take(1))
                .Select(d => new ChartMarker(d.Cluster!.Date!.Value.Year, d.Tone, Label(context, d))).ToList();
            var pairs = new RelationshipIndex(IndexOptions.DirectOnly with { Statements = true });
            pairs.Prepare(loaded.Clusters, loaded.Statements, [], loaded.Aggregates);
            var others = parties.Where(p => p != spec.A && p != spec.B)
                .SelectMany(p => new[] { spec.A, spec.B }.Select(side => new ChartSeries($"{side}–{p}", pairs.Direct(side, p).Where(y => InRange(y.Year)).ToList())))
                .Where(s => s.Points.Count > 0).ToList();
            var subtitle = $"Relationship index by year on the Goldstein scale; {eras.Count} eras; {loaded.Clusters.Count(c => c.Documents > 1)} happenings reported by more than one source";
            var svg = new SvgChart().Render($"{context.Names.Title(spec)} relations", subtitle, index, eras, markers, others);
            File.WriteAllText(path, svg, new UTF8Encoding(false));
            Console.Error.WriteLine($"chart written to {Path.GetFullPath(path)}");
            return 0;
        });
        return command;
    }

    private static string Label(AnalysisContext context, IndexEvidence d)
    {
        var e = d.Cluster!.Representative.Record;
        var label = $"{d.Cluster.Date!.Value.Year} {e.Source}{(e.Symmetric ? "–" : "→")}{e.Target} {context.CameoName(e.Cameo).ToLowerInvariant()}";
        return Reports.Shorten(label, 34);
    }
}
