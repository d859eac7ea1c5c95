using System.Globalization;

namespace Dyad.Core.Actors;

/// <summary>
/// The Correlates of War and Gleditsch–Ward numbers an ISO code (with a historical name, or none) carries over one
/// period. Dates are ISO strings so that they compare with stored event dates: From is empty or a first day, To is
/// empty or a last day.
/// </summary>
public sealed record StateCodePeriod(string Iso, string Historical, string From, string To, int? Cow, int? Gw)
{
    /// <summary>Whether an event dated <paramref name="date"/> (ISO, possibly only a year or a month) falls in the period.</summary>
    public bool Holds(string date) =>
        (From.Length == 0 || string.CompareOrdinal(date, From) >= 0) && (To.Length == 0 || string.CompareOrdinal(date, To) <= 0);
}

/// <summary>The state numbers of data/actors/state-codes.tsv, looked up by code, historical name and date.</summary>
public sealed class StateCodes
{
    private readonly Dictionary<string, List<StateCodePeriod>> _byIso;

    private StateCodes(IReadOnlyList<StateCodePeriod> periods)
    {
        Periods = periods;
        _byIso = periods.GroupBy(p => p.Iso, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<StateCodePeriod> Periods { get; }

    public static StateCodes Empty { get; } = new([]);

    public static StateCodes Load(string path)
    {
        var periods = new List<StateCodePeriod>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var c = line.Split('\t');
            if (c.Length != 6 || c[0].Length != 3)
            {
                throw new InvalidDataException($"{path}:{number}: expected ISO code, historical name, from, to, COW and GW separated by tabs");
            }

            periods.Add(new StateCodePeriod(c[0], c[1], Day(c[2], first: true, path, number), Day(c[3], first: false, path, number),
                Number(c[4], path, number), Number(c[5], path, number)));
        }

        return new StateCodes(periods);
    }

    /// <summary>The period of this code and historical name holding the date, else the bare code's; null when neither has one.</summary>
    public StateCodePeriod? Find(string iso, string? historical, string date)
    {
        if (!_byIso.TryGetValue(iso, out var periods))
        {
            return null;
        }

        var name = historical ?? string.Empty;
        return periods.FirstOrDefault(p => p.Historical == name && p.Holds(date))
            ?? (name.Length > 0 ? periods.FirstOrDefault(p => p.Historical.Length == 0 && p.Holds(date)) : null);
    }

    private static string Day(string text, bool first, string path, int line)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return text;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return first ? text : text + "-12-31";
        }

        throw new InvalidDataException($"{path}:{line}: '{text}' is not a date (YYYY-MM-DD or YYYY)");
    }

    private static int? Number(string text, string path, int line) =>
        text.Length == 0 ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new InvalidDataException($"{path}:{line}: '{text}' is not a state number");
}
