using System.Globalization;
using Dyad.Storage;

namespace Dyad.Analysis.Exports;

/// <summary>
/// The GDELT 2.0 event table: 61 tab-separated columns, no header, one event a line, in the order of GDELT's
/// column documentation. What Dyad does not know (ethnic and religious codes, mentions tone, places) stays empty;
/// a date Dyad knows only to the month or year is written as its first day, as SQLDATE must be a whole day.
/// </summary>
public static class GdeltLayout
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. ActorColumns("Actor1"), .. ActorColumns("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoColumns("Actor1Geo"), .. GeoColumns("Actor2Geo"), .. GeoColumns("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    private static readonly Dictionary<string, int> Index = Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    /// <summary>The column's position (0-based), for readers.</summary>
    public static int ColumnIndex(string name) => Index.TryGetValue(name, out var i) ? i : throw new ArgumentException($"GDELT has no column {name}", nameof(name));

    private static string[] ActorColumns(string actor) =>
    [
        actor + "Code", actor + "Name", actor + "CountryCode", actor + "KnownGroupCode", actor + "EthnicCode",
        actor + "Religion1Code", actor + "Religion2Code", actor + "Type1Code", actor + "Type2Code", actor + "Type3Code",
    ];

    private static string[] GeoColumns(string geo) =>
    [
        geo + "_Type", geo + "_FullName", geo + "_CountryCode", geo + "_ADM1Code", geo + "_ADM2Code", geo + "_Lat", geo + "_Long", geo + "_FeatureID",
    ];

    /// <summary>GDELT's integer id for a Dyad event: the low 60 bits of its hashed id, stable across exports.</summary>
    public static long GlobalEventId(string id)
    {
        var hex = id.StartsWith("ev_", StringComparison.Ordinal) ? id[3..] : id;
        if (hex.Length > 15)
        {
            hex = hex[^15..];
        }

        return long.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : (long)(ulong.Parse(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..15], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
    }

    public static string[] Row(EventRecord e)
    {
        var row = new string[Columns.Count];
        Array.Fill(row, string.Empty);
        Set(row, "GLOBALEVENTID", GlobalEventId(e.Id).ToString(CultureInfo.InvariantCulture));
        if (ParseDate(e.Date) is var (year, month, day))
        {
            Set(row, "SQLDATE", $"{year:D4}{month:D2}{day:D2}");
            Set(row, "MonthYear", $"{year:D4}{month:D2}");
            Set(row, "Year", year.ToString("D4", CultureInfo.InvariantCulture));
            Set(row, "FractionDate", (year + (month * 30 + day) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture));
        }

        SetActor(row, "Actor1", e.Source, e.SourceCountry, e.SourceText);
        if (e.Target is { } target)
        {
            SetActor(row, "Actor2", target, e.TargetCountry ?? target, e.TargetText ?? string.Empty);
        }

        Set(row, "IsRootEvent", e.SentenceIndex == 0 ? "1" : "0");
        Set(row, "EventCode", e.Cameo);
        Set(row, "EventBaseCode", e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo);
        Set(row, "EventRootCode", e.Cameo[..2]);
        Set(row, "QuadClass", e.Quad.ToString(CultureInfo.InvariantCulture));
        Set(row, "GoldsteinScale", e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture));
        Set(row, "NumMentions", "1");
        Set(row, "NumSources", "1");
        Set(row, "NumArticles", "1");

        // GDELT writes 0 for "no place found" in every *_Type column.
        Set(row, "Actor1Geo_Type", "0");
        Set(row, "Actor2Geo_Type", "0");
        Set(row, "ActionGeo_Type", "0");
        Set(row, "SOURCEURL", Clean(e.DocumentUrl ?? e.DocumentPath));
        return row;
    }

    /// <summary>Writes events as GDELT rows; returns how many.</summary>
    public static int Write(IEnumerable<EventRecord> events, TextWriter output)
    {
        var count = 0;
        foreach (var e in events)
        {
            output.Write(string.Join('\t', Row(e)));
            output.Write('\n');
            count++;
        }

        return count;
    }

    private static void SetActor(string[] row, string actor, string code, string country, string text)
    {
        Set(row, actor + "Code", code);
        Set(row, actor + "Name", Clean(text).ToUpperInvariant());
        if (country.Length == 3 && code.StartsWith(country, StringComparison.Ordinal))
        {
            Set(row, actor + "CountryCode", country);
            if (code.Length >= 6)
            {
                Set(row, actor + "Type1Code", code.Substring(3, 3));
            }
        }
        else
        {
            Set(row, actor + "KnownGroupCode", code);
        }
    }

    private static (int Year, int Month, int Day)? ParseDate(string? date)
    {
        if (date is null || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var month = date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        var day = date.Length >= 10 && int.TryParse(date.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 1;
        return (year, month, day);
    }

    private static void Set(string[] row, string column, string value) => row[Index[column]] = value;

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
