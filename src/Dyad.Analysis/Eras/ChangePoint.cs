namespace Dyad.Analysis.Eras;

/// <summary>
/// PELT (Killick, Fearnhead and Eckley, 2012): the exact optimal split of a series into segments of constant mean,
/// minimising the weighted squared error of each segment around its mean plus a penalty per segment, with the
/// pruning that keeps it near linear. Observations carry weights (a year with many events counts more; a year
/// without any weighs nothing, so a break may fall anywhere in a gap and is placed at the next observation).
/// </summary>
public static class ChangePoint
{
    /// <summary>
    /// The start indices of every segment after the first, for observations <paramref name="values"/> with weights
    /// <paramref name="weights"/>; no segment is shorter than <paramref name="minLength"/> positions.
    /// </summary>
    public static IReadOnlyList<int> Pelt(IReadOnlyList<double> values, IReadOnlyList<double> weights, double penalty, int minLength = 1)
    {
        var n = values.Count;
        if (weights.Count != n)
        {
            throw new ArgumentException("values and weights differ in length", nameof(weights));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(penalty);
        minLength = Math.Max(1, minLength);
        if (n < 2 * minLength)
        {
            return [];
        }

        // Prefix sums of w, w*x and w*x^2 give any segment's cost in O(1).
        var s0 = new double[n + 1];
        var s1 = new double[n + 1];
        var s2 = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var w = weights[i];
            ArgumentOutOfRangeException.ThrowIfNegative(w, nameof(weights));
            s0[i + 1] = s0[i] + w;
            s1[i + 1] = s1[i] + (w * values[i]);
            s2[i + 1] = s2[i] + (w * values[i] * values[i]);
        }

        double Cost(int from, int to)
        {
            var w = s0[to] - s0[from];
            if (w <= 0)
            {
                return 0;
            }

            var sum = s1[to] - s1[from];
            return Math.Max(0, s2[to] - s2[from] - (sum * sum / w));
        }

        var best = new double[n + 1];
        var last = new int[n + 1];
        best[0] = -penalty;
        var candidates = new List<int> { 0 };
        for (var t = minLength; t <= n; t++)
        {
            var bestValue = double.PositiveInfinity;
            var bestStart = 0;
            foreach (var s in candidates)
            {
                if (t - s < minLength)
                {
                    continue;
                }

                var value = best[s] + Cost(s, t) + penalty;
                if (value < bestValue)
                {
                    bestValue = value;
                    bestStart = s;
                }
            }

            best[t] = bestValue;
            last[t] = bestStart;

            // Prune starts that can never be optimal again; keep the ones still too close to t to be tried.
            candidates.RemoveAll(s => t - s >= minLength && best[s] + Cost(s, t) > bestValue);
            candidates.Add(t);
        }

        var changes = new List<int>();
        for (var t = n; t > 0; t = last[t])
        {
            if (last[t] > 0)
            {
                changes.Add(last[t]);
            }
        }

        changes.Reverse();
        return changes;
    }
}
