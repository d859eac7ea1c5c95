using Dyad.Storage;
using Dyad.Storage.Sqlite;
using Dyad.Testing;

namespace Dyad.Ingestion.Tests;

/// <summary>
/// Identical content is recognised by its hash before extraction, and after any change of files the store holds
/// what a fresh ingest of the same folder would: a path's events follow its current content.
/// </summary>
public sealed class DuplicateContentTests : IDisposable
{
    private const string A = "In 1972 Nixon visited China.";
    private const string B = "In 1979 China invaded Vietnam.";
    private const string C = "In 1987 India sent troops to Sri Lanka.";

    private readonly TempDirectory _dir = new();

    private IngestSummary Ingest(string db, bool prune = false)
    {
        using var store = new SqliteEventStore(_dir.File(db));
        return new IngestService(TestLexicons.Instance, store).Run([_dir.File("corpus")], new IngestOptions { Workers = 2, Prune = prune });
    }

    /// <summary>What a store holds, path by path: the content and the events.</summary>
    private List<string> Snapshot(string db)
    {
        using var store = new SqliteEventStore(_dir.File(db));
        var events = store.QueryEvents(new EventQuery()).ToLookup(e => e.DocumentPath);
        return [.. store.ListDocuments().OrderBy(d => d.Path, StringComparer.Ordinal)
            .Select(d => $"{Path.GetFileName(d.Path)} {d.ContentHash} [{string.Join(',', events[d.Path].Select(e => e.Id).Order(StringComparer.Ordinal))}]")];
    }

    [Fact]
    public void A_hundred_identical_files_are_coded_once_and_kept_under_the_first_name()
    {
        for (var i = 0; i < 100; i++)
        {
            _dir.Write($"corpus/{i:000}.txt", A);
        }

        var summary = Ingest("dyad.db");
        Assert.Equal((1, 99, 1), (summary.Ingested, summary.Duplicates, summary.Extracted));
        Assert.Equal(0, summary.ExitCode);
        using var store = new SqliteEventStore(_dir.File("dyad.db"));
        Assert.Equal("000.txt", Path.GetFileName(Assert.Single(store.ListDocuments()).Path));
    }

    [Fact]
    public void The_same_text_published_under_another_title_or_date_is_a_document_of_its_own()
    {
        _dir.Write("corpus/a.txt", "---\ntitle: Report one\ndate: 1972-02-22\n---\n" + A);
        _dir.Write("corpus/b.txt", "---\ntitle: Report two\ndate: 1972-02-23\n---\n" + A);
        _dir.Write("corpus/c.txt", "---\ntitle: Report two\ndate: 1972-02-23\n---\n" + A);
        var summary = Ingest("dyad.db");
        Assert.Equal((2, 1, 2), (summary.Ingested, summary.Duplicates, summary.Extracted));
        Assert.Equal(["a.txt", "b.txt"], Snapshot("dyad.db").Select(l => l.Split(' ')[0]));
    }

    [Theory]
    [InlineData(A, B, A, A, "b became a copy of a")]
    [InlineData(A, B, B, B, "a became a copy of b")]
    [InlineData(A, B, B, A, "a and b swapped their texts")]
    [InlineData(A, B, C, A, "b took the text a gave up")]
    [InlineData(B, A, A, C, "a took the text b gives up later in the run")]
    [InlineData(A, null, A, A, "a new file b is a copy of a")]
    public void After_files_change_the_store_equals_a_fresh_ingest_of_the_folder(string a, string? b, string a2, string b2, string story)
    {
        _dir.Write("corpus/a.txt", a);
        if (b is not null)
        {
            _dir.Write("corpus/b.txt", b);
        }

        Assert.Equal(0, Ingest("dyad.db").ExitCode);
        _dir.Write("corpus/a.txt", a2);
        _dir.Write("corpus/b.txt", b2);
        var again = Ingest("dyad.db");
        Assert.Equal(0, again.ExitCode);
        Ingest("fresh.db");
        Assert.True(Snapshot("fresh.db").SequenceEqual(Snapshot("dyad.db")), story);
        Assert.Equal(Snapshot("fresh.db"), Snapshot("dyad.db"));
    }

