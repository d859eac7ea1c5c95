using System.Globalization;

namespace Dyad.Analysis.Index;

/// <summary>
/// A standing relationship an organisation embodies, as a fact about the period: SEATO (1954-1977) was directed
/// against the USSR. Read from data/analysis/stances.tsv, which users extend without recompiling.
/// </summary>
public sealed record Stance(string Organization, string State, int From, int To, double Tone, string Note)
{
    public static IReadOnlyList<Stance> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var stances = new List<Stance>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (raw.Length == 0 || raw[0] == '#' || raw.Trim().Length == 0)
            {
                continue;
            }

            var c = raw.Split('\t');
            if (c.Length < 5 || !int.TryParse(c[2], CultureInfo.InvariantCulture, out var from) || !int.TryParse(c[3], CultureInfo.InvariantCulture, out var to)
                || !double.TryParse(c[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var tone) || tone is < -10 or > 10 || to < from)
            {
                throw new InvalidDataException($"{path}:{number}: expected organisation <TAB> state <TAB> from <TAB> to <TAB> tone (-10..10) [<TAB> note]");
            }

            stances.Add(new Stance(c[0].Trim(), c[1].Trim(), from, to, tone, c.Length > 5 ? c[5].Trim() : $"{c[0].Trim()} against {c[1].Trim()}"));
        }

        return stances;
    }
}
