using System.IO.Compression;
using Dyad.Ingestion.Import;
using Dyad.Storage;
using Dyad.Storage.Sqlite;
using Dyad.Testing;

namespace Dyad.Ingestion.Tests;

/// <summary>
/// Imports of the real GDELT and ICEWS samples in ../shared/data: every expectation is computed here from the raw
/// files, so the tests check the import against the data, not against figures copied from a run.
/// </summary>
public sealed class ImportTests : IDisposable
{
    private static readonly string GdeltExport = Path.Combine(RepoPaths.Shared, "data", "gdelt", "20170701234500.export.CSV");
    private static readonly string GdeltMentions = Path.Combine(RepoPaths.Shared, "data", "gdelt", "20170701234500.translation.mentions.CSV");
    private static readonly string Icews = Path.Combine(RepoPaths.Shared, "data", "icews", "events.2018.sample.tab");
    private static readonly ImportTables Tables = ImportTables.Load(RepoPaths.Data);

    private readonly TempDirectory _dir = new();

    private SqliteEventStore Store() => new(_dir.File("dyad.db"));

    private ImportSummary Import(Dataset dataset, params string[] files)
    {
        using var store = Store();
        return new ImportService(Tables, store).Run(dataset, files);
    }

    private static string[][] Rows(string path, bool header = false) =>
        [.. File.ReadLines(path).Skip(header ? 1 : 0).Where(l => l.Length > 0).Select(l => l.Split('\t'))];

    private static HashSet<string> Ids(IEventStore store, EventQuery query) => [.. store.QueryEvents(query).Select(e => e.Id)];

    [Fact]
    public void Every_GDELT_row_is_imported_and_each_dyad_holds_exactly_the_rows_of_its_two_countries()
    {
        var rows = Rows(GdeltExport);
        var summary = Import(Dataset.Gdelt, GdeltExport);
        Assert.Equal((rows.Length, rows.Length, 0L), (summary.Events, summary.Added, summary.BadRows));

        using var store = Store();
        Assert.Equal(rows.Length, store.Stats().Events);
        Assert.Equal(rows.Select(r => "gdelt:" + r[0]).ToHashSet(), Ids(store, new EventQuery()));

        // The pairs of country codes in the raw file; USA-CHN is the one the issue names, the others check the rest.
        var pairs = rows.Where(r => r[7].Length > 0 && r[17].Length > 0 && r[7] != r[17])
            .GroupBy(r => string.CompareOrdinal(r[7], r[17]) < 0 ? (r[7], r[17]) : (r[17], r[7]))
            .ToDictionary(g => g.Key, g => g.Select(r => "gdelt:" + r[0]).ToHashSet());
        Assert.Contains(("CHN", "USA"), pairs.Keys);
        foreach (var ((a, b), expected) in pairs)
        {
            Assert.Equal(expected, Ids(store, new EventQuery { DyadA = a, DyadB = b }));
        }

        var usaToChn = rows.Where(r => r[7] == "USA" && r[17] == "CHN").Select(r => "gdelt:" + r[0]).ToHashSet();
        Assert.Equal(usaToChn, Ids(store, new EventQuery { DyadA = "USA", DyadB = "CHN", Directed = true }));
    }

    [Fact]
    public void A_GDELT_event_keeps_its_code_tone_class_day_and_source_url()
    {
        var row = Rows(GdeltExport).First(r => r[7] == "USA" && r[17].Length > 0);
        Import(Dataset.Gdelt, GdeltExport);
        using var store = Store();
        var e = Assert.Single(store.QueryEvents(new EventQuery { Id = "gdelt:" + row[0] }));
        Assert.Equal(row[26], e.Cameo);
        Assert.Equal(double.Parse(row[30], System.Globalization.CultureInfo.InvariantCulture), e.Goldstein);
        Assert.Equal(int.Parse(row[29], System.Globalization.CultureInfo.InvariantCulture), e.Quad);
        Assert.Equal($"{row[1][..4]}-{row[1][4..6]}-{row[1][6..]}", e.Date);
        Assert.Equal("day", e.DatePrecision);
        Assert.Equal(("USA" + row[12], "USA", row[17]), (e.Source, e.SourceCountry, e.TargetCountry));
        Assert.Equal(row[60], e.Doc);
    }