    [Fact]
    public void A_file_that_became_a_copy_loses_its_old_events_and_says_so()
    {
        _dir.Write("corpus/a.txt", A);
        _dir.Write("corpus/b.txt", B);
        Ingest("dyad.db");
        _dir.Write("corpus/b.txt", A);
        var summary = Ingest("dyad.db");
        Assert.Equal((0, 1, 1, 0), (summary.Ingested, summary.Unchanged, summary.Duplicates, summary.Extracted));
        Assert.Contains(summary.Notes, n => n.Kind == "duplicate" && n.Path.EndsWith("b.txt", StringComparison.Ordinal) && n.Message.Contains("removed", StringComparison.Ordinal));
        using var store = new SqliteEventStore(_dir.File("dyad.db"));
        Assert.DoesNotContain(store.QueryEvents(new EventQuery()), e => e.Sentence.Contains("Vietnam", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x20, 0x0a, 0x09, 0x0a }, "no text")]
    public void A_file_that_no_longer_has_a_text_loses_its_old_events_as_in_a_fresh_ingest(byte[] now, string reason)
    {
        _dir.Write("corpus/a.txt", A);
        _dir.Write("corpus/b.txt", B);
        Ingest("dyad.db");
        File.WriteAllBytes(_dir.File("corpus/b.txt"), now);
        var summary = Ingest("dyad.db");
        Assert.Equal((0, 1, 1, 0), (summary.Ingested, summary.Unchanged, summary.Skipped, summary.ExitCode));
        var note = Assert.Single(summary.Notes);
        Assert.Contains(reason, note.Message, StringComparison.Ordinal);
        Assert.Contains("old text and events are removed", note.Message, StringComparison.Ordinal);
        Ingest("fresh.db");
        Assert.Equal(Snapshot("fresh.db"), Snapshot("dyad.db"));
    }

    [Theory]
    [InlineData("corpus/c.txt", "renamed")]
    [InlineData("corpus/sub/a.txt", "moved into a subfolder")]
    public void A_moved_or_renamed_file_takes_over_its_old_document(string to, string story)
    {
        _dir.Write("corpus/a.txt", A);
        _dir.Write("corpus/b.txt", B);
        Ingest("dyad.db");
        Directory.CreateDirectory(Path.GetDirectoryName(_dir.File(to))!);
        File.Move(_dir.File("corpus/a.txt"), _dir.File(to));

        var summary = Ingest("dyad.db");

        Assert.Equal((1, 1, 0, 1, 0), (summary.Ingested, summary.Unchanged, summary.Duplicates, summary.Removed, summary.Gone));
        Assert.Contains(summary.Notes, n => n.Kind == "moved" && n.Message.Contains("a.txt", StringComparison.Ordinal));
        Ingest("fresh.db");
        Assert.True(Snapshot("fresh.db").SequenceEqual(Snapshot("dyad.db")), story);
    }

    [Fact]
    public void A_deleted_file_is_kept_and_counted_unless_pruned()
    {
        _dir.Write("corpus/a.txt", A);
        _dir.Write("corpus/b.txt", B);
        Ingest("dyad.db");
        File.Delete(_dir.File("corpus/b.txt"));

        var kept = Ingest("dyad.db");
        Assert.Equal((1, 0, 1, 0), (kept.Unchanged, kept.Removed, kept.Gone, kept.ExitCode));
        Assert.Equal(2, Snapshot("dyad.db").Count);

        var pruned = Ingest("dyad.db", prune: true);
        Assert.Equal((1, 1, 0, 0), (pruned.Unchanged, pruned.Removed, pruned.Gone, pruned.ExitCode));
        Assert.Contains(pruned.Notes, n => n.Kind == "removed" && n.Path.EndsWith("b.txt", StringComparison.Ordinal));
        Ingest("fresh.db");
        Assert.Equal(Snapshot("fresh.db"), Snapshot("dyad.db"));
    }

    [Fact]
    public void Pruning_one_folder_leaves_the_documents_of_other_folders()
    {
        _dir.Write("corpus/a.txt", A);
        _dir.Write("other/b.txt", B);
        using (var store = new SqliteEventStore(_dir.File("dyad.db")))
        {
            new IngestService(TestLexicons.Instance, store).Run([_dir.File("corpus"), _dir.File("other")], new IngestOptions { Workers = 1 });
        }

        File.Delete(_dir.File("other/b.txt"));
        var summary = Ingest("dyad.db", prune: true);

        Assert.Equal((0, 0), (summary.Removed, summary.Gone));
        Assert.Equal(2, Snapshot("dyad.db").Count);
    }

    public void Dispose() => _dir.Dispose();
}
