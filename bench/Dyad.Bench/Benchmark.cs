using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Security.Cryptography;
using System.Text;
using Dyad.Extraction.Pipeline;
using Dyad.Ingestion;
using Dyad.Storage.Sqlite;

namespace Dyad.Bench;

public sealed record BenchmarkOptions(int Sentences, int Runs, int Workers, bool OneCore, bool SkipIngest, string? Data, int Seed, string[] Corpus);

/// <summary>
/// Measures the two figures the product promises: sentences per second from raw text to coded events on one
/// core, and the same including reading the files and writing every event to SQLite. Each stage runs once to
/// warm up and then <see cref="BenchmarkOptions.Runs"/> times; the median, the range, and the allocation and
/// peak memory are printed, so a single lucky run never stands for the result.
/// </summary>
public sealed class Benchmark
{
    private readonly BenchmarkOptions _options;

    public Benchmark(BenchmarkOptions options) => _options = options;

    public int Run()
    {
        if (_options.Sentences < 1 || _options.Runs < 1 || _options.Workers < 1)
        {
            Console.Error.WriteLine("dyad-bench: --sentences, --runs and --workers must be at least 1");
            return 2;
        }

        var pinned = false;
        if (_options.OneCore && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            // Pinning the whole process (writer thread and GC included) keeps "one core" honest.
            Process.GetCurrentProcess().ProcessorAffinity = 1;
            pinned = true;
        }

        Print($"Dyad benchmark  {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC  .NET {Environment.Version}  {Environment.ProcessorCount} logical cores, "
              + (pinned ? "pinned to one core" : "all cores") + $"  GC {(GCSettings.IsServerGC ? "server" : "workstation")}");

        var clock = Stopwatch.StartNew();
        var lexicons = Lexicons.Load(_options.Data);
        Print($"lexicons loaded and compiled in {clock.Elapsed.TotalMilliseconds:0} ms from {lexicons.DataDirectory}");

        clock.Restart();
        var documents = _options.Corpus.Length > 0
            ? ReplicatedCorpus.Build(_options.Corpus, _options.Sentences, lexicons)
            : new CorpusGenerator(_options.Seed).Generate(_options.Sentences).ToList();
        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        Print($"corpus: {(_options.Corpus.Length > 0 ? "copies of " + string.Join(", ", _options.Corpus) : "generated")}: {documents.Count:N0} documents, "
              + $"{documents.Sum(d => (long)d.Sentences):N0} sentences, {bytes / 1e6:0.0} MB, built in {clock.Elapsed.TotalSeconds:0.0} s");

        var extract = MeasureExtraction(lexicons, documents);
        Report("extract (raw text -> coded events, one thread)", extract);

        if (!_options.SkipIngest)
        {
            var folder = Directory.CreateTempSubdirectory("dyad-bench-");
            try
            {
                WriteCorpus(folder.FullName, documents);
                documents.Clear(); // the ingest stage reads the files; the corpus need not stay in memory
                GC.Collect();
                var ingest = MeasureIngest(lexicons, folder.FullName);
                Report($"ingest (files -> events in SQLite, {_options.Workers} extraction worker(s) + 1 writer)", ingest);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        Print($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB; GC collections gen0/1/2: "
              + $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        return 0;
    }

    private Stage MeasureExtraction(Lexicons lexicons, List<GeneratedDocument> documents)
    {
        var pipeline = new ExtractionPipeline(lexicons);
        var hashes = documents.Select(d => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(d.Text)))).ToArray();
        var stage = new Stage();
        for (var run = 0; run <= _options.Runs; run++)
        {
            long sentences = 0, events = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < documents.Count; i++)
            {
                var result = pipeline.Extract(documents[i].Text, hashes[i]);
                sentences += result.Sentences.Count;
                events += result.Events.Count;
            }

            clock.Stop();
            stage.Add(run == 0, clock.Elapsed.TotalSeconds, sentences, events, GC.GetAllocatedBytesForCurrentThread() - allocated);
        }

        return stage;
    }

    private Stage MeasureIngest(Lexicons lexicons, string folder)
    {
        var stage = new Stage();
        for (var run = 0; run <= _options.Runs; run++)
        {
            var database = Path.Combine(Path.GetTempPath(), $"dyad-bench-{Environment.ProcessId}-{run}.db");
            try
            {
                var allocated = GC.GetTotalAllocatedBytes();
                var clock = Stopwatch.StartNew();
                IngestSummary summary;
                using (var store = new SqliteEventStore(database))
                {
                    summary = new IngestService(lexicons, store).Run([folder], new IngestOptions { Workers = _options.Workers });
                }

                clock.Stop();
                if (summary.Failed > 0 || summary.Skipped > 0)
                {
                    throw new InvalidOperationException($"ingest reported {summary.Failed} failed and {summary.Skipped} skipped files");
                }

                stage.Add(run == 0, clock.Elapsed.TotalSeconds, summary.Sentences, summary.Events, GC.GetTotalAllocatedBytes() - allocated);
            }
            finally
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(database + suffix);
                }
            }
        }

        return stage;
    }

    private static void WriteCorpus(string folder, List<GeneratedDocument> documents)
    {
        foreach (var d in documents)
        {
            File.WriteAllText(Path.Combine(folder, d.Name), d.Text);
        }
    }

    private static void Report(string title, Stage stage)
    {
        Print(string.Empty);
        Print(title);
        Print($"  sentences {stage.Sentences:N0}   events {stage.Events:N0}   runs {stage.Seconds.Count} (+1 warm-up)");
        Print($"  seconds         median {stage.Median(stage.Seconds):0.000}   min {stage.Seconds.Min():0.000}   max {stage.Seconds.Max():0.000}");
        var rates = stage.Seconds.Select(s => stage.Sentences / s).ToList();
        Print($"  sentences/s     median {stage.Median(rates):N0}   min {rates.Min():N0}   max {rates.Max():N0}");
        Print($"  events/s        median {stage.Events / stage.Median(stage.Seconds):N0}");
        Print($"  allocated       {stage.AllocatedPerRun / 1e6:N0} MB per run, {stage.AllocatedPerRun / (double)stage.Sentences:N0} bytes per sentence");
    }

    private static void Print(string line) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}"));

    private sealed class Stage
    {
        public List<double> Seconds { get; } = [];

        public long Sentences { get; private set; }

        public long Events { get; private set; }

        public long AllocatedPerRun { get; private set; }

        public void Add(bool warmUp, double seconds, long sentences, long events, long allocated)
        {
            if (warmUp)
            {
                return;
            }

            Seconds.Add(seconds);
            Sentences = sentences;
            Events = events;
            AllocatedPerRun = allocated;
        }

        public double Median(List<double> values)
        {
            var sorted = values.Order().ToList();
            var mid = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }
}
