using Dyad.Analysis.Index;

namespace Dyad.Analysis.Eras;

public sealed record EraOptions
{
    /// <summary>Multiplies the penalty per era (higher: fewer, longer eras).</summary>
    public double PenaltyFactor { get; init; } = 2.0;

    /// <summary>Shortest era, in years.</summary>
    public int MinYears { get; init; } = 3;

    /// <summary>Defining pieces of evidence listed per era.</summary>
    public int Defining { get; init; } = 3;
}

/// <summary>An era of a relationship: its years, its mean tone, how much evidence it rests on, and what defines it.</summary>
public sealed record Era(int StartYear, int EndYear, double Tone, double Weight, int Years, IReadOnlyList<IndexEvidence> Defining)
{
    /// <summary>"cooperative", "hostile" or "mixed", from the mean tone.</summary>
    public string Character => Tone >= 1 ? "cooperative" : Tone <= -1 ? "hostile" : "mixed";
}

/// <summary>
/// Splits a relationship's yearly index into eras with PELT. Each year is an observation weighted by the evidence
/// behind it; years without evidence weigh nothing. The penalty per era is the factor times the variance of the
/// evidence around its year's mean (how noisy one piece of evidence is) times the log of the evidence's total weight,
/// in the spirit of BIC. A break that falls in a gap is moved to the first year with evidence after it.
/// </summary>
public sealed class EraFinder
{
    private readonly EraOptions _options;

    public EraFinder(EraOptions? options = null) => _options = options ?? new EraOptions();

    public IReadOnlyList<Era> Find(IReadOnlyList<IndexYear> index)
    {
        if (index.Count == 0)
        {
            return [];
        }

        var first = index[0].Year;
        var last = index[^1].Year;
        var n = last - first + 1;
        var values = new double[n];
        var weights = new double[n];
        foreach (var y in index)
        {
            values[y.Year - first] = y.Value;
            weights[y.Year - first] = y.Weight;
        }

        var penalty = Penalty(index);
        var changes = ChangePoint.Pelt(values, weights, penalty, _options.MinYears);

        // Start each era at its first year with evidence.
        var starts = new List<int> { first };
        foreach (var c in changes)
        {
            var start = first + c;
            while (start <= last && weights[start - first] <= 0)
            {
                start++;
            }

            if (start <= last && start > starts[^1])
            {
                starts.Add(start);
            }
        }

        var eras = new List<Era>();
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i];
            var to = i + 1 < starts.Count ? starts[i + 1] - 1 : last;
            var years = index.Where(y => y.Year >= from && y.Year <= to).ToList();
            var weight = years.Sum(y => y.Weight);
            var tone = weight > 0 ? years.Sum(y => y.Value * y.Weight) / weight : 0;
            eras.Add(new Era(from, to, tone, weight, years.Count, Defining(years, tone)));
        }

        return eras;
    }

    private double Penalty(IReadOnlyList<IndexYear> index)
    {
        // Spread of single pieces of evidence around their year's mean; the spread of the years themselves when
        // every year rests on one piece.
        double within = 0, weight = 0;
        foreach (var y in index)
        {
            foreach (var e in y.Evidence)
            {
                within += e.Weight * (e.Tone - y.Value) * (e.Tone - y.Value);
                weight += e.Weight;
            }
        }

        var variance = weight > 0 ? within / weight : 0;
        if (variance < 1)
        {
            var total = index.Sum(y => y.Weight);
            var mean = index.Sum(y => y.Value * y.Weight) / total;
            variance = Math.Max(1, index.Sum(y => y.Weight * (y.Value - mean) * (y.Value - mean)) / total);
        }

        var totalWeight = Math.Max(2, index.Sum(y => y.Weight));
        return _options.PenaltyFactor * variance * Math.Log(totalWeight);
    }

    /// <summary>The era's evidence that pulls hardest in its own direction (events and statements before inferences).</summary>
    private List<IndexEvidence> Defining(List<IndexYear> years, double tone)
    {
        var sign = tone >= 0 ? 1 : -1;
        return years.SelectMany(y => y.Evidence)
            .Where(e => e.Kind is EvidenceKind.Event or EvidenceKind.Statement && Math.Sign(e.Tone) == sign)
            .GroupBy(e => e.Description)
            .Select(g => g.First())
            .OrderByDescending(e => Math.Abs(e.Tone) * (e.Cluster?.Documents ?? 1))
            .Take(_options.Defining)
            .ToList();
    }
}
