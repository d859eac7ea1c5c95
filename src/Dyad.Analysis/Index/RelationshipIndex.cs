using Dyad.Analysis.Model;
using Dyad.Analysis.Reconciliation;
using Dyad.Core.Dates;
using Dyad.Storage;

namespace Dyad.Analysis.Index;

/// <summary>Which evidence the relationship index weighs, and how much.</summary>
public sealed record IndexOptions
{
    /// <summary>Weigh what sources say of the relationship ("relations deteriorated").</summary>
    public bool Statements { get; init; } = true;

    /// <summary>Weigh what ties to third parties imply (structural balance).</summary>
    public bool ThirdParties { get; init; } = true;

    /// <summary>Years either side over which a tie to a third party is judged.</summary>
    public int Window { get; init; } = 2;

    /// <summary>Weight of one third party's implied tone against one event of the dyad.</summary>
    public double ThirdPartyWeight { get; init; } = 0.5;

    /// <summary>Weight per year of an event or statement that spans years (a war from 1979 to 1989).</summary>
    public double SpanWeightPerYear { get; init; } = 0.5;

    /// <summary>Longest span spread over its years; longer ones count at their start.</summary>
    public int MaxSpanYears { get; init; } = 15;

    public static IndexOptions DirectOnly { get; } = new() { Statements = false, ThirdParties = false };
}

public enum EvidenceKind
{
    Event,

    /// <summary>A pair's events of one year, counted in the store rather than read one by one.</summary>
    EventCount,
    Statement,
    ThirdParty,
    Stance,
}

/// <summary>One piece of evidence behind a year's index: its tone, its weight, and where it comes from.</summary>
public sealed record IndexEvidence(EvidenceKind Kind, double Tone, double Weight, string Description, EventCluster? Cluster = null, StatementRecord? Statement = null);

/// <summary>The index for one year: the weighted mean tone of its evidence.</summary>
public sealed record IndexYear(int Year, double Value, double Weight, IReadOnlyList<IndexEvidence> Evidence);

/// <summary>
/// The tone of a relationship year by year, on the Goldstein scale (-10 to +10), from three kinds of evidence:
/// the dyad's own events (one per real happening); what sources say of the relationship ("relations sank to
/// their lowest during the war, 1979-1989"), over the years they cover; and what each side's ties to third
/// parties imply under structural balance: if A is close to C while B is hostile to C, A and B are pulled apart
/// (the product of the two tones, over a window of years). Alliances count as third parties, with the standing
/// hostility data/analysis/stances.tsv records ("SEATO was directed against the USSR"). Cooperating with the
/// other side's rebels or separatists counts as hostility to it.
/// </summary>
public sealed class RelationshipIndex
{
    private readonly IndexOptions _options;
    private readonly Dictionary<(string, string), Dictionary<int, (double Sum, double Weight, List<IndexEvidence> Evidence)>> _pairs = [];

    public RelationshipIndex(IndexOptions? options = null) => _options = options ?? new IndexOptions();

    public IReadOnlyList<IndexYear> Build(DyadSpec dyad, IReadOnlyList<EventCluster> clusters, IReadOnlyList<StatementRecord> statements,
        IReadOnlyList<Stance> stances, IReadOnlyList<ToneAggregate>? aggregates = null)
    {
        Prepare(clusters, statements, stances, aggregates);
        return For(dyad);
    }

    /// <summary>
    /// Reads the evidence for every pair it touches: reconciled happenings where given, else the store's yearly
    /// counts (<paramref name="aggregates"/>) for pairs no happening covers; imported events always as the store
    /// counts them (a dataset's rows are read one by one nowhere). Then <see cref="For"/> and <see cref="Direct"/>
    /// answer per pair.
    /// </summary>
    public void Prepare(IReadOnlyList<EventCluster> clusters, IReadOnlyList<StatementRecord> statements, IReadOnlyList<Stance> stances,
        IReadOnlyList<ToneAggregate>? aggregates = null)
    {
        _pairs.Clear();
        var covered = new HashSet<(string, string)>();
        foreach (var c in clusters)
        {
            if (c.Representative.Record.IsImported)
            {
                continue;
            }

            AddCluster(c);
            if (c.Representative.Target is { } target)
            {
                covered.Add(Key(Node(c.Representative.Record.Source, c.Representative.Source), Node(c.Representative.Record.Target!, target)));
                covered.Add(Key(c.Representative.Source, target));
            }
        }

        foreach (var a in aggregates ?? [])
        {
            if (a.Imported || !covered.Contains(Key(a.Source, a.Target)))
            {
                AddAggregate(a);
            }
        }

        if (_options.Statements)
        {
            foreach (var s in statements)
            {
                AddStatement(s);
            }
        }

        if (_options.ThirdParties)
        {
            foreach (var s in stances)
            {
                for (var y = s.From; y <= s.To; y++)
                {
                    Add(s.Organization, s.State, y, s.Tone, 1, new IndexEvidence(EvidenceKind.Stance, s.Tone, 1, s.Note));
                }
            }
        }
    }

