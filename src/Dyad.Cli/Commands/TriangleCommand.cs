using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dyad.Analysis.Model;
using Dyad.Analysis.Reports;
using Dyad.Analysis.Triangles;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad triangle PAK RUS --with USA,IND,CHN,AFG</c>: the third parties around a dyad, era by era.</summary>
internal static class TriangleCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "One side of the dyad (PAK)" };
        var b = new Argument<string>("b") { Description = "The other side (RUS)" };
        var with = new Option<string>("--with") { Description = "Third parties, comma-separated (USA,IND,CHN,AFG)", Required = true };
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var format = new Option<ReportFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => ReportFormat.Table };
        var command = new Command("triangle", "Third parties: per era the tone of every edge and which triangles are balanced; per party how the dyad moves with its ties")
        {
            a, b, with, db, data, format,
        };
        command.SetAction(parse =>
        {
            var spec = AnalysisContext.ParseDyad($"{parse.GetValue(a)}-{parse.GetValue(b)}");
            var parties = parse.GetValue(with)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.ToUpperInvariant()).Distinct().ToList();
            if (parties.Count == 0 || parties.Any(p => p.Length < 2 || !p.All(char.IsAsciiLetterOrDigit)))
            {
                throw new CliError("--with takes actor codes separated by commas, e.g. USA,IND,CHN,AFG");
            }

            using var context = AnalysisContext.Open(parse.GetValue(db)!, parse.GetValue(data));
            var loaded = context.Analyzer.Load(spec, [.. parties]);
            var report = context.Analyzer.Triangle(loaded, spec, parties);
            if (parse.GetValue(format) == ReportFormat.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(ReportMapper.Triangle(report), JsonOptions.Indented));
            }
            else
            {
                Write(Console.Out, context, report);
            }

            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, AnalysisContext context, TriangleReport report)
    {
        var title = context.Names.Title(report.Dyad);
        output.WriteLine($"{title} and {string.Join(", ", report.Parties.Skip(2).Select(context.Names.Of))}");
        foreach (var era in report.Eras)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{era.Era.StartYear}-{era.Era.EndYear} ({era.Era.Character}, {era.Era.Tone:+0.0;-0.0})"));
            var known = era.Edges.Where(e => e.Tone is not null).ToList();
            output.WriteLine("  edges:     " + (known.Count == 0 ? "none with evidence" : string.Join("   ", known.Select(e =>
                string.Create(CultureInfo.InvariantCulture, $"{e.A}-{e.B} {e.Tone:+0.0;-0.0}{(e.Years < 2 ? "?" : string.Empty)}")))));
            var judged = era.Triangles.Where(t => t.Balanced is not null).ToList();
            output.WriteLine("  triangles: " + (judged.Count == 0 ? "none with all three edges known" : string.Join("   ", judged.Select(t =>
                $"{t.A}-{t.B}-{t.C} {(t.Balanced == true ? "balanced" : "UNBALANCED")}"))));
        }

        output.WriteLine();
        output.WriteLine($"What moves {title} (correlation of yearly tone with each side's tie to the party, lag in years; '?' = fewer than 5 years):");
        output.WriteLine($"  {"PARTY",-6} {"SCORE",5}  {"TIE",-8} {"LAG",3} {"R",6} {"YEARS",5}  BALANCED/UNBALANCED ERAS  EVIDENCE");
        var rank = 0;
        foreach (var p in report.Ranking)
        {
            rank++;
            var s = p.Strongest;
            var evidence = s?.Evidence.FirstOrDefault() is { } e ? Reports.Shorten(e.Description, 70) : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rank,2} {p.Party,-6} {p.Score,5:0.00}  {s?.Tie ?? "-",-8} {(s is null ? "-" : s.Lag.ToString("+0;-0;0", CultureInfo.InvariantCulture)),3} {(s?.Correlation is { } r ? r.ToString("+0.00;-0.00", CultureInfo.InvariantCulture) : "-"),6} {(s is null ? "-" : s.Periods + (s.Thin ? "?" : string.Empty)),5}  {p.BalancedEras}/{p.UnbalancedEras,-22}  {evidence}"));
        }
    }
}
