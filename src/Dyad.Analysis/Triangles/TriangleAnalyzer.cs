using Dyad.Analysis.Eras;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;

namespace Dyad.Analysis.Triangles;

/// <summary>The tone between two actors over an era: null when nothing was said of them then.</summary>
public sealed record TriangleEdge(string A, string B, double? Tone, double Weight, int Years)
{
    /// <summary>+1, -1, or 0 when unknown or too weak to call (|tone| under 0.5).</summary>
    public int Sign => Tone is { } t ? (t >= 0.5 ? 1 : t <= -0.5 ? -1 : 0) : 0;
}

/// <summary>
/// A triangle of three actors in an era. Balanced (Heider) when the product of its three signs is positive: friends
/// of friends, or two who share an enemy; unbalanced triangles are under strain. Null when an edge is unknown.
/// </summary>
public sealed record TriangleCheck(string A, string B, string C, bool? Balanced);

public sealed record EraTriangles(Era Era, IReadOnlyList<TriangleEdge> Edges, IReadOnlyList<TriangleCheck> Triangles);

/// <summary>
/// How the focal dyad's yearly tone moves with one of its sides' tone towards a third party, <paramref name="Lag"/>
/// years earlier (positive: the third-party tie leads). <paramref name="Periods"/> is the number of years behind the
/// correlation; fewer than 5 is thin evidence and marked so.
/// </summary>
public sealed record ThirdPartyEffect(string Party, string Tie, int Lag, double? Correlation, int Periods, IReadOnlyList<IndexEvidence> Evidence)
{
    public bool Thin => Periods < 5;
}

/// <summary>One third party's place in "what moves the relationship": its strongest tie effect and the rest.</summary>
public sealed record ThirdPartyRanking(string Party, double Score, ThirdPartyEffect? Strongest, IReadOnlyList<ThirdPartyEffect> Effects, int BalancedEras, int UnbalancedEras);

public sealed record TriangleReport(DyadSpec Dyad, IReadOnlyList<string> Parties, IReadOnlyList<EraTriangles> Eras, IReadOnlyList<ThirdPartyRanking> Ranking);

/// <summary>
/// Third parties around a dyad: for each era of the dyad, the sign and strength of every edge among the named
/// actors and which triangles are balanced; and, per third party, the correlation (with lags of up to
/// <see cref="MaxLag"/> years) between the dyad's yearly tone and each side's tone towards that party, ranked.
/// Edges and correlations use each pair's own evidence (events and statements), never the index's third-party
/// inference, so nothing is counted twice.
/// </summary>
public sealed class TriangleAnalyzer
{
    public const int MaxLag = 2;

    public TriangleReport Analyze(DyadSpec dyad, IReadOnlyList<string> thirdParties, IReadOnlyList<Era> eras, RelationshipIndex pairs)
    {
        var nodes = new List<string> { dyad.A, dyad.B };
        nodes.AddRange(thirdParties.Where(p => !nodes.Contains(p)));
        var direct = new Dictionary<(string, string), IReadOnlyList<IndexYear>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            for (var j = i + 1; j < nodes.Count; j++)
            {
                direct[(nodes[i], nodes[j])] = pairs.Direct(nodes[i], nodes[j]);
            }
        }

        var eraReports = new List<EraTriangles>();
        foreach (var era in eras)
        {
            var edges = direct.Select(kv => Edge(kv.Key.Item1, kv.Key.Item2, kv.Value, era)).ToList();
            var triangles = new List<TriangleCheck>();
            for (var i = 0; i < nodes.Count; i++)
            {
                for (var j = i + 1; j < nodes.Count; j++)
                {
                    for (var k = j + 1; k < nodes.Count; k++)
                    {
                        var signs = new[] { Find(edges, nodes[i], nodes[j]), Find(edges, nodes[i], nodes[k]), Find(edges, nodes[j], nodes[k]) }.Select(e => e.Sign).ToArray();
                        bool? balanced = signs.Contains(0) ? null : signs[0] * signs[1] * signs[2] > 0;
                        triangles.Add(new TriangleCheck(nodes[i], nodes[j], nodes[k], balanced));
                    }
                }
            }

            eraReports.Add(new EraTriangles(era, edges, triangles));
        }

