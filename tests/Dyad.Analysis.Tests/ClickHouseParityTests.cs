using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dyad.Analysis.Model;
using Dyad.Analysis.Series;
using Dyad.Ingestion;
using Dyad.Ingestion.Import;
using Dyad.Storage;
using Dyad.Storage.ClickHouse;
using Dyad.Storage.Sqlite;
using Dyad.Testing;

namespace Dyad.Analysis.Tests;

/// <summary>A test that needs clickhouse-server (the Debian package): skipped, saying why, on a machine without it.</summary>
public sealed class ClickHouseFactAttribute : FactAttribute
{
    public ClickHouseFactAttribute()
    {
        if (!File.Exists("/usr/sbin/clickhouse-server") && !File.Exists("/usr/bin/clickhouse-server"))
        {
            Skip = "clickhouse-server is not installed (apt-get install clickhouse-server); the ClickHouse parity tests need it";
        }
    }
}

/// <summary>
/// A real two-node ClickHouse cluster started by ops/clickhouse/up.sh on free loopback ports, and a SQLite store, both
/// given the same ingest (the sample corpus) and imports (the shared GDELT and ICEWS samples). Stopped by down.sh.
/// </summary>
public sealed class ParityStores : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly bool _started;

    public ParityStores()
    {
        if (new ClickHouseFactAttribute().Skip is not null)
        {
            return;
        }

        var output = Script("up.sh", "--nodes", "2", "--dir", _dir.File("clickhouse"), "--http-port", FreePorts().ToString(CultureInfo.InvariantCulture));
        _started = true;
        Url = output.Trim().Split('\n')[^1];
        ClickHouse = ClickHouseEventStore.Open(Url);
        Sqlite = new SqliteEventStore(_dir.File("dyad.db"));
        foreach (var store in new IEventStore[] { Sqlite, ClickHouse })
        {
            var ingest = new IngestService(TestLexicons.Instance, store).Run([Path.Combine(RepoPaths.Samples, "corpus")], new IngestOptions { Workers = 1 });
            Assert.True(ingest.Ingested > 0);
            var tables = ImportTables.Load(RepoPaths.Data);
            var gdelt = Path.Combine(RepoPaths.Shared, "data", "gdelt");
            new ImportService(tables, store).Run(Dataset.Gdelt, [Path.Combine(gdelt, "20170701234500.export.CSV"), Path.Combine(gdelt, "20170701234500.translation.mentions.CSV")]);
            new ImportService(tables, store).Run(Dataset.Icews, [Path.Combine(RepoPaths.Shared, "data", "icews", "events.2018.sample.tab")]);
        }
    }

    public string Url { get; } = string.Empty;

    public ClickHouseEventStore ClickHouse { get; } = null!;

    public SqliteEventStore Sqlite { get; } = null!;

    /// <summary>A base port whose two HTTP and two native ports (base, base+1, base+1000, base+1001) are free now.</summary>
    private static int FreePorts()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(20_000, 40_000);
            if (new[] { 0, 1, 1000, 1001 }.All(offset => Free(candidate + offset)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no free loopback ports for ClickHouse");

        static bool Free(int port)
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }
    }

    private static string Script(string name, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(RepoPaths.Root, "ops", "clickhouse", name)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{name} failed ({process.ExitCode}): {stderr}");
        }

        return stdout.Result;
    }

    public void Dispose()
    {
        ClickHouse?.Dispose();
        Sqlite?.Dispose();
        if (_started)
        {
            Script("down.sh", "--dir", _dir.File("clickhouse"));
        }

        _dir.Dispose();
    }
}

public sealed class ClickHouseParityTests : IClassFixture<ParityStores>
{
    private static readonly Regex Number = new(@"-?\d+\.\d+(?:[eE][-+]?\d+)?", RegexOptions.Compiled);
    private readonly ParityStores _stores;

    public ClickHouseParityTests(ParityStores stores) => _stores = stores;

    private static IReadOnlyList<Index.Stance> Stances => Index.Stance.Load(Path.Combine(RepoPaths.Data, "analysis", "stances.tsv"));

    /// <summary>Document ids depend on the order documents were written in; everything else must match.</summary>
    private static List<EventRecord> Events(IEventStore store, EventQuery query) => [.. store.QueryEvents(query).Select(e => e with { DocumentId = 0 })];

