using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Analysis;
using Dyad.Core.Data;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Analysis.Series;
using Dyad.Storage;
using Dyad.Storage.ClickHouse;

namespace Dyad.Bench;

public sealed record ScaleBenchmarkOptions(string Store, long Events, int Load, int Runs, string? Data, bool SkipMerge);

/// <summary>
/// The analyses over GDELT-shaped data at scale (issue 10): a store filled with imported-looking events (no text, one
/// report per ten events, 50 countries with a skewed share, 20 CAMEO codes, 1979-2022), then the load rate of
/// <see cref="IEventStore.ImportEvents"/> from .NET, then series, eras and triangle of one dyad as a command runs them
/// (in process, from a cold load). On ClickHouse the fill is generated inside the server (INSERT ... SELECT FROM
/// numbers); on SQLite it goes through ImportEvents, the only way in. The same events either way, up to the hash.
/// </summary>
public sealed class ScaleBenchmark
{
    private static readonly DyadSpec Dyad = DyadSpec.Parse("PAK-RUS");
    private static readonly string[] ThirdParties = ["USA", "IND", "CHN"];

    private static readonly string[] Countries =
    [
        "USA", "CHN", "RUS", "GBR", "FRA", "IND", "PAK", "DEU", "JPN", "ISR", "IRN", "AFG", "TUR", "SAU", "EGY", "UKR", "KOR", "PRK", "SYR", "IRQ",
        "BRA", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "NGA", "ZAF", "KEN", "IDN", "PHL", "VNM", "THA", "MYS", "BGD", "LKA", "NPL", "ARG", "CHL",
        "COL", "VEN", "CUB", "QAT", "ARE", "JOR", "LBN", "LBY", "SDN", "ETH",
    ];

    private static readonly (string Code, double Goldstein, int Quad)[] Codes =
    [
        ("010", 0.0, 1), ("020", 3.0, 1), ("036", 4.0, 1), ("040", 1.0, 1), ("042", 1.9, 1), ("043", 2.8, 1), ("046", 7.0, 1), ("051", 3.4, 1),
        ("057", 8.0, 2), ("061", 6.4, 2), ("071", 7.4, 2), ("073", 7.4, 2), ("111", -2.0, 3), ("112", -2.0, 3), ("120", -4.0, 3), ("130", -4.4, 3),
        ("163", -8.0, 4), ("173", -5.0, 4), ("190", -10.0, 4), ("193", -10.0, 4),
    ];

    private static readonly DateOnly FirstDay = new(1979, 1, 1);
    private const int Days = 16071; // to the end of 2022

    private readonly ScaleBenchmarkOptions _options;

    public ScaleBenchmark(ScaleBenchmarkOptions options) => _options = options;