    [Fact]
    public void Re_importing_the_same_GDELT_rows_adds_nothing()
    {
        Import(Dataset.Gdelt, GdeltExport, GdeltMentions);
        int events, documents;
        using (var store = Store())
        {
            (events, documents) = (store.Stats().Events, store.Stats().Documents);
        }

        var again = Import(Dataset.Gdelt, GdeltExport, GdeltMentions);
        Assert.Equal((0L, 0L), (again.Added, again.MentionsAdded));
        Assert.Equal(again.Events, again.AlreadyStored);
        using var after = Store();
        Assert.Equal((events, documents), (after.Stats().Events, after.Stats().Documents));
    }

    [Fact]
    public void GDELT_mentions_attach_to_their_events_as_provenance()
    {
        var mentions = Rows(GdeltMentions);
        var summary = Import(Dataset.Gdelt, GdeltExport, GdeltMentions);
        Assert.Equal(mentions.Length, summary.Mentions);
        var eventId = mentions.GroupBy(m => m[0]).OrderByDescending(g => g.Count()).First();
        using var store = Store();
        var stored = store.Mentions("gdelt:" + eventId.Key);
        var expected = eventId.Select(m => (m[5], int.Parse(m[6], System.Globalization.CultureInfo.InvariantCulture), int.Parse(m[11], System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct().OrderBy(m => m).ToList();
        Assert.Equal(expected, stored.Select(m => (m.Identifier, m.SentenceId, m.Confidence)).Distinct().OrderBy(m => m).ToList());
        Assert.All(stored, m => Assert.Equal(eventId.First()[4], m.SourceName));
    }

    [Fact]
    public void A_zipped_GDELT_file_imports_the_same_rows()
    {
        var zip = _dir.File("update.export.CSV.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(GdeltExport, Path.GetFileName(GdeltExport));
        }

        var summary = Import(Dataset.Gdelt, zip);
        Assert.Equal((Rows(GdeltExport).Length, 0L), (summary.Added, summary.BadRows));
    }

    [Fact]
    public void GDELT_1_0_rows_and_CAMEO_country_codes_that_differ_from_ISO_are_mapped()
    {
        // A 2.0 row cut to the 1.0 layout (no ADM2 codes), with CAMEO's ROM (Romania) and ZAR (DR Congo).
        var row = Rows(GdeltExport).First(r => r[7].Length > 0 && r[17].Length > 0);
        row[7] = "ROM";
        row[17] = "ZAR";
        var v1 = row.Take(39).Concat(row.Skip(40).Take(7)).Concat(row.Skip(48).Take(7)).Concat(row.Skip(56)).ToArray();
        Assert.Equal(58, v1.Length);
        var file = _dir.Write("v1.export.CSV", string.Join('\t', v1) + "\n");
        var summary = Import(Dataset.Gdelt, file);
        Assert.Equal((1L, 0L), (summary.Added, summary.BadRows));
        using var store = Store();
        var e = Assert.Single(store.QueryEvents(new EventQuery { DyadA = "ROU", DyadB = "COD" }));
        Assert.Equal(row[60], e.Doc);
    }

    [Fact]
    public void Bad_GDELT_rows_are_reported_with_their_line_and_skipped()
    {
        var lines = File.ReadLines(GdeltExport).Take(5).ToList();
        var badDate = lines[1].Split('\t');
        badDate[1] = "2017-07-01";
        lines[1] = string.Join('\t', badDate);
        lines[3] = string.Join('\t', lines[3].Split('\t').Take(20));
        var file = _dir.Write("bad.export.CSV", string.Join('\n', lines) + "\n");
        var notes = new List<string>();
        using var store = Store();
        var summary = new ImportService(Tables, store).Run(Dataset.Gdelt, [file], null, notes.Add);
        Assert.Equal((3L, 2L, 1), (summary.Added, summary.BadRows, summary.ExitCode));
        Assert.Contains(notes, n => n.Contains($"{file}:2:", StringComparison.Ordinal) && n.Contains("SQLDATE", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains($"{file}:4:", StringComparison.Ordinal) && n.Contains("20 columns", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_ICEWS_row_is_imported_with_ISO_countries_and_each_dyad_holds_exactly_its_rows()
    {
        var rows = Rows(Icews, header: true);
        var summary = Import(Dataset.Icews, Icews);
        Assert.Equal((rows.Length, rows.Length, 0L), (summary.Events, summary.Added, summary.BadRows));
        using var store = Store();
        Assert.Equal(rows.Length, store.Stats().Events);

        // Source Country is column 5, Target Country 11; United States and China by the names ICEWS writes.
        static string Key(string[] r) => $"icews:{r[0]}:{r[1]}";
        var expected = rows.Where(r => (r[4], r[10]) is ("United States", "China") or ("China", "United States")).Select(Key).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(store, new EventQuery { DyadA = "USA", DyadB = "CHN" }));
        var russiaUkraine = rows.Where(r => (r[4], r[10]) is ("Russian Federation", "Ukraine") or ("Ukraine", "Russian Federation")).Select(Key).ToHashSet();
        Assert.Equal(russiaUkraine, Ids(store, new EventQuery { DyadA = "RUS", DyadB = "UKR" }));

        // Every country name of the sample has an ISO code.
        Assert.DoesNotContain(summary.Notes, n => n.Contains("no ISO code", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ICEWS_event_keeps_its_code_intensity_sector_and_story_sentence()
    {
        var row = Rows(Icews, header: true).First(r => r[3].Split(',').Contains("Military") && r[4] != "NA" && r[10] != "NA");
        Import(Dataset.Icews, Icews);
        using var store = Store();
        var e = Assert.Single(store.QueryEvents(new EventQuery { Id = $"icews:{row[0]}:{row[1]}" }));
        Assert.Equal((row[6], double.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture), row[1]), (e.Cameo, e.Goldstein, e.Date));
        Assert.EndsWith("MIL", e.Source, StringComparison.Ordinal);
        Assert.Equal(("ICEWS story " + row[11], int.Parse(row[12], System.Globalization.CultureInfo.InvariantCulture)), (e.Doc, e.SentenceIndex));
        Assert.Equal(row[2], e.SourceText);
    }

    [Fact]
    public void ICEWS_events_are_keyed_on_id_and_date_and_re_importing_adds_nothing()
    {
        var lines = File.ReadLines(Icews).Take(3).ToList();
        var sameIdLater = lines[1].Split('\t');
        sameIdLater[1] = "2012-03-04"; // ICEWS reused ids before 2014
        var file = _dir.Write("reused.tab", string.Join('\n', [.. lines, string.Join('\t', sameIdLater)]) + "\n");
        Assert.Equal(3L, Import(Dataset.Icews, file).Added);
        var again = Import(Dataset.Icews, file, Icews);
        Assert.Equal(Rows(Icews, header: true).Length - 2, again.Added); // the sample's rows other than its first two are new
        using var store = Store();
        Assert.Equal(Rows(Icews, header: true).Length + 1, store.Stats().Events);
    }

    [Fact]
    public void Bad_ICEWS_rows_are_reported_with_their_line_and_skipped()
    {
        var lines = File.ReadLines(Icews).Take(4).ToList();
        var badCode = lines[2].Split('\t');
        badCode[6] = "9x";
        lines[2] = string.Join('\t', badCode);
        var file = _dir.Write("bad.tab", string.Join('\n', lines) + "\n");
        var notes = new List<string>();
        using var store = Store();
        var summary = new ImportService(Tables, store).Run(Dataset.Icews, [file], null, notes.Add);
        Assert.Equal((2L, 1L), (summary.Added, summary.BadRows));
        Assert.Contains(notes, n => n.Contains($"{file}:3:", StringComparison.Ordinal) && n.Contains("CAMEO Code", StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();
}
