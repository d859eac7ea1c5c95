using System.Diagnostics;
using System.Text.Json;
using Dyad.Analysis.Exports;
using Dyad.Extraction.Pipeline;
using Dyad.Ingestion.Reading;
using Dyad.Storage;
using Dyad.Testing;

namespace Dyad.Bench;

/// <summary>Options of the long fuzz run.</summary>
internal sealed record FuzzOptions(int Inputs, int Seed, int MaxDepth, string? Data, string? Keep, int From = 0);

/// <summary>
/// The long fuzz run: hostile documents from <see cref="HostileInputs"/> go one by one through the reader, the
/// extraction pipeline and the JSONL writer (what <c>dyad extract --format jsonl</c> does); any exception or output
/// line that is not JSON is a failure, reported with the seed and index that reproduce it. Also reports the slowest
/// inputs, since a quadratic path shows first as one input taking seconds.
/// </summary>
internal sealed class FuzzRun
{
    /// <summary>Inputs slower than this are kept with the failures (--keep), to profile.</summary>
    private const double SlowMilliseconds = 250;

    /// <summary>An input still running after this long is a hang: the run stops with exit code 2 and names it.</summary>
    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(30);

    private long _currentStartedTicks = -1;
    private string _current = string.Empty;

    private readonly FuzzOptions _options;

    public FuzzRun(FuzzOptions options) => _options = options;

    private void StartWatchdog(Stopwatch clock)
    {
        // A hang never returns to the loop, so a second thread has to notice it and end the process.
        var watchdog = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(1000);
                var started = Interlocked.Read(ref _currentStartedTicks);
                if (started >= 0 && clock.Elapsed.Ticks - started > HangAfter.Ticks)
                {
                    Console.Error.WriteLine($"HANG {Volatile.Read(ref _current)}: still running after {HangAfter.TotalSeconds:0} s" +
                        (_options.Keep is { } keep ? $" (input kept in {keep})" : string.Empty));
                    Environment.Exit(2);
                }
            }
        })
        { IsBackground = true, Name = "fuzz watchdog" };
        watchdog.Start();
    }

    public int Run()
    {
        var lexicons = Lexicons.Load(_options.Data ?? Path.Combine(AppContext.BaseDirectory, "data"));
        var pipeline = new ExtractionPipeline(lexicons);
        var reader = new DocumentReader();
        var generator = new HostileInputs(_options.Seed);
        var failures = new List<string>();
        var slowest = new PriorityQueue<string, double>();
        var kinds = new Dictionary<string, (int Inputs, int Documents, int Events)>(StringComparer.Ordinal);
        int documents = 0, events = 0;
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        StartWatchdog(clock);
        for (var i = 0; i < _options.Inputs; i++)
        {
            var input = generator.Next(i, _options.MaxDepth);
            if (i < _options.From)
            {
                continue;
            }

            if (_options.Keep is { } current)
            {
                // Left behind by a hang or a crash of the whole process: the input that did it.
                Directory.CreateDirectory(current);
                File.WriteAllText(Path.Combine(current, "in-progress"), $"seed {_options.Seed} index {i} {input.Name}\n");
                File.WriteAllBytes(Path.Combine(current, "in-progress" + Path.GetExtension(input.Name)), input.Bytes);
            }

            bytes += input.Bytes.Length;
            var started = clock.Elapsed.TotalMilliseconds;
            Volatile.Write(ref _current, $"seed {_options.Seed} index {i} {input.Name}");
            Interlocked.Exchange(ref _currentStartedTicks, clock.Elapsed.Ticks);
            var (coded, failure) = Code(input, reader, pipeline, lexicons);
            Interlocked.Exchange(ref _currentStartedTicks, -1);
            var took = clock.Elapsed.TotalMilliseconds - started;
            slowest.Enqueue($"{input.Name} ({input.Bytes.Length:N0} bytes): {took:0} ms", took);
            if (slowest.Count > 5)
            {
                slowest.Dequeue();
            }

            var kind = kinds.GetValueOrDefault(input.Kind);
            kinds[input.Kind] = (kind.Inputs + 1, kind.Documents + (coded >= 0 ? 1 : 0), kind.Events + Math.Max(0, coded));
            documents += coded >= 0 ? 1 : 0;
            events += Math.Max(0, coded);
            if (_options.Keep is { } keep && (failure is not null || took > SlowMilliseconds))
            {
                Directory.CreateDirectory(keep);
                File.WriteAllBytes(Path.Combine(keep, input.Name), input.Bytes);
            }

            if (failure is not null)
            {
                failures.Add($"seed {_options.Seed} index {i} {input.Name}: {failure}");
                Console.Error.WriteLine($"FAIL {failures[^1]}");
            }

            if ((i + 1) % 10_000 == 0)
            {
                Console.Error.WriteLine($"{i + 1:N0} inputs, {failures.Count} failures, {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        Console.WriteLine($"fuzz: seed {_options.Seed}, {_options.Inputs:N0} inputs ({bytes / 1e6:0.0} MB, nesting up to {_options.MaxDepth:N0}), " +
            $"{documents:N0} read as documents, {events:N0} events, {failures.Count} failures, {clock.Elapsed.TotalSeconds:0.0} s " +
            $"({_options.Inputs / clock.Elapsed.TotalSeconds:0} inputs/s)");
        foreach (var (kind, counts) in kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {kind,-12} {counts.Inputs,8:N0} inputs {counts.Documents,8:N0} documents {counts.Events,9:N0} events");
        }

        Console.WriteLine("slowest inputs:");
        var slow = new List<(string Text, double Ms)>();
        while (slowest.TryDequeue(out var text, out var ms))
        {
            slow.Add((text, ms));
        }

        foreach (var (text, _) in slow.OrderByDescending(s => s.Ms))
        {
            Console.WriteLine($"  {text}");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>The events coded from one input (-1 when it was skipped), or the failure.</summary>
    private static (int Events, string? Failure) Code(HostileInput input, DocumentReader reader, ExtractionPipeline pipeline, Lexicons lexicons)
    {
        try
        {
            var read = reader.FromBytes(input.Name, input.Bytes);
            if (read.Document is not { } document)
            {
                return (-1, read.Failed ? $"read failed: {read.Problem}" : null);
            }

            var result = pipeline.Extract(document.Text, document.ContentHash, document.Metadata);
            var output = new StringWriter();
            var records = result.Events.Select(e => EventRecord.FromExtraction(document.FileName, document.Path, document.Text, result, e));
            new EventWriter(lexicons.Cameo, output, 200).Write(records, EventFormat.Jsonl);
            var lines = 0;
            foreach (var line in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var json = JsonDocument.Parse(line);
                lines++;
            }

            return lines == result.Events.Count ? (lines, null) : (lines, $"{result.Events.Count} events but {lines} JSON lines");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (0, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