    /// <summary>The pair's own evidence by year (events and statements, no third parties): its tone and weight.</summary>
    public IReadOnlyList<IndexYear> Direct(string a, string b) =>
        (_pairs.GetValueOrDefault(Key(a, b)) ?? []).OrderBy(kv => kv.Key).Where(kv => kv.Value.Weight > 0)
            .Select(kv => new IndexYear(kv.Key, kv.Value.Sum / kv.Value.Weight, kv.Value.Weight, kv.Value.Evidence)).ToList();

    /// <summary>The dyad's index: its own evidence and, when enabled, what third parties imply.</summary>
    public IReadOnlyList<IndexYear> For(DyadSpec dyad)
    {
        var direct = _pairs.GetValueOrDefault(Key(dyad.A, dyad.B)) ?? [];
        var years = new SortedSet<int>(direct.Keys);
        var indirect = new Dictionary<int, List<IndexEvidence>>();
        if (_options.ThirdParties)
        {
            foreach (var (year, evidence) in ThirdPartyEvidence(dyad))
            {
                indirect[year] = evidence;
                years.Add(year);
            }
        }

        var result = new List<IndexYear>();
        foreach (var year in years)
        {
            var evidence = new List<IndexEvidence>();
            double sum = 0, weight = 0;
            if (direct.TryGetValue(year, out var d))
            {
                sum += d.Sum;
                weight += d.Weight;
                evidence.AddRange(d.Evidence);
            }

            if (indirect.TryGetValue(year, out var third))
            {
                foreach (var e in third)
                {
                    sum += e.Tone * e.Weight;
                    weight += e.Weight;
                }

                evidence.AddRange(third);
            }

            if (weight > 0)
            {
                result.Add(new IndexYear(year, sum / weight, weight, evidence));
            }
        }

        return result;
    }

    private void AddCluster(EventCluster c)
    {
        var e = c.Representative;
        if (e.Target is null || c.Date is not { } date)
        {
            return;
        }

        var tone = c.Goldstein;
        var source = Node(e.Record.Source, e.Source);
        var target = Node(e.Record.Target!, e.Target);

        // Cooperating with the other side's rebels is hostility to that side (fighting them is left out: it says
        // little about the two states).
        if (ObservedEvent.IsOpposition(e.Record.Source) != ObservedEvent.IsOpposition(e.Record.Target!))
        {
            if (c.Quad <= 2)
            {
                AddSpread(e.Source, e.Target, date, e.Record.DateEnd, -Math.Abs(tone), new IndexEvidence(EvidenceKind.Event, -Math.Abs(tone), 1, Describe(c), c));
            }

            if (source == e.Source && target == e.Target)
            {
                return;
            }
        }

        AddSpread(source, target, date, e.Record.DateEnd, tone, new IndexEvidence(EvidenceKind.Event, tone, 1, Describe(c), c));
    }

    private void AddAggregate(ToneAggregate a)
    {
        var description = $"{a.Year} {a.Source}-{a.Target}: {a.Count} event(s), Goldstein sum {a.GoldsteinSum.ToString("+0.#;-0.#", System.Globalization.CultureInfo.InvariantCulture)}";
        var opposition = ObservedEvent.IsOpposition(a.Source) != ObservedEvent.IsOpposition(a.Target);
        if (opposition && a.Quad <= 2)
        {
            var hostile = -Math.Abs(a.GoldsteinSum);
            AddTotal(Country(a.Source), Country(a.Target), a.Year, hostile, a.Count, new IndexEvidence(EvidenceKind.EventCount, hostile / a.Count, a.Count, description));
        }

        AddTotal(a.Source, a.Target, a.Year, a.GoldsteinSum, a.Count, new IndexEvidence(EvidenceKind.EventCount, a.GoldsteinSum / a.Count, a.Count, description));
    }

    private static string Country(string node) => ObservedEvent.IsOpposition(node) ? node[..3] : node;

