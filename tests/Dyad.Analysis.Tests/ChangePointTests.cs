using Dyad.Analysis.Eras;

namespace Dyad.Analysis.Tests;

public class ChangePointTests
{
    /// <summary>Deterministic noise in [-1, 1].</summary>
    private static double Noise(int i) => Math.Sin(i * 12.9898) * 0.9;

    [Fact]
    public void Finds_the_breaks_of_a_series_with_three_levels()
    {
        var values = Enumerable.Range(0, 30).Select(i => (i < 10 ? 0 : i < 20 ? 5 : -3) + Noise(i)).ToArray();
        var weights = Enumerable.Repeat(1.0, 30).ToArray();
        Assert.Equal([10, 20], ChangePoint.Pelt(values, weights, penalty: 3 * Math.Log(30)));
    }

    [Fact]
    public void A_large_penalty_keeps_one_segment_and_noise_alone_makes_no_break()
    {
        var values = Enumerable.Range(0, 30).Select(i => (i < 15 ? 0 : 2) + Noise(i)).ToArray();
        var weights = Enumerable.Repeat(1.0, 30).ToArray();
        Assert.Empty(ChangePoint.Pelt(values, weights, penalty: 1000));
        Assert.Empty(ChangePoint.Pelt(Enumerable.Range(0, 40).Select(Noise).ToArray(), Enumerable.Repeat(1.0, 40).ToArray(), penalty: 3 * Math.Log(40)));
    }

    [Fact]
    public void Years_without_evidence_weigh_nothing_and_short_segments_are_refused()
    {
        // Evidence only at the ends: the level shift is found, somewhere in the silent gap.
        var values = new double[20];
        var weights = new double[20];
        for (var i = 0; i < 4; i++)
        {
            (values[i], weights[i]) = (-5 + Noise(i), 1);
            (values[19 - i], weights[19 - i]) = (5 + Noise(19 - i), 1);
        }

        var change = Assert.Single(ChangePoint.Pelt(values, weights, penalty: 10));
        Assert.InRange(change, 4, 16);

        // A one-year spike cannot be an era of its own when eras last at least three years.
        var spike = Enumerable.Range(0, 20).Select(i => i == 10 ? 9.0 : Noise(i)).ToArray();
        var bounds = new List<int> { 0 };
        bounds.AddRange(ChangePoint.Pelt(spike, Enumerable.Repeat(1.0, 20).ToArray(), penalty: 5, minLength: 3));
        bounds.Add(20);
        Assert.All(bounds.Zip(bounds.Skip(1)), b => Assert.True(b.Second - b.First >= 3));
    }

    [Fact]
    public void Agrees_with_an_exhaustive_search_on_small_series()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var n = random.Next(4, 12);
            var values = Enumerable.Range(0, n).Select(_ => (double)random.Next(-6, 7)).ToArray();
            var weights = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 3)).ToArray();
            const double penalty = 6;
            var pelt = ChangePoint.Pelt(values, weights, penalty, minLength: 2);
            Assert.Equal(BruteForce(values, weights, penalty, 2), Cost(values, weights, pelt, penalty), 6);
        }
    }

    private static double Cost(double[] x, double[] w, IReadOnlyList<int> changes, double penalty)
    {
        var bounds = new List<int> { 0 };
        bounds.AddRange(changes);
        bounds.Add(x.Length);
        var total = 0.0;
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            total += Sse(x, w, bounds[i], bounds[i + 1]) + penalty;
        }

        return total;
    }

    private static double Sse(double[] x, double[] w, int from, int to)
    {
        var weight = 0.0;
        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            weight += w[i];
            sum += w[i] * x[i];
        }

        if (weight == 0)
        {
            return 0;
        }

        var mean = sum / weight;
        var sse = 0.0;
        for (var i = from; i < to; i++)
        {
            sse += w[i] * (x[i] - mean) * (x[i] - mean);
        }

        return sse;
    }

    /// <summary>The best cost over every segmentation with segments of at least <paramref name="min"/> positions.</summary>
    private static double BruteForce(double[] x, double[] w, double penalty, int min)
    {
        var best = new double[x.Length + 1];
        best[0] = 0;
        for (var t = 1; t <= x.Length; t++)
        {
            best[t] = double.PositiveInfinity;
            for (var s = 0; s <= t - min; s++)
            {
                if (s == 0 || s >= min)
                {
                    best[t] = Math.Min(best[t], best[s] + Sse(x, w, s, t) + penalty);
                }
            }
        }

        return best[x.Length];
    }
}
