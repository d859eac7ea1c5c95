using System.Diagnostics;
using System.Globalization;
using Dyad.Analysis;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Analysis.Reconciliation;
using Dyad.Analysis.Series;
using Dyad.Extraction.Pipeline;
using Dyad.Ingestion;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Bench;

public sealed record AnalysisBenchmarkOptions(int Events, int Runs, string? Store, string? Data, int Seed, int ReconcileEvents);

/// <summary>
/// Measures the analysis over a large store: series, eras and triangle for one dyad (each from a cold load of the
/// store, as a command would do it), and reconciliation of many events at once. The store is built once by
/// ingesting a generated corpus until it holds the requested number of events, and can be kept with --store.
/// </summary>
public sealed class AnalysisBenchmark
{
    private static readonly DyadSpec Dyad = DyadSpec.Parse("PAK-RUS");
    private static readonly string[] ThirdParties = ["USA", "IND", "CHN", "AFG"];
    private readonly AnalysisBenchmarkOptions _options;

    public AnalysisBenchmark(AnalysisBenchmarkOptions options) => _options = options;

    public int Run()
    {
        var lexicons = Lexicons.Load(_options.Data);
        var path = _options.Store ?? Path.Combine(Path.GetTempPath(), $"dyad-bench-analysis-{_options.Events}.db");
        using var store = new SqliteEventStore(path);
        Fill(store, lexicons);
        var stats = store.Stats();
        var focal = store.QueryEvents(Dyad.ToQuery()).Count();
        Print($"store {path}: {stats.Documents:N0} documents, {stats.Sentences:N0} sentences, {stats.Events:N0} events; {focal:N0} between {Dyad}");
        var stances = Stance.Load(Path.Combine(lexicons.DataDirectory, "analysis", "stances.tsv"));
        var analyzer = new DyadAnalyzer(store, stances);

        Measure("series PAK-RUS --by year (load, reconcile, index, series)", () =>
        {
            var data = analyzer.Load(Dyad);
            return analyzer.Series(data, Dyad, PeriodUnit.Year).Count;
        });
        Measure("eras PAK-RUS (load, reconcile, index, PELT)", () =>
        {
            var data = analyzer.Load(Dyad);
            return analyzer.Eras(data, Dyad).Count;
        });
        Measure("triangle PAK RUS --with USA,IND,CHN,AFG", () =>
        {
            var data = analyzer.Load(Dyad, ThirdParties);
            return analyzer.Triangle(data, Dyad, ThirdParties).Ranking.Count;
        });

        var sample = store.QueryEvents(new EventQuery { Limit = _options.ReconcileEvents }).Select(e => new ObservedEvent(e)).ToList();
        Measure($"reconcile {sample.Count:N0} events (clusters and conflicts, in memory)", () =>
        {
            var clusters = new Reconciler().Cluster(sample.Select(e => new ObservedEvent(e.Record)));
            return new ConflictFinder().Find(clusters, sample).Count + clusters.Count;
        });
        Measure($"load and reconcile {sample.Count:N0} events from the store", () =>
        {
            var events = store.QueryEvents(new EventQuery { Limit = _options.ReconcileEvents }).Select(e => new ObservedEvent(e)).ToList();
            var clusters = new Reconciler().Cluster(events);
            return new ConflictFinder().Find(clusters, events).Count + clusters.Count;
        });

        Print($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB");
        return 0;
    }

    private void Fill(SqliteEventStore store, Lexicons lexicons)
    {
        if (store.Stats().Events >= _options.Events)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("dyad-bench-analysis-");
        try
        {
            // About 0.9 events per generated sentence; write files in batches until the store holds enough.
            var generator = new CorpusGenerator(_options.Seed);
            var batch = 0;
            while (store.Stats().Events < _options.Events)
            {
                var sentences = (int)Math.Min(200_000, ((_options.Events - store.Stats().Events) * 1.15) + 1000);
                var dir = Directory.CreateDirectory(Path.Combine(folder.FullName, $"batch{batch++}"));
                foreach (var d in generator.Generate(sentences))
                {
                    File.WriteAllText(Path.Combine(dir.FullName, d.Name), d.Text);
                }

                new IngestService(lexicons, store).Run([dir.FullName], new IngestOptions());
                dir.Delete(recursive: true);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Print($"built the store in {clock.Elapsed.TotalSeconds:0} s");
    }

    private void Measure(string title, Func<int> action)
    {
        var t = Timing.Of(action, _options.Runs);
        Print($"{title}: median {t.MedianSeconds:0.000} s (min {t.MinSeconds:0.000}, max {t.MaxSeconds:0.000}, {t.Runs} runs; result {t.Result:N0})");
    }

    private static void Print(string line) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}"));
}
