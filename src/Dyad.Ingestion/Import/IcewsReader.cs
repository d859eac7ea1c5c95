using System.Globalization;
using Dyad.Storage;

namespace Dyad.Ingestion.Import;

/// <summary>
/// The ICEWS coded-event files (tab-separated, a header row naming its 20 columns). Event ids repeat before 2014, so
/// an event is keyed by its id and date; its story and sentence number are where it was reported.
/// </summary>
public sealed class IcewsReader
{
    private static readonly string[] Required =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    ];

    private readonly ImportTables _tables;
    private readonly SortedSet<string> _unmapped = new(StringComparer.Ordinal);

    public IcewsReader(ImportTables tables) => _tables = tables;

    /// <summary>Country names no table maps; their actors are coded "---" (no country).</summary>
    public IReadOnlyCollection<string> UnmappedCountries => _unmapped;

    public IEnumerable<ImportRow> Read(string path)
    {
        foreach (var (name, lines) in DatasetFile.Open(path))
        {
            Dictionary<string, int>? column = null;
            long number = 0;
            foreach (var line in lines)
            {
                number++;
                if (line.Length == 0)
                {
                    continue;
                }

                var cols = line.Split('\t');
                if (column is null)
                {
                    column = cols.Select((c, i) => (c.Trim(), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.OrdinalIgnoreCase);
                    var missing = Required.Where(r => !column.ContainsKey(r)).ToList();
                    if (missing.Count > 0)
                    {
                        yield return new BadRow(name, number, $"not an ICEWS header: no column {string.Join(", ", missing.Select(m => $"'{m}'"))}; file skipped");
                        break;
                    }

                    continue;
                }

                yield return Event(name, number, cols, column);
            }
        }
    }

    private ImportRow Event(string file, long line, string[] cols, Dictionary<string, int> column)
    {
        if (cols.Length != column.Count)
        {
            return new BadRow(file, line, $"{cols.Length} columns; the header names {column.Count}");
        }

        string Get(string name) => cols[column[name]].Trim();
        if (!long.TryParse(Get("Event ID"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return new BadRow(file, line, $"Event ID '{Get("Event ID")}' is not a number");
        }

        if (!DateOnly.TryParseExact(Get("Event Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new BadRow(file, line, $"Event Date '{Get("Event Date")}' is not a YYYY-MM-DD date");
        }

        var code = Get("CAMEO Code");
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit) || code[..2] is var root && int.Parse(root, CultureInfo.InvariantCulture) is < 1 or > 20)
        {
            return new BadRow(file, line, $"CAMEO Code '{code}' is not a CAMEO code");
        }

        if (!double.TryParse(Get("Intensity"), NumberStyles.Float, CultureInfo.InvariantCulture, out var intensity) || intensity is < -10 or > 10)
        {
            return new BadRow(file, line, $"Intensity '{Get("Intensity")}' is not a number from -10 to 10");
        }

        if (!long.TryParse(Get("Story ID"), NumberStyles.None, CultureInfo.InvariantCulture, out var story)
            || !int.TryParse(Get("Sentence Number"), NumberStyles.None, CultureInfo.InvariantCulture, out var sentence))
        {
            return new BadRow(file, line, $"Story ID '{Get("Story ID")}' or Sentence Number '{Get("Sentence Number")}' is not a number");
        }

        var source = Actor(Get("Source Name"), Get("Source Sectors"), Get("Source Country"));
        if (source is null)
        {
            return new BadRow(file, line, "no source actor");
        }

        var target = Actor(Get("Target Name"), Get("Target Sectors"), Get("Target Country"));
        var storyId = story.ToString(CultureInfo.InvariantCulture);
        var publisher = Get("Publisher");
        var report = new ImportedReport("icews:story:" + storyId, "ICEWS story " + storyId, Present(publisher), null);
        return new EventRow(file, line, new ImportedEvent(
            $"icews:{id.ToString(CultureInfo.InvariantCulture)}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", report, sentence,
            source.Value.Code, source.Value.Country, target?.Code, target?.Country, Get("Source Name"), target is null ? null : Get("Target Name"),
            code, QuadOf(code), intensity, date));
    }

    private (string Code, string Country)? Actor(string name, string sectors, string countryName)
    {
        if (Present(name) is null)
        {
            return null;
        }

        var suffix = _tables.SuffixOfSectors(Present(sectors)?.Split(',', StringSplitOptions.TrimEntries) ?? []);
        if (Present(countryName) is { } country)
        {
            if (_tables.TryCountryOfName(country, out var iso))
            {
                return (iso + suffix, iso);
            }

            _unmapped.Add(country);
        }
        else if (_tables.TryOrganizationOfName(name, out var organization))
        {
            return (organization, organization);
        }

        return (GdeltReader.NoCountry + suffix, GdeltReader.NoCountry);
    }

    /// <summary>ICEWS writes "NA" for an empty field.</summary>
    private static string? Present(string value) => value.Length == 0 || value == "NA" ? null : value;

    /// <summary>CAMEO's four classes by root code: verbal and material cooperation, verbal and material conflict.</summary>
    internal static int QuadOf(string code) => int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };
}
