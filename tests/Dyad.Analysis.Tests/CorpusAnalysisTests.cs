using Dyad.Analysis.Eras;
using Dyad.Analysis.Model;
using Dyad.Analysis.Reconciliation;
using Dyad.Analysis.Series;
using Dyad.Ingestion;
using Dyad.Storage.Sqlite;
using Dyad.Testing;

namespace Dyad.Analysis.Tests;

/// <summary>The seed essays (from ../shared) and the sample corpus, ingested once into a temporary store.</summary>
public sealed class CorpusStores : IDisposable
{
    private readonly TempDirectory _dir = new();

    public CorpusStores()
    {
        Seeds = Ingest("seeds.db", RepoPaths.SharedSeeds);
        Samples = Ingest("samples.db", Path.Combine(RepoPaths.Samples, "corpus"));
    }

    public SqliteEventStore Seeds { get; }

    public SqliteEventStore Samples { get; }

    private SqliteEventStore Ingest(string name, string folder)
    {
        var store = new SqliteEventStore(_dir.File(name));
        var summary = new IngestService(TestLexicons.Instance, store).Run([folder], new IngestOptions());
        Assert.True(summary.Ingested > 0, $"nothing ingested from {folder}");
        return store;
    }

    public void Dispose()
    {
        Seeds.Dispose();
        Samples.Dispose();
        _dir.Dispose();
    }
}

public sealed class CorpusAnalysisTests : IClassFixture<CorpusStores>
{
    private static readonly DyadSpec PakRus = DyadSpec.Parse("PAK-RUS");
    private readonly CorpusStores _stores;

    public CorpusAnalysisTests(CorpusStores stores) => _stores = stores;

    private static IReadOnlyList<Index.Stance> Stances => Index.Stance.Load(Path.Combine(RepoPaths.Data, "analysis", "stances.tsv"));

    [Fact]
    public void Seed_eras_turn_near_1979_and_2001_with_hostile_1950s_and_afghan_war_and_a_cooperative_era_after_2001()
    {
        var analyzer = new DyadAnalyzer(_stores.Seeds, Stances);
        var eras = analyzer.Eras(analyzer.Load(PakRus), PakRus);
        var breaks = eras.Skip(1).Select(e => e.StartYear).ToList();
        Assert.Contains(breaks, b => Math.Abs(b - 1979) <= 2);
        Assert.Contains(breaks, b => Math.Abs(b - 2001) <= 2);
        static Era At(IReadOnlyList<Era> eras, int year) => eras.Single(e => e.StartYear <= year && year <= e.EndYear);
        Assert.True(At(eras, 1955).Tone < 0, "the 1950s should be hostile");
        Assert.True(At(eras, 1985).Tone < 0, "the Afghan war years should be hostile");
        Assert.True(At(eras, 2005).Tone > 0, "the years after 2001 should be cooperative");
        Assert.All(eras, e => Assert.NotEmpty(e.Defining));
    }

    [Fact]
    public void Seed_conflicts_include_the_four_known_disagreements()
    {
        var analyzer = new DyadAnalyzer(_stores.Seeds, Stances);
        var conflicts = DyadAnalyzer.Conflicts(analyzer.LoadAll());
        static HashSet<int> Years(Conflict c) => c.Sides.SelectMany(s => s.Reports).Where(r => r.Range is not null)
            .SelectMany(r => Enumerable.Range(r.Range!.Value.FirstYear, Math.Min(2, r.Range.Value.LastYear - r.Range.Value.FirstYear + 1))).ToHashSet();
        bool Has(ConflictKind kind, string source, string target, string root, params int[] years) => conflicts.Any(c =>
            c.Kind == kind && c.Cluster.Code.StartsWith(root, StringComparison.Ordinal)
            && new[] { c.Cluster.Representative.Source, c.Cluster.Representative.Target }.Order().SequenceEqual(new[] { source, target }.Order())
            && years.All(Years(c).Contains));

        Assert.True(Has(ConflictKind.Date, "PAK", "USA", "042", 1950, 1951), "Liaquat's visit to the US: 1950 vs 1951");
        Assert.True(Has(ConflictKind.Date, "PAK", "RUS", "042", 2002, 2003), "Musharraf in Moscow: 2002 vs 2003");
        Assert.True(Has(ConflictKind.Date, "RUS", "AFG", "19", 1979, 1980), "the Soviet invasion of Afghanistan: 1979 vs 1980");
        Assert.True(Has(ConflictKind.Claim, "PAK", "RUS", "042", 2002, 1974), "the 1974 Bhutto visit that 003 rules out");
    }

    [Fact]
    public void The_deduplicated_series_counts_each_happening_once_and_raw_counts_every_report()
    {
        var analyzer = new DyadAnalyzer(_stores.Seeds, Stances);
        var data = analyzer.Load(PakRus);
        var happenings = DyadAnalyzer.DyadClusters(data, PakRus).Where(c => c.Date is not null && c.Date.Value.Precision != Core.Dates.DatePrecision.Decade).ToList();
        var dedup = analyzer.Series(data, PakRus, PeriodUnit.Year);
        var raw = analyzer.Series(data, PakRus, PeriodUnit.Year, raw: true);
        Assert.Equal(happenings.Count, dedup.Sum(p => p.Events));
        Assert.True(raw.Sum(p => p.Events) > dedup.Sum(p => p.Events), "several seeds report the same happening");

        // No report sits in two happenings, and no happening holds two reports of one document at different dates.
        var reports = happenings.SelectMany(c => c.Members).ToList();
        Assert.Equal(reports.Count, reports.Select(r => r.Record.Id).Distinct().Count());
        Assert.All(dedup, p => Assert.Equal(p.Events, p.VerbalCooperation + p.MaterialCooperation + p.VerbalConflict + p.MaterialConflict));
    }

    [Fact]
    public void Sample_corpus_reports_of_one_happening_in_two_documents_merge()
    {
        var analyzer = new DyadAnalyzer(_stores.Samples, Stances);
        var data = analyzer.Load(PakRus);

        // Kosygin's mediation at Tashkent in January 1966 is told in two sample documents.
        var tashkent = DyadAnalyzer.DyadClusters(data, PakRus).Single(c => c.Code == "045" && c.Date?.Year == 1966);
        Assert.Equal(["india-pakistan-wars.txt", "pakistan-soviet-thaw.txt"], tashkent.Members.Select(m => m.Doc).Distinct().Order());
        Assert.Equal(2, tashkent.Support);

        var chronology = DyadAnalyzer.Chronology(data, PakRus);
        Assert.Single(chronology, e => e.Cluster == tashkent);
        Assert.Equal(chronology.Select(e => e.Date).Where(d => d is not null), chronology.Select(e => e.Date).Where(d => d is not null).Order(StringComparer.Ordinal));
    }
}
