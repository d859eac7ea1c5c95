using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dyad.Analysis.Index;
using Dyad.Analysis.Reports;
using Dyad.Analysis.Series;

namespace Dyad.Cli.Commands;

public enum ReportFormat
{
    Table,
    Csv,
    Json,
}

/// <summary><c>dyad series PAK-RUS [--by year|month|decade] [--from] [--to] [--raw] [--direct] [--format]</c>.</summary>
internal static class SeriesCommand
{
    public static Command Create()
    {
        var dyad = new Argument<string>("dyad") { Description = "PAK-RUS (either direction) or PAK>RUS (PAK acting on RUS)" };
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var by = new Option<PeriodUnit>("--by") { Description = "year, month or decade", DefaultValueFactory = _ => PeriodUnit.Year };
        var from = new Option<int?>("--from") { Description = "First year" };
        var to = new Option<int?>("--to") { Description = "Last year" };
        var raw = new Option<bool>("--raw") { Description = "Count every report, even when several sources report one happening" };
        var direct = new Option<bool>("--direct") { Description = "Relationship index from the dyad's own events only (no statements, no third parties)" };
        var format = new Option<ReportFormat>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => ReportFormat.Table };
        var command = new Command("series", "Per period: events by QuadClass, Goldstein sum and mean, net cooperation, documents, and the relationship index")
        {
            dyad, db, data, by, from, to, raw, direct, format,
        };
        command.SetAction(parse =>
        {
            using var context = AnalysisContext.Open(parse.GetValue(db)!, parse.GetValue(data));
            var spec = AnalysisContext.ParseDyad(parse.GetValue(dyad)!);
            var loaded = context.Analyzer.Load(spec);
            var points = context.Analyzer.Series(loaded, spec, parse.GetValue(by), parse.GetValue(from), parse.GetValue(to), parse.GetValue(raw),
                parse.GetValue(direct) ? IndexOptions.DirectOnly : null);
            Write(Console.Out, context.Names.Title(spec), points, parse.GetValue(format), parse.GetValue(raw));
            return 0;
        });
        return command;
    }

    internal static void Write(TextWriter output, string title, IReadOnlyList<SeriesPoint> points, ReportFormat format, bool raw)
    {
        static string N(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;
        switch (format)
        {
            case ReportFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(points.Select(ReportMapper.Series), JsonOptions.Indented));
                break;
            case ReportFormat.Csv:
                output.WriteLine("period,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,net_cooperation,documents,statements,index,index_weight");
                foreach (var p in points)
                {
                    output.WriteLine(string.Join(",", p.Period.Label, p.Events, p.VerbalCooperation, p.MaterialCooperation, p.VerbalConflict, p.MaterialConflict,
                        N(p.GoldsteinSum), N(p.GoldsteinMean), N(p.NetCooperation), p.Documents, p.Statements, N(p.Index), N(p.IndexWeight)));
                }

                break;
            default:
                output.WriteLine($"{title}: {(raw ? "every report" : "one row per happening, reports reconciled")}");
                output.WriteLine($"{"PERIOD",-8} {"EVENTS",6} {"VCOOP",5} {"MCOOP",5} {"VCONF",5} {"MCONF",5} {"GOLD.SUM",8} {"MEAN",6} {"NET",6} {"DOCS",4} {"STMT",4} {"INDEX",6}  TONE");
                foreach (var p in points)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{p.Period.Label,-8} {p.Events,6} {p.VerbalCooperation,5} {p.MaterialCooperation,5} {p.VerbalConflict,5} {p.MaterialConflict,5} {N(p.GoldsteinSum),8} {N(p.GoldsteinMean),6} {N(p.NetCooperation),6} {p.Documents,4} {p.Statements,4} {N(p.Index),6}  {Bar(p.Index)}"));
                }

                break;
        }
    }

    /// <summary>A small bar: left of the axis for hostility, right for cooperation.</summary>
    private static string Bar(double? index)
    {
        if (index is not { } v)
        {
            return string.Empty;
        }

        var n = (int)Math.Round(Math.Min(10, Math.Abs(v)));
        return v < 0 ? new string(' ', 10 - n) + new string('-', n) + "|" : new string(' ', 10) + "|" + new string('+', n);
    }
}

internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
