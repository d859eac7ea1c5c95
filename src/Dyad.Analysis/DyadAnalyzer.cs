using Dyad.Analysis.Chronology;
using Dyad.Analysis.Eras;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Analysis.Reconciliation;
using Dyad.Analysis.Series;
using Dyad.Analysis.Triangles;
using Dyad.Storage;

namespace Dyad.Analysis;

/// <summary>
/// What the store says about a dyad, ready for analysis: every report between its two sides coded from text
/// (reconciled into happenings; imported events too when loaded for a chronology), the statements about the
/// relationships of the actors involved, and the yearly tone of every pair they take part in (counted in the store:
/// the third-party part of the index, and every imported event).
/// </summary>
public sealed record AnalysisData(IReadOnlyList<ObservedEvent> Events, IReadOnlyList<StatementRecord> Statements, IReadOnlyList<EventCluster> Clusters)
{
    public IReadOnlyList<ToneAggregate> Aggregates { get; init; } = [];
}

/// <summary>
/// The analysis library's front door, shared by the command line and the web server: loads a dyad's evidence from
/// the store (the events and statements of either side, with any party), reconciles the reports into happenings,
/// and answers series, index, eras, triangles, conflicts and chronology from them. Events imported from coded
/// datasets (GDELT, ICEWS) are happenings as their dataset made them and can number millions per dyad: the series,
/// index, eras and triangles take them counted per period in the store (GROUP BY there), never one by one.
/// </summary>
public sealed class DyadAnalyzer
{
    private readonly IEventStore _store;
    private readonly IReadOnlyList<Stance> _stances;

    public DyadAnalyzer(IEventStore store, IReadOnlyList<Stance>? stances = null, ReconcileOptions? reconcile = null)
    {
        _store = store;
        _stances = stances ?? [];
        Reconciler = new Reconciler(reconcile);
    }

    public Reconciler Reconciler { get; }

    /// <summary>
    /// The reports coded from text between the dyad's sides, reconciled; the statements and yearly pair tones of both
    /// sides and of <paramref name="thirdParties"/>. Reads only what the dyad needs, so it stays fast on a store of
    /// millions of events.
    /// </summary>
    public AnalysisData Load(DyadSpec dyad, params string[] thirdParties) => Load(dyad, EventOrigin.Text, thirdParties);

    /// <summary>As <see cref="Load(DyadSpec, string[])"/>, with the dyad's imported events read one by one too (each its own happening), for a chronology.</summary>
    public AnalysisData LoadWithImported(DyadSpec dyad) => Load(dyad, EventOrigin.Any, []);

    private AnalysisData Load(DyadSpec dyad, EventOrigin origin, string[] thirdParties)
    {
        var events = _store.QueryEvents(new EventQuery { DyadA = dyad.A, DyadB = dyad.B, Origin = origin }).Select(e => new ObservedEvent(e)).ToList();
        var actors = new[] { dyad.A, dyad.B }.Concat(thirdParties).Distinct(StringComparer.Ordinal).ToList();
        var statements = new Dictionary<(long, int, int), StatementRecord>();
        foreach (var actor in actors)
        {
            foreach (var s in _store.QueryStatements(new EventQuery { Actor = actor }))
            {
                statements.TryAdd((s.DocumentId, s.SentenceIndex, s.CueStart), s);
            }
        }

        return new AnalysisData(events, [.. statements.Values], Reconciler.Cluster(events)) { Aggregates = _store.AggregateTones([dyad.A, dyad.B], actors) };
    }

    /// <summary>Everything coded from text in the store, reconciled (for conflicts across all dyads: imported rows carry no source to disagree with).</summary>
    public AnalysisData LoadAll()
    {
        var list = _store.QueryEvents(new EventQuery { Origin = EventOrigin.Text }).Select(e => new ObservedEvent(e)).ToList();
        return new AnalysisData(list, [.. _store.QueryStatements(new EventQuery())], Reconciler.Cluster(list));
    }

    /// <summary>The happenings (or, raw, the reports) coded from text between the dyad's two sides, asserted and dated.</summary>
    private static IEnumerable<SeriesItem> SeriesItems(AnalysisData data, DyadSpec dyad, bool raw)
    {
        if (raw)
        {
            return data.Events.Where(e => e.Asserted && e.Date is not null && !e.Record.IsImported && dyad.Matches(e.Source, e.Target, e.Symmetric))
                .Select(e => new SeriesItem(e.Date!.Value, e.Record.Quad, e.Record.Goldstein, [e.Doc]));
        }

        return DyadClusters(data, dyad).Where(c => c.Date is not null && !c.Representative.Record.IsImported)
            .Select(c => new SeriesItem(c.Date!.Value, c.Quad, c.Goldstein, c.Members.Select(m => m.Doc).Distinct().ToList()));
    }

    public static IEnumerable<EventCluster> DyadClusters(AnalysisData data, DyadSpec dyad) =>
        data.Clusters.Where(c => dyad.Matches(c.Representative.Source, c.Representative.Target, c.Representative.Symmetric));

    public IReadOnlyList<IndexYear> Index(AnalysisData data, DyadSpec dyad, IndexOptions? options = null) =>
        new RelationshipIndex(options).Build(dyad, DyadClusters(data, dyad).ToList(), data.Statements, _stances, data.Aggregates);

    public IReadOnlyList<SeriesPoint> Series(AnalysisData data, DyadSpec dyad, PeriodUnit unit, int? from = null, int? to = null, bool raw = false,
        IndexOptions? index = null)
    {
        var statementsByYear = data.Statements.Where(s => dyad.Matches(s.FirstCountry, s.SecondCountry, symmetric: true) && s.Date is { Length: >= 4 })
            .GroupBy(s => int.Parse(s.Date!.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
        var period = unit switch { PeriodUnit.Month => TallyPeriod.Month, PeriodUnit.Decade => TallyPeriod.Decade, _ => TallyPeriod.Year };
        var counted = _store.TallyImported(dyad.ToQuery(), period);
        return new SeriesBuilder().Build(SeriesItems(data, dyad, raw), unit, from, to, Index(data, dyad, index), statementsByYear, counted);
    }

    public IReadOnlyList<Era> Eras(AnalysisData data, DyadSpec dyad, EraOptions? options = null, IndexOptions? index = null) =>
        new EraFinder(options).Find(Index(data, dyad, index));

    public TriangleReport Triangle(AnalysisData data, DyadSpec dyad, IReadOnlyList<string> thirdParties, EraOptions? eras = null)
    {
        var pairs = new RelationshipIndex(new IndexOptions { ThirdParties = false });
        pairs.Prepare(DyadClusters(data, dyad).ToList(), data.Statements, _stances, data.Aggregates);
        return new TriangleAnalyzer().Analyze(dyad, thirdParties, Eras(data, dyad, eras), pairs);
    }

    /// <summary>Disagreements among the reports; with a dyad, only those about happenings between its sides.</summary>
    public static IReadOnlyList<Conflict> Conflicts(AnalysisData data, DyadSpec? dyad = null)
    {
        var conflicts = new ConflictFinder().Find(data.Clusters, data.Events);
        return dyad is null ? conflicts
            : conflicts.Where(c => dyad.Matches(c.Cluster.Representative.Source, c.Cluster.Representative.Target, c.Cluster.Representative.Symmetric)).ToList();
    }

    public static IReadOnlyList<ChronologyEntry> Chronology(AnalysisData data, DyadSpec dyad) =>
        ChronologyBuilder.Build(DyadClusters(data, dyad).ToList(), Conflicts(data, dyad));
}