    /// <summary>
    /// JSON of an answer with its numbers to 9 decimals: sums over the same numbers in another order (ClickHouse
    /// adds each shard's part) may differ in the last bits.
    /// </summary>
    private static string Json(object value) =>
        Number.Replace(JsonSerializer.Serialize(value), m => Math.Round(double.Parse(m.Value, CultureInfo.InvariantCulture), 9).ToString("R", CultureInfo.InvariantCulture));

    [ClickHouseFact]
    public void The_cluster_has_the_same_events_in_the_same_order_and_both_shards_hold_some()
    {
        var sqlite = Events(_stores.Sqlite, new EventQuery());
        Assert.True(sqlite.Count > 5000);
        Assert.Equal(sqlite, Events(_stores.ClickHouse, new EventQuery()));
        Assert.Equal(_stores.Sqlite.Stats(), _stores.ClickHouse.Stats());
        foreach (var query in new[]
                 {
                     new EventQuery { DyadA = "USA", DyadB = "CHN" }, new EventQuery { DyadA = "PAK", DyadB = "RUS", Directed = true },
                     new EventQuery { Actor = "IND", FromYear = 1960, ToYear = 2017 }, new EventQuery { CodePrefix = "04", Quads = [1, 2], Limit = 50 },
                     new EventQuery { Actor = "USAGOV" },
                 })
        {
            Assert.Equal(Events(_stores.Sqlite, query), Events(_stores.ClickHouse, query));
        }

        Assert.All(_stores.ClickHouse.Location.Nodes, node =>
        {
            using var http = new HttpClient();
            var count = http.PostAsync($"{node}?database={_stores.ClickHouse.Location.Database}", new StringContent("SELECT count() FROM events_local")).Result
                .Content.ReadAsStringAsync().Result;
            Assert.True(long.Parse(count.Trim(), CultureInfo.InvariantCulture) > 0, $"shard {node} holds no events");
        });
    }

    [ClickHouseFact]
    public void Aggregations_in_ClickHouse_match_SQLite()
    {
        Assert.Equal(Json(_stores.Sqlite.ActorCounts()), Json(_stores.ClickHouse.ActorCounts()));
        static string Sorted<T>(IEnumerable<T> items) => string.Join("\n", items.Select(i => Json(i!)).Order(StringComparer.Ordinal));
        Assert.Equal(Sorted(_stores.Sqlite.PairTotals(null, null)), Sorted(_stores.ClickHouse.PairTotals(null, null)));
        Assert.Equal(Sorted(_stores.Sqlite.PairTotals(1950, 1990)), Sorted(_stores.ClickHouse.PairTotals(1950, 1990)));
        string[] actors = ["PAK", "RUS", "USA", "CHN", "IND"];
        Assert.Equal(Json(_stores.Sqlite.AggregateTones(actors)), Json(_stores.ClickHouse.AggregateTones(actors)));
        Assert.Equal(Json(_stores.Sqlite.AggregateTones(["USA", "CHN"], actors)), Json(_stores.ClickHouse.AggregateTones(["USA", "CHN"], actors)));
        foreach (var period in Enum.GetValues<TallyPeriod>())
        {
            foreach (var query in new[] { new EventQuery { DyadA = "USA", DyadB = "CHN" }, new EventQuery { Actor = "IND", CodePrefix = "0" }, new EventQuery { DyadA = "USA", DyadB = "RUS", Directed = true } })
            {
                var expected = _stores.Sqlite.TallyImported(query, period);
                Assert.NotEmpty(expected);
                Assert.Equal(Json(expected), Json(_stores.ClickHouse.TallyImported(query, period)));
            }
        }
        Assert.Equal(
            Json(_stores.Sqlite.QueryStatements(new EventQuery { Actor = "PAK" }).Select(s => s with { DocumentId = 0 })),
            Json(_stores.ClickHouse.QueryStatements(new EventQuery { Actor = "PAK" }).Select(s => s with { DocumentId = 0 })));
        // The shared mentions file is GDELT's translation stream: its events are in the translation export, not in
        // this sample, so the mentions are looked up by the ids the file itself names.
        var mentioned = "gdelt:" + File.ReadLines(Path.Combine(RepoPaths.Shared, "data", "gdelt", "20170701234500.translation.mentions.CSV")).First().Split('\t')[0];
        Assert.NotEmpty(_stores.Sqlite.Mentions(mentioned));
        Assert.Equal(_stores.Sqlite.Mentions(mentioned), _stores.ClickHouse.Mentions(mentioned));
        var codes = Dyad.Core.Actors.StateCodes.Load(Path.Combine(RepoPaths.Data, "actors", "state-codes.tsv")).Periods;
        foreach (var panel in new[]
        {
            new PanelQuery { Directed = true, Codes = codes },
            new PanelQuery { Directed = false, Codes = codes, FromYear = 1950, ToYear = 2020 },
            new PanelQuery { Directed = false, ByMonth = true, Codes = codes },
        })
        {
            var expected = _stores.Sqlite.Panel(panel);
            Assert.NotEmpty(expected);
            Assert.Equal(Json(expected), Json(_stores.ClickHouse.Panel(panel)));
        }

        Assert.Equal(
            _stores.Sqlite.ListDocuments().Select(d => (d.Path, d.Name, d.ContentHash, d.Title, d.Sentences, d.Events)),
            _stores.ClickHouse.ListDocuments().Select(d => (d.Path, d.Name, d.ContentHash, d.Title, d.Sentences, d.Events)));
    }

