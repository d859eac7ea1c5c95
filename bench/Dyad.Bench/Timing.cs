using System.Diagnostics;

namespace Dyad.Bench;

/// <summary>Durations of repeated runs of one measurement, after a warm-up run.</summary>
internal sealed record Timing(double MedianSeconds, double MinSeconds, double MaxSeconds, int Runs, int Result)
{
    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="runs"/> times, each after a full collection.</summary>
    public static Timing Of(Func<int> action, int runs)
    {
        action();
        var seconds = new List<double>();
        var result = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            result = action();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        var median = seconds.Count % 2 == 1 ? seconds[seconds.Count / 2] : (seconds[(seconds.Count / 2) - 1] + seconds[seconds.Count / 2]) / 2;
        return new Timing(median, seconds[0], seconds[^1], runs, result);
    }
}
