using System.Globalization;
using Dyad.Storage;

namespace Dyad.Ingestion.Import;

/// <summary>
/// GDELT event exports as published — tab-separated, no header: 1.0 with 57 columns (before April 2013, no source
/// URL) or 58, and 2.0 with 61 — and GDELT 2.0 mentions files (a "mentions" file name, 15 or 16 columns). Column
/// positions follow GDELT's column label files; the first 35 columns are the same in every version.
/// </summary>
public sealed class GdeltReader
{
    /// <summary>Who stands for a side with no country code ("---" then the actor's type, e.g. ---CVL).</summary>
    public const string NoCountry = "---";

    private readonly ImportTables _tables;

    public GdeltReader(ImportTables tables) => _tables = tables;

    public IEnumerable<ImportRow> Read(string path)
    {
        foreach (var (name, lines) in DatasetFile.Open(path))
        {
            var mentions = Path.GetFileName(name).Contains("mentions", StringComparison.OrdinalIgnoreCase);
            long number = 0;
            foreach (var line in lines)
            {
                number++;
                if (line.Length == 0)
                {
                    continue;
                }

                var cols = line.Split('\t');
                yield return mentions ? Mention(name, number, cols) : Event(name, number, cols);
            }
        }
    }

    private ImportRow Event(string file, long line, string[] cols)
    {
        if (cols.Length is not (57 or 58 or 61))
        {
            return new BadRow(file, line, $"{cols.Length} columns; a GDELT event has 57 or 58 (1.0) or 61 (2.0)");
        }

        if (!long.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return new BadRow(file, line, $"GLOBALEVENTID '{cols[0]}' is not a number");
        }

        if (!DateOnly.TryParseExact(cols[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new BadRow(file, line, $"SQLDATE '{cols[1]}' is not a YYYYMMDD date");
        }

        var code = cols[26];
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
        {
            return new BadRow(file, line, $"EventCode '{code}' is not a CAMEO code");
        }

        if (!int.TryParse(cols[29], NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad is < 1 or > 4)
        {
            return new BadRow(file, line, $"QuadClass '{cols[29]}' is not 1-4");
        }

        if (!double.TryParse(cols[30], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
        {
            return new BadRow(file, line, $"GoldsteinScale '{cols[30]}' is not a number from -10 to 10");
        }

        var url = cols.Length switch { 61 => cols[60], 58 => cols[57], _ => string.Empty };
        var report = url.Length > 0
            ? new ImportedReport("gdelt:" + url, url, null, url)
            : new ImportedReport("gdelt:no-source-url", "GDELT 1.0 events without a source URL", null, null);
        var (source, sourceCountry) = Actor(cols[5], cols[7], cols[12]) ?? (NoCountry, NoCountry);
        var target = Actor(cols[15], cols[17], cols[22]);
        return new EventRow(file, line, new ImportedEvent(
            "gdelt:" + id.ToString(CultureInfo.InvariantCulture), report, 0, source, sourceCountry, target?.Code, target?.Country,
            Text(cols[6], cols[5]), target is null ? null : Text(cols[16], cols[15]), code, quad, goldstein, date));
    }

    /// <summary>An actor as Dyad codes it: the ISO country and the actor's first type (USAGOV), or nothing when GDELT names none.</summary>
    private (string Code, string Country)? Actor(string actorCode, string countryCode, string type)
    {
        if (actorCode.Length == 0 && countryCode.Length == 0)
        {
            return null;
        }

        var country = countryCode.Length > 0 ? _tables.IsoOfCameo(countryCode) : NoCountry;
        return (country + type, country);
    }

    private static string Text(string name, string code) => name.Length > 0 ? name : code;

    private static ImportRow Mention(string file, long line, string[] cols)
    {
        if (cols.Length is not (15 or 16))
        {
            return new BadRow(file, line, $"{cols.Length} columns; a GDELT 2.0 mention has 15 or 16");
        }

        int[] numbers = new int[5];
        int[] at = [6, 7, 8, 9, 11];
        for (var i = 0; i < at.Length; i++)
        {
            if (!int.TryParse(cols[at[i]], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return new BadRow(file, line, $"column {at[i] + 1} '{cols[at[i]]}' is not a whole number");
            }
        }

        if (!long.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return new BadRow(file, line, $"GLOBALEVENTID '{cols[0]}' is not a number");
        }

        return new MentionRow(file, line, new EventMention("gdelt:" + id.ToString(CultureInfo.InvariantCulture), cols[4], cols[5],
            numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]));
    }
}
