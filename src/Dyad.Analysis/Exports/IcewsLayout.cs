using System.Globalization;
using Dyad.Analysis.Model;
using Dyad.Core.Cameo;
using Dyad.Storage;

namespace Dyad.Analysis.Exports;

/// <summary>
/// The ICEWS coded-event table: 20 named tab-separated columns with their header, as the Dataverse files have them.
/// Countries are written by name and sectors by ICEWS's words; Intensity is the event's Goldstein value. Dates keep
/// Dyad's precision (1972, 1972-05, 1972-05-22). What Dyad does not know (publisher, places) stays empty.
/// </summary>
public static class IcewsLayout
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
        "Province", "Country", "Latitude", "Longitude",
    ];

    private static readonly Dictionary<string, string> Sectors = new(StringComparer.Ordinal)
    {
        ["GOV"] = "Government", ["MIL"] = "Military", ["LEG"] = "Legislative / Parliamentary", ["REB"] = "Rebel",
        ["INS"] = "Insurgents", ["SEP"] = "Separatists", ["OPP"] = "Opposition", ["SPY"] = "Intelligence", ["COP"] = "Police",
        ["BUS"] = "Business", ["MED"] = "Media", ["JUD"] = "Judicial", ["TAL"] = "Insurgents", ["UAF"] = "Unidentified Forces",
    };

    public static string[] Row(EventRecord e, ActorNames names, CameoTable cameo)
    {
        var (targetName, targetSectors, targetCountry) = e.Target is { } t ? Actor(t, e.TargetCountry ?? t, e.TargetText, names) : (string.Empty, string.Empty, string.Empty);
        var (sourceName, sourceSectors, sourceCountry) = Actor(e.Source, e.SourceCountry, e.SourceText, names);
        return
        [
            e.Id, e.Date ?? string.Empty, sourceName, sourceSectors, sourceCountry, cameo.TryGet(e.Cameo, out var c) ? c.Name : e.CameoName, e.Cameo,
            e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture), targetName, targetSectors, targetCountry,
            e.DocumentId.ToString(CultureInfo.InvariantCulture), (e.SentenceIndex + 1).ToString(CultureInfo.InvariantCulture),
            string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
        ];
    }

    /// <summary>Writes the header and one row per event; returns how many events.</summary>
    public static int Write(IEnumerable<EventRecord> events, TextWriter output, ActorNames names, CameoTable cameo)
    {
        output.Write(string.Join('\t', Columns));
        output.Write('\n');
        var count = 0;
        foreach (var e in events)
        {
            output.Write(string.Join('\t', Row(e, names, cameo).Select(v => v.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '))));
            output.Write('\n');
            count++;
        }

        return count;
    }

    private static (string Name, string Sectors, string Country) Actor(string code, string country, string? text, ActorNames names)
    {
        var isCountry = country.Length == 3 && code.StartsWith(country, StringComparison.Ordinal);
        var sectors = isCountry && code.Length >= 6 && Sectors.TryGetValue(code.Substring(3, 3), out var s) ? s : string.Empty;
        var name = string.IsNullOrWhiteSpace(text) ? names.Of(code) : text.Trim();
        return (name, sectors, isCountry ? names.Of(country) : string.Empty);
    }
}
