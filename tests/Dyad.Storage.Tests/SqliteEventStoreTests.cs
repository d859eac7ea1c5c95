using Dyad.Core.Documents;
using Dyad.Core.Events;
using Dyad.Extraction.Pipeline;
using Dyad.Storage.Sqlite;
using Dyad.Testing;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Tests;

public sealed class SqliteEventStoreTests : IDisposable
{
    private const string History =
        "In 1950 India recognised the People's Republic of China. In 1962 China attacked India. " +
        "In 1971 the Soviet Union signed a treaty with India. Pakistan criticised the treaty. " +
        "In 1976 India restored relations with China. Nepal hosted Chinese officials.";

    private readonly TempDirectory _dir = new();

    private (SourceDocument Document, ExtractionResult Extraction) Read(string name, string text)
    {
        var document = new SourceDocument(_dir.File(name), text, DocumentMetadata.Empty, "hash-" + text.GetHashCode(StringComparison.Ordinal));
        return (document, TestLexicons.NewPipeline().Extract(text, document.ContentHash));
    }

    private SqliteEventStore Open() => new(_dir.File("dyad.db"));

    [Fact]
    public void Creates_the_schema_once_in_wal_mode()
    {
        using (var store = Open())
        {
            Assert.Equal(new StoreStats(0, 0, 0), store.Stats());
        }

        using var connection = new SqliteConnection($"Data Source={_dir.File("dyad.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version";
        Assert.Equal(6L, command.ExecuteScalar());
    }

    [Fact]
    public void Connections_opening_a_new_store_at_once_all_succeed_and_create_it_once()
    {
        for (var round = 0; round < 20; round++)
        {
            var path = _dir.File($"race{round}/dyad.db");
            using var start = new Barrier(4);
            var opened = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                using var store = new SqliteEventStore(path);
                return store.Stats().Documents;
            })).ToArray();
            Assert.All(opened, t => Assert.Equal(0, t.GetAwaiter().GetResult()));
        }
    }

    [Fact]
    public void A_store_opened_read_only_reads_and_refuses_to_write()
    {
        var (document, extraction) = Read("a.txt", History);
        using (var store = Open())
        {
            store.SaveDocument(document, extraction);
        }

        using var reader = SqliteEventStore.OpenReadOnly(_dir.File("dyad.db"));
        Assert.True(reader.ReadOnly);
        Assert.Equal(extraction.Events.Count, reader.QueryEvents(new EventQuery()).Count());
        Assert.Throws<InvalidOperationException>(() => reader.SaveDocument(document, extraction));
        Assert.Throws<InvalidOperationException>(() => reader.DeleteDocument(document.Path));
        Assert.Throws<FileNotFoundException>(() => SqliteEventStore.OpenReadOnly(_dir.File("none.db")));
        Assert.False(File.Exists(_dir.File("none.db")));
    }

    [Fact]
    public void Refuses_a_database_from_a_newer_version()
    {
        using (var connection = new SqliteConnection($"Data Source={_dir.File("dyad.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(Open);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stores_documents_sentences_and_events_and_reads_them_back()
    {
        var (document, extraction) = Read("history.txt", History);
        using var store = Open();
        store.SaveDocument(document, extraction);

        var stats = store.Stats();
        Assert.Equal((1, extraction.Sentences.Count, extraction.Events.Count), (stats.Documents, stats.Sentences, stats.Events));
        var events = store.QueryEvents(new EventQuery()).ToList();
        Assert.Equal(extraction.Events.Select(e => e.Id).Order(), events.Select(e => e.Id).Order());
        var treaty = events.Single(e => e.Cameo == "057" && e.Date == "1971");
        Assert.Equal("In 1971 the Soviet Union signed a treaty with India.", treaty.Sentence);
        Assert.Equal(History.IndexOf("In 1971", StringComparison.Ordinal), treaty.Start);
        Assert.Equal(("RUS", "USSR", "IND"), (treaty.Source, treaty.SourceHistorical, treaty.Target));
        Assert.True(treaty.Symmetric);
        Assert.Equal(History, store.DocumentText(store.FindByPath(document.Path)!.Id));
    }

    [Fact]
    public void Saving_a_changed_document_replaces_its_events_and_keeps_stable_ids()
    {
        var (first, firstExtraction) = Read("doc.txt", History);
        var (changed, changedExtraction) = Read("doc.txt", History + " In 1988 Rajiv Gandhi visited China.");
        using var store = Open();
        store.SaveDocument(first, firstExtraction);
        store.SaveDocument(changed, changedExtraction);

        Assert.Equal(1, store.Stats().Documents);
        var ids = store.QueryEvents(new EventQuery()).Select(e => e.Id).ToHashSet();
        Assert.Equal(changedExtraction.Events.Count, ids.Count);
        Assert.Contains(store.QueryEvents(new EventQuery { CodePrefix = "042" }), e => e.Date == "1988");

        // Same content, same ids: extraction is deterministic.
        var again = TestLexicons.NewPipeline().Extract(changed.Text, changed.ContentHash);
        Assert.Equal(ids, again.Events.Select(e => e.Id).ToHashSet());
    }

    [Fact]
    public void A_failing_document_leaves_nothing_behind()
    {
        var (document, extraction) = Read("doc.txt", History);
        var broken = extraction.Events[0] with { SourceText = null! };
        var bad = new ExtractionResult(extraction.Sentences, [.. extraction.Events.Skip(1), broken]);
        using var store = Open();
        Assert.ThrowsAny<SqliteException>(() => store.SaveDocument(document, bad));
        Assert.Equal(new StoreStats(0, 0, 0), store.Stats());
    }

    [Fact]
    public void Deleting_a_document_deletes_its_sentences_and_events()
    {
        var (document, extraction) = Read("doc.txt", History);
        using var store = Open();
        store.SaveDocument(document, extraction);
        Assert.True(store.DeleteDocument(document.Path));
        Assert.Equal(new StoreStats(0, 0, 0), store.Stats());
    }

    [Fact]
    public void Filters_by_dyad_actor_years_code_and_quad()
    {
        var (document, extraction) = Read("doc.txt", History);
        using var store = Open();
        store.SaveDocument(document, extraction);

        List<string> Query(EventQuery q) => store.QueryEvents(q).Select(e => $"{e.Source}>{e.Target} {e.Cameo} {e.Date}").ToList();

        Assert.Equal(["IND>CHN 054 1950", "CHN>IND 190 1962", "IND>CHN 054 1976"], Query(new EventQuery { DyadA = "IND", DyadB = "CHN" }));
        Assert.Equal(["CHN>IND 190 1962"], Query(new EventQuery { DyadA = "CHN", DyadB = "IND", Directed = true }));
        Assert.Equal(["CHN>IND 190 1962", "RUS>IND 057 1971"], Query(new EventQuery { Actor = "IND", FromYear = 1960, ToYear = 1975 }));
        Assert.Equal(["CHN>IND 190 1962"], Query(new EventQuery { Quads = [4] }));
        Assert.Equal(["IND>CHN 054 1950", "IND>CHN 054 1976"], Query(new EventQuery { CodePrefix = "05", Actor = "CHN" }));
        Assert.DoesNotContain(Query(new EventQuery { FromYear = 1900 }), e => e.EndsWith(' '));
    }

    [Fact]
    public void The_same_query_run_again_inside_a_loop_over_it_gets_its_own_answers()
    {
        var (document, extraction) = Read("doc.txt", History);
        using var store = Open();
        store.SaveDocument(document, extraction);
        var query = new EventQuery { DyadA = "IND", DyadB = "CHN" };
        var outer = new List<string>();
        foreach (var e in store.QueryEvents(query))
        {
            outer.Add(e.Id);
            Assert.Equal(3, store.QueryEvents(query).Count()); // the outer reader's compiled command is busy; this one is fresh
        }

        Assert.Equal(3, outer.Count);
        Assert.Equal(outer, store.QueryEvents(query).Select(e => e.Id)); // and the reused command answers the same again
        Assert.Equal(2, store.QueryEvents(query with { FromYear = 1960 }).Count());
        Assert.Single(store.QueryEvents(query with { FromYear = 1970 })); // the same shape with new values
    }

    [Theory]
    [InlineData("PAK-RUS", "PAK", "RUS", false)]
    [InlineData("pak>rus", "PAK", "RUS", true)]
    [InlineData("USA-PAKMIL", "USA", "PAKMIL", false)]
    public void Parses_dyads(string text, string a, string b, bool directed) =>
        Assert.Equal((a, b, directed), EventQuery.ParseDyad(text));

    [Theory]
    [InlineData("PAK")]
    [InlineData("PAK-")]
    [InlineData("PAK-RUS-IND")]
    [InlineData("P-R")]
    public void Rejects_malformed_dyads_with_a_hint(string text)
    {
        var error = Assert.Throws<FormatException>(() => EventQuery.ParseDyad(text));
        Assert.Contains("PAK-RUS", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Fact]
    public void A_batch_is_stored_whole_or_not_at_all()
    {
        var good = Read("good.txt", History);
        var bad = Read("bad.txt", "In 1950 India recognised the People's Republic of China.");
        using var store = Open();
        using (var connection = new SqliteConnection($"Data Source={_dir.File("dyad.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER refuse_bad BEFORE INSERT ON events WHEN NEW.document_id = (SELECT id FROM documents WHERE name = 'bad.txt') BEGIN SELECT RAISE(ABORT, 'refused'); END";
            command.ExecuteNonQuery();
        }

        Assert.ThrowsAny<SqliteException>(() => store.SaveDocuments([new(good.Document, good.Extraction), new(bad.Document, bad.Extraction)]));
        Assert.Equal(new StoreStats(0, 0, 0), store.Stats());

        store.SaveDocuments([new(good.Document, good.Extraction)]);
        Assert.Equal(1, store.Stats().Documents);
        Assert.Equal(good.Extraction.Events.Count, store.Stats().Events);
    }

    [Fact]
    public void An_older_database_is_migrated_in_place_and_keeps_its_events()
    {
        var (document, extraction) = Read("history.txt", History);
        using (var store = Open())
        {
            store.SaveDocument(document, extraction);
        }

        using (var connection = new SqliteConnection($"Data Source={_dir.File("dyad.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE mentions; DROP TABLE statements; ALTER TABLE events DROP COLUMN first_since; PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        using var reopened = Open();
        Assert.Equal(extraction.Events.Count, reopened.Stats().Events);
        Assert.All(reopened.QueryEvents(new EventQuery()), e => Assert.Null(e.FirstSince));
    }

    [Fact]
    public void A_first_since_claim_is_stored_with_its_event()
    {
        var (document, extraction) = Read("claim.txt", "In 1960 Nehru visited Pakistan. In 2002 Vajpayee paid a visit to Pakistan, the first since Nehru's trip 42 years earlier.");
        using var store = Open();
        store.SaveDocument(document, extraction);
        var claimed = Assert.Single(store.QueryEvents(new EventQuery()), e => e.FirstSince is not null);
        Assert.Equal(("2002", "1960"), (claimed.Date, claimed.FirstSince));
    }

    [Fact]
    public void Relationship_statements_are_stored_and_found_from_either_side()
    {
        var (document, extraction) = Read("ties.txt", "Relations between India and China deteriorated sharply in 1959. In 1962 China attacked India.");
        using var store = Open();
        store.SaveDocument(document, extraction);
        var forward = Assert.Single(store.QueryStatements(new EventQuery { DyadA = "IND", DyadB = "CHN" }));
        var backward = Assert.Single(store.QueryStatements(new EventQuery { DyadA = "CHN", DyadB = "IND" }));
        Assert.Equal(forward, backward);
        Assert.Equal(("1959", -4.0, "deteriorated", "ties.txt"), (forward.Date, forward.Tone, forward.Cue, forward.Doc));
        Assert.Empty(store.QueryStatements(new EventQuery { DyadA = "IND", DyadB = "PAK" }));
    }

    [Fact]
    public void Pair_tones_by_year_count_each_event_once_and_keep_rebels_apart()
    {
        var (document, extraction) = Read("tones.txt",
            "In 1980 India criticised Pakistan. In 1980 Pakistan criticised India. In 1980 India praised Nepal. " +
            "In 1981 Pakistan supplied arms to the Afghan mujahideen. In 1981 Nepal did not praise China.");
        using var store = Open();
        store.SaveDocument(document, extraction);
        var tones = store.AggregateTones(["IND", "PAK"]);
        Assert.Equal(2, tones.Where(t => t.Year == 1980 && new[] { t.Source, t.Target }.Order().SequenceEqual(["IND", "PAK"])).Sum(t => t.Count));
        Assert.Single(tones, t => t is { Source: "IND", Target: "NPL", Year: 1980 });
        Assert.Single(tones, t => t is { Source: "PAK", Target: "AFGREB", Year: 1981 });
        Assert.DoesNotContain(tones, t => t.Source == "NPL" && t.Target == "CHN");
        Assert.Empty(store.AggregateTones([]));
    }

    [Fact]
    public void Pair_tones_take_every_pair_of_the_sides_and_only_the_pairs_among_the_others()
    {
        var (document, extraction) = Read("among.txt",
            "In 1980 India criticised Pakistan. In 1980 India praised Pakistan. In 1982 Nepal praised China. In 1982 Nepal praised Japan. " +
            "In 1983 Pakistan supplied arms to the Afghan mujahideen. In 1983 Pakistan criticised the Afghan mujahideen.");
        using var store = Open();
        store.SaveDocument(document, extraction);
        var tones = store.AggregateTones(["IND", "PAK"], ["NPL", "CHN"]);
        Assert.Equal([1, 3], tones.Where(t => t is { Source: "IND", Target: "PAK", Year: 1980 }).Select(t => t.Quad).Order());
        Assert.Single(tones, t => t is { Source: "NPL", Target: "CHN", Year: 1982, Quad: 0 });
        Assert.DoesNotContain(tones, t => t.Target == "JPN");
        Assert.Equal([2, 3], tones.Where(t => t.Target == "AFGREB").Select(t => t.Quad).Order());
        Assert.DoesNotContain(store.AggregateTones(["IND", "PAK"]), t => t.Source == "NPL");
    }
}
