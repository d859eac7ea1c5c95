using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Analysis.Series;
using Dyad.Ingestion;
using Dyad.Storage;
using Dyad.Storage.Sqlite;
using Dyad.Testing;

namespace Dyad.Analysis.Tests;

/// <summary>
/// Events imported from a coded dataset beside events Dyad coded from text: the dataset's rows are its own happenings,
/// counted in the store for series and index, and listed one by one only in a chronology.
/// </summary>
public sealed class ImportedEventsTests : IDisposable
{
    private static readonly DyadSpec Dyad = DyadSpec.Parse("PAK-RUS");
    private readonly TempDirectory _dir = new();
    private readonly SqliteEventStore _store;

    public ImportedEventsTests()
    {
        _store = new SqliteEventStore(_dir.File("dyad.db"));
        // Three rows of one day and code, from three reports: a dataset that already merged what it saw as one.
        _store.ImportEvents(
        [
            Row("t:1", "r1", "PAK", "RUS", "042", 1, 1.9, new DateOnly(1990, 3, 4)),
            Row("t:2", "r2", "PAK", "RUS", "042", 1, 1.9, new DateOnly(1990, 3, 4)),
            Row("t:3", "r3", "RUS", "PAK", "042", 1, 1.9, new DateOnly(1990, 3, 4)),
            Row("t:4", "r3", "RUS", "PAK", "190", 4, -10, new DateOnly(1990, 11, 20)),
            Row("t:5", "r4", "PAK", "IND", "190", 4, -10, new DateOnly(1991, 1, 2)),
        ]);
        _dir.Write("text/visit.md", """
            ---
            title: A visit
            ---
            In March 1990 the Pakistani prime minister visited Moscow.
            """);
        new IngestService(TestLexicons.Instance, _store).Run([_dir.File("text")], new IngestOptions { Workers = 1 });
    }

    private static ImportedEvent Row(string id, string report, string source, string target, string code, int quad, double goldstein, DateOnly date) =>
        new(id, new ImportedReport($"test:{report}", report, null, null), 0, source, source, target, target, source, target, code, quad, goldstein, date);

    [Fact]
    public void The_store_tells_imported_events_from_coded_ones_and_counts_the_imported_per_period()
    {
        var all = _store.QueryEvents(Dyad.ToQuery()).ToList();
        Assert.Equal(4, all.Count(e => e.IsImported));
        Assert.Contains(all, e => !e.IsImported);
        Assert.All(_store.QueryEvents(Dyad.ToQuery() with { Origin = EventOrigin.Imported }), e => Assert.True(e.IsImported));
        Assert.All(_store.QueryEvents(Dyad.ToQuery() with { Origin = EventOrigin.Text }), e => Assert.False(e.IsImported));

        var year = Assert.Single(_store.TallyImported(Dyad.ToQuery(), TallyPeriod.Year));
        Assert.Equal(new EventTally(1990, null, 4, 3, 0, 0, 1, Math.Round((3 * 1.9) - 10, 6), 3), year with { GoldsteinSum = Math.Round(year.GoldsteinSum, 6) });
        Assert.Equal([(1990, (int?)3, 3), (1990, 11, 1)], _store.TallyImported(Dyad.ToQuery(), TallyPeriod.Month).Select(t => (t.Year, t.Month, t.Events)));
        Assert.Equal(1990, Assert.Single(_store.TallyImported(new EventQuery { Actor = "PAK" }, TallyPeriod.Decade)).Year);
        Assert.Equal(2, Assert.Single(_store.TallyImported(new EventQuery { DyadA = "PAK", DyadB = "RUS", Directed = true }, TallyPeriod.Year)).Events);
    }

    [Fact]
    public void A_series_counts_every_imported_row_beside_the_happenings_read_from_text()
    {
        var analyzer = new DyadAnalyzer(_store);
        var data = analyzer.Load(Dyad);
        Assert.All(data.Events, e => Assert.False(e.Record.IsImported));
        var point = Assert.Single(analyzer.Series(data, Dyad, PeriodUnit.Year), p => p.Period.Key == 1990);
        var coded = data.Clusters.Count(c => c.Date?.Year == 1990);
        Assert.True(coded >= 1);
        Assert.Equal(4 + coded, point.Events);
        Assert.Equal(3 + 1, point.Documents);
        Assert.Equal(1, point.MaterialConflict);
    }

    [Fact]
    public void The_index_weighs_the_imported_rows_of_a_pair_that_text_also_covers()
    {
        var analyzer = new DyadAnalyzer(_store);
        var year = Assert.Single(analyzer.Index(analyzer.Load(Dyad), Dyad, IndexOptions.DirectOnly), y => y.Year == 1990);
        Assert.Equal(4, year.Evidence.Where(e => e.Kind == EvidenceKind.EventCount).Sum(e => e.Weight));
        Assert.Contains(year.Evidence, e => e.Kind == EvidenceKind.Event);
    }

    [Fact]
    public void A_chronology_lists_each_imported_row_as_a_happening_of_its_own()
    {
        var analyzer = new DyadAnalyzer(_store);
        var data = analyzer.LoadWithImported(Dyad);
        var imported = data.Clusters.Where(c => c.Representative.Record.IsImported).ToList();
        Assert.Equal(4, imported.Count);
        Assert.All(imported, c => Assert.Single(c.Members));
        Assert.Equal(4, DyadAnalyzer.Chronology(data, Dyad).Count(e => e.Cluster.Representative.Record.IsImported));
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}
