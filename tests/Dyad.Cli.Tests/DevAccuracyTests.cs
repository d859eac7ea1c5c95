using Dyad.Analysis.Evaluation;
using Dyad.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Dyad.Cli.Tests;

/// <summary>
/// Accuracy on real text the coder was not grown on: the 49 documents of ../shared/dev in five groups of
/// relationships, and the peer's own validation records (../shared/peers/petr2-gsr). The floors are regression
/// guards set just under what the coder reaches today; the targets of the issue (dev lenient 0.65, strict 0.50,
/// year 0.90, every group 0.55; the peer's records 0.55) are not reached yet, and each figure is printed so a run
/// shows how far off they are.
/// </summary>
public sealed class DevAccuracyTests : IDisposable
{
    private static readonly (string Prefix, string Name)[] Groups =
    [
        ("d1", "South Asia"),
        ("d2", "great powers"),
        ("d3", "Russia and its neighbours"),
        ("d4", "Pakistan's relations"),
        ("d5", "Middle East and East Asia"),
    ];

    private readonly TempDirectory _dir = new();
    private readonly ITestOutputHelper _output;

    public DevAccuracyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private string Export(string corpus, string name)
    {
        Assert.True(Directory.Exists(corpus), $"the corpus is expected at {corpus}");
        var db = _dir.File(name + ".db");
        Assert.Equal(0, CliRunner.Run("ingest", corpus, "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
        var export = _dir.File(name + ".jsonl");
        var (exit, _, error) = CliRunner.Run("events", "--db", db, "--format", "jsonl", "-o", export, "--data", RepoPaths.Data);
        Assert.True(exit == 0, error);
        return export;
    }

    [Fact]
    public void Holds_the_accuracy_floors_on_the_development_documents_and_in_each_group()
    {
        var dev = Path.Combine(RepoPaths.Shared, "dev");
        var gold = EventScorer.Load(Path.Combine(dev, "gold.jsonl"), gold: true);
        var predicted = EventScorer.Load(Export(Path.Combine(dev, "corpus"), "dev"), gold: false);
        var report = EventScorer.Score(gold, predicted);
        _output.WriteLine($"dev: lenient {report.Lenient.F1:0.000} (P {report.Lenient.Precision:0.000} R {report.Lenient.Recall:0.000}), strict {report.Strict.F1:0.000}, year {report.YearAccuracy:0.000}");
        var failures = new List<string>();
        foreach (var (prefix, name) in Groups)
        {
            var group = EventScorer.Score(
                gold.Where(e => e.Doc.StartsWith(prefix, StringComparison.Ordinal)).ToList(),
                predicted.Where(e => e.Doc.StartsWith(prefix, StringComparison.Ordinal)).ToList());
            _output.WriteLine($"  {name}: lenient {group.Lenient.F1:0.000} (P {group.Lenient.Precision:0.000} R {group.Lenient.Recall:0.000})");
            if (group.Lenient.F1 < 0.38)
            {
                failures.Add($"{name} lenient F1 {group.Lenient.F1}");
            }
        }

        Assert.True(report.Lenient.F1 >= 0.47, $"lenient F1 {report.Lenient.F1}");
        Assert.True(report.Strict.F1 >= 0.35, $"strict F1 {report.Strict.F1}");
        Assert.True(report.YearAccuracy >= 0.85, $"year accuracy {report.YearAccuracy}");
        Assert.Empty(failures);
    }

    [Fact]
    public void Holds_the_accuracy_floor_on_the_peers_validation_records()
    {
        var peer = Path.Combine(RepoPaths.Shared, "peers", "petr2-gsr");
        var report = EventScorer.Score(EventScorer.Load(Path.Combine(peer, "gold.jsonl"), gold: true), EventScorer.Load(Export(Path.Combine(peer, "corpus"), "gsr"), gold: false));
        _output.WriteLine($"petr2-gsr: lenient {report.Lenient.F1:0.000} (P {report.Lenient.Precision:0.000} R {report.Lenient.Recall:0.000}), strict {report.Strict.F1:0.000}");
        Assert.True(report.Lenient.F1 >= 0.28, $"lenient F1 {report.Lenient.F1}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
