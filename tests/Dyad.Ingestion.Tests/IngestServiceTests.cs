using System.Diagnostics;
using System.Text;
using Dyad.Storage;
using Dyad.Storage.Sqlite;
using Dyad.Testing;
using Microsoft.Data.Sqlite;

namespace Dyad.Ingestion.Tests;

public sealed class IngestServiceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private SqliteEventStore Store() => new(_dir.File("dyad.db"));

    private IngestSummary Ingest(params string[] paths) => Ingest(new IngestOptions(), paths);

    private IngestSummary Ingest(IngestOptions options, params string[] paths)
    {
        using var store = Store();
        return new IngestService(TestLexicons.Instance, store).Run(paths, options);
    }

    [Fact]
    public void Re_ingesting_the_same_content_adds_nothing()
    {
        _dir.Write("corpus/a.txt", "In 1972 Nixon visited China. In 1979 China invaded Vietnam.");
        _dir.Write("corpus/b.md", "# Note\n\nIn 1987 India sent troops to Sri Lanka.");
        var first = Ingest(_dir.File("corpus"));
        Assert.Equal((2, 0, 3), (first.Ingested, first.Unchanged, first.Events));
        var second = Ingest(_dir.File("corpus"));
        Assert.Equal((0, 2, 0), (second.Ingested, second.Unchanged, second.Events));
        using var store = Store();
        Assert.Equal(3, store.Stats().Events);
        Assert.Equal(0, second.ExitCode);
    }

    [Fact]
    public void The_front_matter_date_and_title_reach_the_extractor()
    {
        _dir.Write("report.txt", "---\ntitle: Chile criticises Peru\ndate: 1993-09-07\n---\n\nChile criticises Peru\n\nChile criticised Peru yesterday.\n");
        Ingest(_dir.Path);
        using var store = Store();
        var events = store.QueryEvents(new EventQuery()).Select(e => $"{e.Source}>{e.Target} {e.Date}").ToList();
        Assert.Equal(["CHL>PER 1993-09-06"], events);
    }

    [Fact]
    public void A_changed_file_replaces_its_own_events_only()
    {
        var a = _dir.Write("a.txt", "In 1972 Nixon visited China.");
        _dir.Write("b.txt", "In 1979 China invaded Vietnam.");
        Ingest(_dir.Path);
        File.WriteAllText(a, "In 1972 Nixon visited China. In 1974 Gerald Ford visited Japan. Japan hosted Gerald Ford again in 1975.");
        var summary = Ingest(_dir.Path);
        Assert.Equal((1, 1), (summary.Ingested, summary.Unchanged));
        using var store = Store();
        var events = store.QueryEvents(new EventQuery()).Select(e => $"{e.Doc} {e.Source}>{e.Target} {e.Date}").ToList();
        Assert.Contains("a.txt USA>JPN 1974", events);
        Assert.Contains("b.txt CHN>VNM 1979", events);
        Assert.Single(events, e => e.StartsWith("a.txt USA>CHN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_the_store_refuses_fails_alone_and_the_rest_of_its_batch_is_stored()
    {
        for (var i = 0; i < 40; i++)
        {
            _dir.Write($"corpus/d{i:D2}.txt", $"In {1950 + i} India recognised Nepal. In {1951 + i} Nepal hosted Indian officials.");
        }

        using (var store = Store())
        using (var connection = new SqliteConnection($"Data Source={_dir.File("dyad.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.name = 'd17.txt' BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END";
            command.ExecuteNonQuery();
        }

        var summary = Ingest(new IngestOptions { Workers = 4 }, _dir.File("corpus"));
        Assert.Equal((39, 1), (summary.Ingested, summary.Failed));
        Assert.Equal(ExitCodes.SomeFailed, summary.ExitCode);
        Assert.Contains(summary.Notes, n => n.Kind == "failed" && n.Path.EndsWith("d17.txt", StringComparison.Ordinal) && n.Message.Contains("refused", StringComparison.Ordinal));
        using var check = Store();
        Assert.Equal(39, check.Stats().Documents);
    }

    [Fact]
    public void The_same_text_under_another_name_is_not_added_twice()
    {
        _dir.Write("one/a.txt", "In 1972 Nixon visited China.");
        _dir.Write("two/a-copy.txt", "In 1972 Nixon visited China.");
        var summary = Ingest(_dir.Path);
        Assert.Equal((1, 1), (summary.Ingested, summary.Duplicates));
        Assert.Contains(summary.Notes, n => n.Kind == "duplicate" && n.Message.Contains("same text", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_files_get_one_line_each_and_the_rest_is_ingested()
    {
        _dir.Write("good.txt", "In 1972 Nixon visited China.");
        _dir.Write("empty.txt", string.Empty);
        File.WriteAllBytes(_dir.File("binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);
        File.WriteAllBytes(_dir.File("latin1.txt"), Encoding.Latin1.GetBytes("En 1972 Nixon visited China; caf\u00e9 talks followed."));
        _dir.Write("page.html", "<html><body><script>alert('x')</script><p>In 1985 Gorbachev met Reagan in Geneva.</p></body></html>");
        var summary = Ingest(_dir.Path, _dir.File("missing-folder"));
        Assert.Equal(3, summary.Ingested);
        Assert.Equal(2, summary.Skipped);
        Assert.Equal(1, summary.Failed);
        Assert.Equal(ExitCodes.SomeFailed, summary.ExitCode);
        Assert.Contains(summary.Notes, n => n.Path.EndsWith("empty.txt", StringComparison.Ordinal) && n.Message == "empty file");
        Assert.Contains(summary.Notes, n => n.Path.EndsWith("binary.txt", StringComparison.Ordinal) && n.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(summary.Notes, n => n.Path.EndsWith("latin1.txt", StringComparison.Ordinal) && n.Kind == "warning");
        Assert.Contains(summary.Notes, n => n.Kind == "missing");
        Assert.Single(summary.Notes, n => n.Path.EndsWith("empty.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_ingested_from_bad_input_is_a_failure_exit()
    {
        _dir.Write("empty.txt", string.Empty);
        Assert.Equal(ExitCodes.NothingRead, Ingest(_dir.Path).ExitCode);
        Assert.Equal(ExitCodes.SomeFailed, Ingest(_dir.File("no-such-path")).ExitCode);
    }

    [Fact]
    public void A_50_megabyte_single_line_file_is_skipped_by_default_and_handled_when_allowed()
    {
        var path = _dir.File("huge.txt");
        using (var writer = new StreamWriter(path))
        {
            var chunk = string.Concat(Enumerable.Repeat("Pakistan and China held talks without any full stop ", 100));
            while (writer.BaseStream.Length < 50L * 1024 * 1024)
            {
                writer.Write(chunk);
                writer.Flush();
            }
        }

        var skipped = Ingest(path);
        Assert.Equal(1, skipped.Skipped);
        Assert.Contains("too large", skipped.Notes.Single().Message, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        var allowed = Ingest(new IngestOptions { MaxBytes = 64L * 1024 * 1024 }, path);
        Assert.Equal(1, allowed.Ingested);
        Assert.True(allowed.Sentences > 40_000, $"{allowed.Sentences} sentences");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), "a single long line must not stall the pipeline");
    }

    [Fact]
    public void A_folder_of_ten_thousand_small_files_is_ingested_completely()
    {
        var countries = new[] { "India", "China", "Japan", "Brazil", "Egypt", "Kenya", "Chile", "Peru" };
        for (var i = 0; i < 10_000; i++)
        {
            var a = countries[i % countries.Length];
            var b = countries[(i / countries.Length + 1 + i) % countries.Length];
            if (a == b)
            {
                b = "Nepal";
            }

            _dir.Write($"many/{i / 1000:D2}/doc{i:D5}.txt", $"Report {i}. In {1950 + (i % 70)} {a} signed a trade agreement with {b}.");
        }

        var summary = Ingest(_dir.File("many"));
        Assert.Equal((10_000, 0, 0), (summary.Ingested, summary.Skipped, summary.Failed));
        using var store = Store();
        var stats = store.Stats();
        Assert.Equal(10_000, stats.Documents);
        Assert.Equal(10_000, stats.Events);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
