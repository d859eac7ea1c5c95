using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dyad.Analysis.Evaluation;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval --gold FILE [--db FILE]</c>: scores the stored events like ../shared/tools/score-events.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold events (JSONL, see the gold schema)", Required = true };
        var db = CommonOptions.Database();
        var pred = new Option<string?>("--pred") { Description = "Score this JSONL export instead of the database" };
        var misses = new Option<bool>("--show-misses") { Description = "List missed gold events and unmatched predictions" };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object" };
        var command = new Command("eval", "Score stored events against a gold file (lenient and strict precision, recall, F1, year accuracy)")
        {
            gold, db, pred, misses, json,
        };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath))
            {
                throw new CliError($"no gold file at {goldPath}");
            }

            List<ScoredEvent> goldEvents, predicted;
            try
            {
                goldEvents = EventScorer.Load(goldPath, gold: true);
                predicted = parse.GetValue(pred) is { } predPath ? EventScorer.Load(predPath, gold: false) : FromStore(parse.GetValue(db)!);
            }
            catch (InvalidDataException ex)
            {
                throw new CliError(ex.Message);
            }

            var report = EventScorer.Score(goldEvents, predicted);
            Print(report, parse.GetValue(json), parse.GetValue(misses));
            return 0;
        });
        return command;
    }

    private static List<ScoredEvent> FromStore(string database)
    {
        if (!EventStores.Exists(database))
        {
            throw new CliError($"no database at {Path.GetFullPath(database)}; run 'dyad ingest PATH --db {database}' first");
        }

        using var store = EventStores.OpenForReading(database);
        return [.. store.QueryEvents(new EventQuery()).Select((e, i) => new ScoredEvent(
            e.Doc, e.Sentence, EventScorer.RootOf(e.Cameo), EventScorer.Country(e.Source), EventScorer.Country(e.Target), EventScorer.YearOf(e.Date),
            e.Negated, e.Hypothetical, Optional: false, e.Symmetric, i + 1, e.Date ?? "None", e.Source, e.Target ?? "None", e.Cameo))];
    }

    private static void Print(EvaluationReport r, bool json, bool misses)
    {
        string F(double? v) => v is { } x ? x.ToString("0.0##", CultureInfo.InvariantCulture) : "None";
        if (json)
        {
            var payload = new Dictionary<string, object?>
            {
                ["gold"] = r.Gold,
                ["predicted"] = r.Predicted,
                ["documents"] = r.Documents,
                ["lenient"] = Line(r.Lenient),
                ["strict"] = Line(r.Strict),
                ["year_accuracy_on_matches"] = r.YearAccuracy,
                ["direction_accuracy_on_matches"] = r.DirectionAccuracy,
            };
            Console.WriteLine(JsonSerializer.Serialize(payload));
            return;
        }

        Console.WriteLine($"documents {r.Documents}  gold events {r.Gold}  predicted events {r.Predicted}");
        foreach (var (name, s) in new[] { ("lenient", r.Lenient), ("strict", r.Strict) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-8} P {s.Precision:0.000}  R {s.Recall:0.000}  F1 {s.F1:0.000}   (tp {s.TruePositives}, fp {s.FalsePositives}, fn {s.FalseNegatives})"));
        }

        Console.WriteLine($"on lenient matches: year right {F(r.YearAccuracy)}, direction right {F(r.DirectionAccuracy)}");
        if (!misses)
        {
            return;
        }

        Console.WriteLine("\nmissed gold events:");
        foreach (var g in r.MissedGold)
        {
            Console.WriteLine($"  {g.Doc}:{g.Line}  {g.RawDate} {g.Source ?? "None"}->{g.Target ?? "None"} {g.RawCameo}  | {Clip(g.Text)}");
        }

        Console.WriteLine("\npredictions with no gold match:");
        foreach (var p in r.UnmatchedPredictions)
        {
            Console.WriteLine($"  {p.Doc}  {p.RawDate} {p.Source ?? "None"}->{p.Target ?? "None"} {p.RawCameo}  | {Clip(p.Text)}");
        }
    }

    private static Dictionary<string, object> Line(ScoreLine s) => new()
    {
        ["tp"] = s.TruePositives,
        ["fp"] = s.FalsePositives,
        ["fn"] = s.FalseNegatives,
        ["precision"] = s.Precision,
        ["recall"] = s.Recall,
        ["f1"] = s.F1,
    };

    private static string Clip(string text) => text.Length <= 110 ? text : text[..110];
}
