namespace Dyad.Ingestion.Import;

/// <summary>
/// The facts an import needs to speak Dyad's codes, read from data/: CAMEO country codes that differ from ISO
/// (import/cameo-countries.tsv), country names as ICEWS writes them (actors/countries.tsv plus
/// import/icews-countries.tsv), ICEWS sectors as role suffixes (import/icews-sectors.tsv) and organisation names
/// (actors/organizations.tsv).
/// </summary>
public sealed class ImportTables
{
    private readonly Dictionary<string, string> _cameoToIso;
    private readonly Dictionary<string, string> _countryByName;
    private readonly List<(string Sector, string Suffix)> _sectors;
    private readonly Dictionary<string, string> _organizationByName;

    private ImportTables(Dictionary<string, string> cameoToIso, Dictionary<string, string> countryByName, List<(string, string)> sectors,
        Dictionary<string, string> organizationByName)
    {
        _cameoToIso = cameoToIso;
        _countryByName = countryByName;
        _sectors = sectors;
        _organizationByName = organizationByName;
    }

    public static ImportTables Load(string dataRoot)
    {
        var cameo = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cols in Rows(Path.Combine(dataRoot, "import", "cameo-countries.tsv")))
        {
            cameo[cols[0]] = cols[1];
        }

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cols in Rows(Path.Combine(dataRoot, "actors", "countries.tsv")))
        {
            foreach (var name in cols[1].Split('|'))
            {
                names.TryAdd(name.TrimStart('^'), cols[0]);
            }
        }

        // ICEWS's own spellings win over the prose names where both exist.
        foreach (var cols in Rows(Path.Combine(dataRoot, "import", "icews-countries.tsv")))
        {
            names[cols[0]] = cols[1];
        }

        var sectors = Rows(Path.Combine(dataRoot, "import", "icews-sectors.tsv")).Select(c => (c[0], c[1])).ToList();
        var organizations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cols in Rows(Path.Combine(dataRoot, "actors", "organizations.tsv")))
        {
            foreach (var name in cols[1].Split('|'))
            {
                organizations.TryAdd(name, cols[0]);
            }
        }

        return new ImportTables(cameo, names, sectors, organizations);
    }

    /// <summary>The ISO code of a CAMEO country code (most are the same).</summary>
    public string IsoOfCameo(string cameoCountry) => _cameoToIso.TryGetValue(cameoCountry, out var iso) ? iso : cameoCountry;

    public bool TryCountryOfName(string name, out string iso) => _countryByName.TryGetValue(name, out iso!);

    public bool TryOrganizationOfName(string name, out string code) => _organizationByName.TryGetValue(name, out code!);

    /// <summary>The role suffix of the first listed sector among <paramref name="sectors"/>, or "" when none maps.</summary>
    public string SuffixOfSectors(IReadOnlyCollection<string> sectors)
    {
        foreach (var (sector, suffix) in _sectors)
        {
            if (sectors.Contains(sector))
            {
                return suffix;
            }
        }

        return string.Empty;
    }

    private static IEnumerable<string[]> Rows(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"import table {path} is missing from the data folder");
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length >= 2 && cols[0].Length > 0)
            {
                yield return cols;
            }
        }
    }
}