        var focal = direct[(dyad.A, dyad.B)];
        var ranking = new List<ThirdPartyRanking>();
        foreach (var party in thirdParties.Where(p => p != dyad.A && p != dyad.B))
        {
            var effects = new List<ThirdPartyEffect>();
            foreach (var side in new[] { dyad.A, dyad.B })
            {
                var tie = direct.TryGetValue((side, party), out var found) ? found : direct.GetValueOrDefault((party, side)) ?? [];
                for (var lag = -MaxLag; lag <= MaxLag; lag++)
                {
                    var (r, n) = Correlate(focal, tie, lag);
                    effects.Add(new ThirdPartyEffect(party, $"{side}-{party}", lag, r, n, Evidence(tie)));
                }
            }

            var strongest = effects.Where(e => e.Correlation is not null && e.Periods >= 3)
                .OrderByDescending(e => Strength(e)).FirstOrDefault();
            var balanced = eraReports.Count(r => r.Triangles.Any(t => IsFocal(t, dyad, party) && t.Balanced == true));
            var unbalanced = eraReports.Count(r => r.Triangles.Any(t => IsFocal(t, dyad, party) && t.Balanced == false));
            ranking.Add(new ThirdPartyRanking(party, strongest is null ? 0 : Strength(strongest), strongest, effects, balanced, unbalanced));
        }

        ranking.Sort((a, b) => b.Score.CompareTo(a.Score));
        return new TriangleReport(dyad, nodes, eraReports, ranking);
    }

    /// <summary>|r| discounted for thin evidence: full weight from 10 years up.</summary>
    private static double Strength(ThirdPartyEffect e) => Math.Abs(e.Correlation ?? 0) * Math.Sqrt(Math.Min(e.Periods, 10) / 10.0);

    private static bool IsFocal(TriangleCheck t, DyadSpec dyad, string party)
    {
        var set = new[] { t.A, t.B, t.C };
        return set.Contains(dyad.A) && set.Contains(dyad.B) && set.Contains(party);
    }

    private static TriangleEdge Find(List<TriangleEdge> edges, string a, string b) =>
        edges.First(e => e.A == a && e.B == b || e.A == b && e.B == a);

    private static TriangleEdge Edge(string a, string b, IReadOnlyList<IndexYear> years, Era era)
    {
        double sum = 0, weight = 0;
        var count = 0;
        foreach (var y in years)
        {
            if (y.Year >= era.StartYear && y.Year <= era.EndYear)
            {
                sum += y.Value * y.Weight;
                weight += y.Weight;
                count++;
            }
        }

        return new TriangleEdge(a, b, weight > 0 ? sum / weight : null, weight, count);
    }

    /// <summary>Pearson's r between the focal tone at year t and the tie's tone at t - lag, over years with both.</summary>
    public static (double? R, int N) Correlate(IReadOnlyList<IndexYear> focal, IReadOnlyList<IndexYear> tie, int lag)
    {
        var tieByYear = tie.ToDictionary(y => y.Year, y => y.Value);
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var f in focal)
        {
            if (tieByYear.TryGetValue(f.Year - lag, out var x))
            {
                xs.Add(x);
                ys.Add(f.Value);
            }
        }

        var n = xs.Count;
        if (n < 3)
        {
            return (null, n);
        }

        var mx = xs.Average();
        var my = ys.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }

        return sxx <= 1e-12 || syy <= 1e-12 ? (null, n) : (sxy / Math.Sqrt(sxx * syy), n);
    }

    private static List<IndexEvidence> Evidence(IReadOnlyList<IndexYear> tie) =>
        tie.SelectMany(y => y.Evidence).Where(e => e.Kind is EvidenceKind.Event or EvidenceKind.Statement or EvidenceKind.EventCount)
            .GroupBy(e => e.Description).Select(g => g.First())
            .OrderByDescending(e => Math.Abs(e.Tone)).Take(3).ToList();
}