    public int Run()
    {
        using var store = EventStores.Open(_options.Store);
        var clickHouse = EventStores.IsClickHouse(_options.Store);
        var have = store.Stats().Events;
        if (have < _options.Events)
        {
            var clock = Stopwatch.StartNew();
            var added = clickHouse ? GenerateInClickHouse(_options.Store, have, _options.Events - have) : LoadFromDotNet(store, have, _options.Events - have, quiet: true, null);
            Print($"filled: {added:N0} events in {clock.Elapsed.TotalSeconds:0.0} s ({added / clock.Elapsed.TotalSeconds:N0} rows/s, {(clickHouse ? "generated inside ClickHouse" : "ImportEvents")})");
        }

        // Once as a GDELT stream arrives (each batch of a few days), once with every batch spread over all the years
        // (each insert writes a part in every year's partition: the worst case).
        foreach (var inTimeOrder in new[] { true, false })
        {
            if (_options.Load <= 0)
            {
                break;
            }

            var first = 10_000_000_000L + store.Stats().Events;
            var clock = Stopwatch.StartNew();
            var added = LoadFromDotNet(store, first, _options.Load, quiet: false, inTimeOrder ? _options.Load : null);
            Print($"load from .NET ({(inTimeOrder ? "in time order" : "dates spread over every year")}; ImportEvents, batches of {store.ImportBatchSize:N0}): " +
                $"{added:N0} rows in {clock.Elapsed.TotalSeconds:0.00} s = {added / clock.Elapsed.TotalSeconds:N0} rows/s");
        }

        if (clickHouse)
        {
            if (!_options.SkipMerge)
            {
                MergeAll(_options.Store);
            }
        }

        var stats = store.Stats();
        var focal = store.TallyImported(Dyad.ToQuery(), TallyPeriod.Year).Sum(t => t.Events);
        Print($"store {_options.Store}: {stats.Events:N0} events, {stats.Documents:N0} documents; {focal:N0} between {Dyad}");
        var analyzer = new DyadAnalyzer(store, Stance.Load(Path.Combine(DataDirectory.Resolve(_options.Data), "analysis", "stances.tsv")));
        Measure($"yearly tally of {Dyad} (GROUP BY in the store)", () => store.TallyImported(Dyad.ToQuery(), TallyPeriod.Year).Count);
        string[] actors = [Dyad.A, Dyad.B, .. ThirdParties];
        Measure($"yearly pair tones of {string.Join(',', actors)} (GROUP BY in the store)", () => store.AggregateTones([Dyad.A, Dyad.B], actors).Count);
        Measure($"load {Dyad} (its coded events, statements and pair tones)", () => analyzer.Load(Dyad).Aggregates.Count);
        var loaded = analyzer.Load(Dyad);
        Measure($"index {Dyad} from a load", () => analyzer.Index(loaded, Dyad).Count);
        Measure($"series {Dyad} --by year (load, index, series)", () => analyzer.Series(analyzer.Load(Dyad), Dyad, PeriodUnit.Year).Count);
        Measure($"eras {Dyad} (load, index, PELT)", () => analyzer.Eras(analyzer.Load(Dyad), Dyad).Count);
        Measure($"triangle PAK RUS --with {string.Join(',', ThirdParties)}", () => analyzer.Triangle(analyzer.Load(Dyad, ThirdParties), Dyad, ThirdParties).Ranking.Count);
        Print($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB");
        return 0;
    }

    /// <summary>
    /// Imports <paramref name="count"/> generated events numbered from <paramref name="first"/>, in the store's batches;
    /// with <paramref name="timeSpan"/>, dated in sequence over the years as a stream would be, else at random.
    /// </summary>
    private static long LoadFromDotNet(IEventStore store, long first, long count, bool quiet, long? timeSpan)
    {
        long added = 0;
        var progress = Stopwatch.StartNew();
        var size = store.ImportBatchSize;
        for (var start = first; start < first + count; start += size)
        {
            var batch = new List<ImportedEvent>(size);
            for (var n = start; n < Math.Min(first + count, start + size); n++)
            {
                if (Generated(n, timeSpan is { } span ? (int)((n - first) * Days / span) : null) is { } e)
                {
                    batch.Add(e);
                }
            }

            added += store.ImportEvents(batch);
            if (quiet && progress.Elapsed.TotalSeconds > 30)
            {
                Print($"  ... {start - first + size:N0} of {count:N0}");
                progress.Restart();
            }
        }

        return added;
    }

    /// <summary>Event number <paramref name="n"/>, as the ClickHouse generator makes it (null when both sides are one country).</summary>
    private static ImportedEvent? Generated(long n, int? day)
    {
        var source = Countries[Skewed(Hash(n, 1))];
        var target = Countries[Skewed(Hash(n, 2))];
        if (source == target)
        {
            return null;
        }

        var (code, goldstein, quad) = Codes[(int)(Hash(n, 4) % (ulong)Codes.Length)];
        var report = n / 10;
        var path = string.Create(CultureInfo.InvariantCulture, $"gen:{report}");
        return new ImportedEvent(string.Create(CultureInfo.InvariantCulture, $"gen:{n}"), new ImportedReport(path, $"gen-{report}", null, null), (int)(n % 10),
            source, source, target, target, source, target, code, quad, goldstein, FirstDay.AddDays(day ?? (int)(Hash(n, 3) % Days)));
    }

    /// <summary>A share skewed to the first countries: the square of a uniform draw.</summary>
    private static int Skewed(ulong hash)
    {
        var u = hash % 1_000_000 / 1_000_000.0;
        return (int)Math.Floor(u * u * Countries.Length);
    }

    private static ulong Hash(long n, int salt)
    {
        // SplitMix64: cheap and well spread, so the .NET and the SQL generators need not share a hash function.
        var z = (ulong)n * 0x9E3779B97F4A7C15UL + ((ulong)salt * 0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static long GenerateInClickHouse(string location, long first, long count)
    {
        var countries = string.Join(",", Countries.Select(c => $"'{c}'"));
        var codes = string.Join(", ", Codes.Select(c => string.Create(CultureInfo.InvariantCulture, $"('{c.Code}', {c.Goldstein:0.0}, {c.Quad})")));
        // In slices of 10^7, so one INSERT never holds the server's memory for long.
        long added = 0;
        for (var start = first; start < first + count; start += 10_000_000)
        {
            var slice = Math.Min(10_000_000, first + count - start);
            var sql = $"""
                INSERT INTO events (id, document_id, doc_name, doc_path, sentence_index, sentence, sentence_start, sentence_end, date, date_end,
                    date_precision, year, year_key, source, source_country, source_historical, target, target_country, target_historical, source_text,
                    target_text, cameo, root, quad, goldstein, plover, negated, hypothetical, symmetric, confidence, trigger_start, trigger_end, first_since)
                SELECT concat('gen:', toString(n)), 1000000000 + intDiv(n, 10), concat('gen-', toString(intDiv(n, 10))), concat('gen:', toString(intDiv(n, 10))),
                    toInt32(n % 10), '', 0, 0, toString(d), NULL, 'day', toNullable(toInt32(toYear(d))), toInt32(toYear(d)),
                    s, s, NULL, t, t, NULL, s, t, c.1, toInt32(toUInt8OrZero(substring(c.1, 1, 2))), c.3, c.2, NULL, 0, 0, 0, 1.0, 0, 0, NULL
                FROM (
                    SELECT number + {start} AS n, toDate('1979-01-01') + toUInt32(cityHash64(n, 3) % {Days}) AS d, [{countries}] AS codes,
                        codes[1 + toUInt32(floor(pow((cityHash64(n, 1) % 1000000) / 1000000.0, 2) * {Countries.Length}))] AS s,
                        codes[1 + toUInt32(floor(pow((cityHash64(n, 2) % 1000000) / 1000000.0, 2) * {Countries.Length}))] AS t,
                        [{codes}][1 + cityHash64(n, 4) % {Codes.Length}] AS c
                    FROM numbers({slice})
                ) WHERE s != t
                """;
            Post(location, sql);
            added += slice;
            Print($"  ... {start - first + slice:N0} of {count:N0} rows generated");
        }

        return added;
    }

    /// <summary>
    /// Merges every part on every node (OPTIMIZE ... FINAL, partition by partition): the figures are for a merged
    /// store, as a store is some time after its last load, not for the parts a load has just written.
    /// </summary>
    private static void MergeAll(string location)
    {
        var clock = Stopwatch.StartNew();
        var parsed = ClickHouseLocation.Parse(location);
        foreach (var node in parsed.Nodes)
        {
            foreach (var table in new[] { "events_local", "tones_local", "event_ids_local" })
            {
                var partitions = Post(node, $"SELECT DISTINCT partition FROM system.parts WHERE active AND database = '{parsed.Database}' AND table = '{table}' FORMAT TSV");
                foreach (var partition in partitions.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    var name = partition == "tuple()" ? string.Empty : $" PARTITION {partition}";
                    Post(node, $"OPTIMIZE TABLE {table}{name} FINAL", parsed.Database);
                }
            }
        }

        Print($"merged every part in {clock.Elapsed.TotalSeconds:0} s");
    }

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromHours(1) };

    private static string Post(string location, string sql)
    {
        var parsed = ClickHouseLocation.Parse(location);
        return Post(parsed.Nodes[0], sql, parsed.Database);
    }

    private static string Post(Uri node, string sql, string database = "default")
    {
        using var response = Http.PostAsync($"{node}?database={database}&insert_distributed_sync=1", new StringContent(sql, Encoding.UTF8)).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"ClickHouse: {body.Split('\n')[0]}");
        }

        return body;
    }

    private void Measure(string title, Func<int> action)
    {
        var t = Timing.Of(action, _options.Runs);
        Print($"{title}: median {t.MedianSeconds * 1000:0.0} ms (min {t.MinSeconds * 1000:0.0}, max {t.MaxSeconds * 1000:0.0}, {t.Runs} runs; result {t.Result:N0})");
    }

    private static void Print(string line) => Console.WriteLine(line);
}