    /// <summary>Adds a sum of tones with its total weight (many events at once).</summary>
    private void AddTotal(string a, string b, int year, double toneSum, double weight, IndexEvidence evidence)
    {
        if (a == b)
        {
            return;
        }

        var key = Key(a, b);
        if (!_pairs.TryGetValue(key, out var years))
        {
            _pairs[key] = years = [];
        }

        var (sum, total, list) = years.TryGetValue(year, out var found) ? found : (0, 0, new List<IndexEvidence>());
        list.Add(evidence);
        years[year] = (sum + toneSum, total + weight, list);
    }

    private void AddStatement(StatementRecord s)
    {
        if (s.Date is not { } text || !PartialDate.TryParse(text, out var date))
        {
            return;
        }

        var start = s.DatePrecision == "decade" ? PartialDate.OfDecade(date.Year) : date;
        var end = s.DateEnd ?? (s.DatePrecision == "decade" ? (start.Year + 9).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        AddSpread(s.FirstCountry, s.SecondCountry, start, end, s.Tone,
            new IndexEvidence(EvidenceKind.Statement, s.Tone, 1, $"\"{s.Cue}\" ({s.Doc}#{s.SentenceIndex})", Statement: s));
    }

    private void AddSpread(string a, string b, PartialDate start, string? end, double tone, IndexEvidence evidence)
    {
        var first = start.Year;
        var last = end is { Length: >= 4 } && int.TryParse(end.AsSpan(0, 4), out var y) ? y : start.LastYear;
        if (last <= first || last - first + 1 > _options.MaxSpanYears)
        {
            Add(a, b, first, tone, 1, evidence);
            return;
        }

        var weight = _options.SpanWeightPerYear;
        for (var year = first; year <= last; year++)
        {
            Add(a, b, year, tone, weight, evidence with { Weight = weight });
        }
    }

    private void Add(string a, string b, int year, double tone, double weight, IndexEvidence evidence) =>
        AddTotal(a, b, year, tone * weight, weight, evidence);

    private IEnumerable<(int Year, List<IndexEvidence> Evidence)> ThirdPartyEvidence(DyadSpec dyad)
    {
        var thirds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b) in _pairs.Keys)
        {
            if (a == dyad.A || a == dyad.B)
            {
                thirds.Add(b);
            }

            if (b == dyad.A || b == dyad.B)
            {
                thirds.Add(a);
            }
        }

        thirds.Remove(dyad.A);
        thirds.Remove(dyad.B);
        var byYear = new SortedDictionary<int, List<IndexEvidence>>();
        foreach (var c in thirds.Order(StringComparer.Ordinal))
        {
            var withA = _pairs.GetValueOrDefault(Key(dyad.A, c));
            var withB = _pairs.GetValueOrDefault(Key(dyad.B, c));
            if (withA is null || withB is null)
            {
                continue;
            }

            var first = Math.Max(withA.Keys.Min(), withB.Keys.Min()) - _options.Window;
            var last = Math.Min(withA.Keys.Max(), withB.Keys.Max()) + _options.Window;
            for (var year = first; year <= last; year++)
            {
                if (Windowed(withA, year) is not { } toneA || Windowed(withB, year) is not { } toneB)
                {
                    continue;
                }

                // Balance: a friend of a friend pulls together, a friend of an enemy pulls apart.
                var implied = toneA * toneB / 10;
                if (!byYear.TryGetValue(year, out var list))
                {
                    byYear[year] = list = [];
                }

                list.Add(new IndexEvidence(EvidenceKind.ThirdParty, implied, _options.ThirdPartyWeight,
                    $"{c}: {dyad.A}-{c} {toneA:+0.0;-0.0}, {dyad.B}-{c} {toneB:+0.0;-0.0}"));
            }
        }

        foreach (var (year, list) in byYear)
        {
            yield return (year, list);
        }
    }

    private double? Windowed(Dictionary<int, (double Sum, double Weight, List<IndexEvidence> Evidence)> years, int center)
    {
        double sum = 0, weight = 0;
        for (var y = center - _options.Window; y <= center + _options.Window; y++)
        {
            if (years.TryGetValue(y, out var v))
            {
                sum += v.Sum;
                weight += v.Weight;
            }
        }

        return weight > 0 ? sum / weight : null;
    }

    /// <summary>States at country level; rebels, insurgents and separatists stay apart from their state ("AFGREB").</summary>
    private static string Node(string code, string country) => ObservedEvent.IsOpposition(code) ? code : country;

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static string Describe(EventCluster c)
    {
        var e = c.Representative.Record;
        return $"{c.Date} {e.Source}>{e.Target} {e.Cameo} ({string.Join(", ", c.Members.Select(m => $"{m.Doc}#{m.Record.SentenceIndex}").Distinct().Take(3))})";
    }
}
