using System.Diagnostics;
using System.Text.Json;
using Dyad.Analysis.Evaluation;
using Dyad.Testing;
using Microsoft.Data.Sqlite;

namespace Dyad.Cli.Tests;

/// <summary>
/// The accuracy floors on the five seed essays in ../shared (third-party text the repository does not hold):
/// ingest them, export JSONL, score against the hand-made gold.
/// </summary>
public sealed class SeedAccuracyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string ExportSeeds()
    {
        Assert.True(Directory.Exists(RepoPaths.SharedSeeds), $"the seed essays are expected at {RepoPaths.SharedSeeds}");
        var db = _dir.File("seeds.db");
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.SharedSeeds, "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
        var export = _dir.File("seeds.jsonl");
        var (exit, _, error) = CliRunner.Run("events", "--db", db, "--format", "jsonl", "-o", export, "--data", RepoPaths.Data);
        Assert.True(exit == 0, error);
        return export;
    }

    [Fact]
    public void Meets_the_accuracy_floors_on_the_seed_essays()
    {
        var export = ExportSeeds();
        var report = EventScorer.Score(EventScorer.Load(RepoPaths.SharedGold, gold: true), EventScorer.Load(export, gold: false));
        Assert.True(report.Lenient.F1 >= 0.75, $"lenient F1 {report.Lenient.F1}");
        Assert.True(report.Strict.F1 >= 0.60, $"strict F1 {report.Strict.F1}");
        Assert.True(report.YearAccuracy >= 0.90, $"year accuracy {report.YearAccuracy}");
    }

    [Fact]
    public void Dyad_eval_prints_the_same_figures_as_the_shared_scoring_script()
    {
        var export = ExportSeeds();
        var script = Path.Combine(RepoPaths.Shared, "tools", "score-events");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { script, "--gold", RepoPaths.SharedGold, "--pred", export, "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var expected = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());

        var (exit, actual, _) = CliRunner.Run("eval", "--gold", RepoPaths.SharedGold, "--pred", export, "--json");
        Assert.Equal(0, exit);
        Assert.Equal(Normalize(expected), Normalize(actual));
    }

    /// <summary>Compares the figures, not the JSON spelling (Python writes 1.0 where .NET writes 1).</summary>
    private static string Normalize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var lines = new List<string>();
        void Walk(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value, path + "/" + p.Name);
                    }

                    break;
                case JsonValueKind.Number:
                    lines.Add($"{path}={e.GetDouble():R}");
                    break;
                default:
                    lines.Add($"{path}={e}");
                    break;
            }
        }

        Walk(doc.RootElement, string.Empty);
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
