using System.CommandLine;
using System.Text.Json;
using Dyad.Analysis;
using Dyad.Analysis.Model;
using Dyad.Analysis.Reconciliation;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad conflicts [--dyad PAK-RUS] [--format table|md|json]</c>: where the sources disagree.</summary>
internal static class ConflictsCommand
{
    public static Command Create()
    {
        var dyad = new Option<string?>("--dyad") { Description = "Only disagreements about happenings between these two actors" };
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var format = new Option<ConflictFormat>("--format") { Description = "table, md or json", DefaultValueFactory = _ => ConflictFormat.Table };
        var command = new Command("conflicts", "List where sources disagree about a happening: its date, its actors, or a claim that rules it out")
        {
            dyad, db, data, format,
        };
        command.SetAction(parse =>
        {
            using var context = AnalysisContext.Open(parse.GetValue(db)!, parse.GetValue(data));
            DyadSpec? spec = parse.GetValue(dyad) is { } d ? AnalysisContext.ParseDyad(d) : null;
            var loaded = spec is null ? context.Analyzer.LoadAll() : context.Analyzer.Load(spec);
            var conflicts = DyadAnalyzer.Conflicts(loaded, spec);
            Write(Console.Out, context, conflicts, parse.GetValue(format));
            return 0;
        });
        return command;
    }

    internal static string Describe(EventCluster c, AnalysisContext context) => context.Reports.Happening(c);

    private static void Write(TextWriter output, AnalysisContext context, IReadOnlyList<Conflict> conflicts, ConflictFormat format)
    {
        if (format == ConflictFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(conflicts.Select(context.Reports.Conflict), JsonOptions.Indented));
            return;
        }

        var md = format == ConflictFormat.Md;
        output.WriteLine(md ? $"# Disagreements between sources ({conflicts.Count})" : $"{conflicts.Count} disagreement(s) between sources");
        foreach (var c in conflicts)
        {
            output.WriteLine();
            output.WriteLine(md ? $"## {c.Cluster.Date?.ToString() ?? "undated"}: {Describe(c.Cluster, context)}" : $"[{c.Kind.ToString().ToLowerInvariant()}] {c.Cluster.Date?.ToString() ?? "undated"}  {Describe(c.Cluster, context)}");
            output.WriteLine(md ? $"*{c.Summary}*" : $"    {c.Summary}");
            foreach (var side in c.Sides)
            {
                output.WriteLine(md ? $"- **{side.Says}**" : $"    - {side.Says}");
                foreach (var r in side.Reports.DistinctBy(r => (r.Doc, r.Record.SentenceIndex)))
                {
                    output.WriteLine(md ? $"  - {r.Doc}#{r.Record.SentenceIndex}: \"{r.Record.Sentence}\"" : $"        {r.Doc}#{r.Record.SentenceIndex}: \"{Reports.Shorten(r.Record.Sentence, 160)}\"");
                }
            }
        }
    }
}

public enum ConflictFormat
{
    Table,
    Md,
    Json,
}