    [ClickHouseFact]
    public void Series_eras_triangle_and_chronology_are_the_same_on_both()
    {
        foreach (var (dyad, third) in new[] { ("PAK-RUS", new[] { "USA", "IND", "CHN", "AFG" }), ("USA-CHN", new[] { "RUS", "JPN", "PRK" }) })
        {
            var spec = DyadSpec.Parse(dyad);
            var answers = new List<string>();
            foreach (var store in new IEventStore[] { _stores.Sqlite, _stores.ClickHouse })
            {
                var analyzer = new DyadAnalyzer(store, Stances);
                var data = analyzer.Load(spec, third);
                answers.Add(Json(new
                {
                    series = analyzer.Series(data, spec, PeriodUnit.Year),
                    raw = analyzer.Series(data, spec, PeriodUnit.Month, raw: true),
                    eras = analyzer.Eras(data, spec),
                    triangle = analyzer.Triangle(data, spec, third),
                    chronology = DyadAnalyzer.Chronology(data, spec).Select(c => Json(c)),
                }));
            }

            Assert.True(answers[0].Length > 200, $"{dyad}: nothing to compare");
            Assert.Equal(answers[0], answers[1]);
        }
    }

    [ClickHouseFact]
    public void A_replaced_or_deleted_document_leaves_the_pair_tones_as_on_SQLite()
    {
        // A database of its own on the same cluster, so the shared stores stay as the other tests expect them.
        var database = "retire" + Guid.NewGuid().ToString("N")[..8];
        foreach (var node in _stores.ClickHouse.Location.Nodes)
        {
            using var http = new HttpClient();
            Assert.True(http.PostAsync(node, new StringContent($"CREATE DATABASE {database}")).Result.IsSuccessStatusCode);
        }

        using var dir = new TempDirectory();
        using var clickHouse = ClickHouseEventStore.Open(_stores.Url[.._stores.Url.LastIndexOf('/')] + "/" + database);
        using var sqlite = new SqliteEventStore(dir.File("dyad.db"));
        string[] actors = ["PAK", "IND"];
        void Step(string text)
        {
            foreach (var store in new IEventStore[] { sqlite, clickHouse })
            {
                if (text.Length == 0)
                {
                    Assert.True(store.DeleteDocument(dir.File("text/war.md")));
                }
                else
                {
                    dir.Write("text/war.md", text);
                    new IngestService(TestLexicons.Instance, store).Run([dir.File("text")], new IngestOptions { Workers = 1 });
                }
            }

            Assert.Equal(Json(sqlite.AggregateTones(actors)), Json(clickHouse.AggregateTones(actors)));
        }

        Step("In 1965 India attacked Pakistan. In 1966 India and Pakistan signed a peace agreement.\n");
        Assert.NotEmpty(clickHouse.AggregateTones(actors));
        Step("In 1971 India attacked Pakistan.\n");
        Assert.Equal([1971], clickHouse.AggregateTones(actors).Select(a => a.Year).Distinct());
        Step(string.Empty);
        Assert.Empty(clickHouse.AggregateTones(actors));
    }

    [ClickHouseFact]
    public void Re_importing_into_the_cluster_adds_nothing()
    {
        var before = _stores.ClickHouse.Stats();
        var tables = ImportTables.Load(RepoPaths.Data);
        var again = new ImportService(tables, _stores.ClickHouse).Run(Dataset.Icews, [Path.Combine(RepoPaths.Shared, "data", "icews", "events.2018.sample.tab")]);
        Assert.Equal(0L, again.Added);
        Assert.Equal(before, _stores.ClickHouse.Stats());
    }
}
