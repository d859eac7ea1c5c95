using System.Globalization;
using System.Text.Json;
using Dyad.Analysis.Exports;
using Dyad.Testing;
using Parquet;
using Parquet.Schema;

namespace Dyad.Cli.Tests;

/// <summary>The field's layouts: GDELT, ICEWS, PLOVER and Parquet exports of a small ingested corpus.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Ingest()
    {
        _dir.Write("corpus/a.txt", "In 1972 Nixon visited China. On 17 February 1979 China invaded Vietnam. Vietnam criticised China.");
        _dir.Write("corpus/b.md", "---\ntitle: Geneva\nurl: https://example.org/geneva\n---\nIn November 1985 Gorbachev met Reagan in Geneva. The Pakistani military attacked India in 1971.");
        var db = _dir.File("dyad.db");
        var (exit, _, error) = CliRunner.Run("ingest", _dir.File("corpus"), "--db", db, "--quiet", "--data", RepoPaths.Data);
        Assert.True(exit == 0, error);
        return db;
    }

    private List<JsonElement> Jsonl(string db)
    {
        var (exit, output, _) = CliRunner.Run("events", "--db", db, "--format", "jsonl", "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public void Gdelt_columns_are_gdelt_2_0_column_labels_in_their_order()
    {
        var labels = File.ReadLines(Path.Combine(RepoPaths.Shared, "data", "gdelt", "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"))
            .Skip(1).Select(l => l.Split(',')[0]).Where(l => l.Length > 0).ToList();
        Assert.Equal(61, labels.Count);
        Assert.Equal(labels, GdeltLayout.Columns);
        var real = File.ReadLines(Path.Combine(RepoPaths.Shared, "data", "gdelt", "20170701234500.export.CSV")).First().Split('\t');
        Assert.Equal(real.Length, GdeltLayout.Columns.Count);
    }

    [Fact]
    public void Gdelt_export_read_back_gives_the_same_events()
    {
        var db = Ingest();
        var expected = Jsonl(db);
        Assert.True(expected.Count >= 4);
        var (exit, output, _) = CliRunner.Run("events", "--db", db, "--format", "gdelt", "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(expected.Count, rows.Count);
        int Col(string name) => GdeltLayout.ColumnIndex(name);
        foreach (var (row, e) in rows.Zip(expected))
        {
            Assert.Equal(61, row.Length);
            Assert.Equal(e.GetProperty("source").GetString(), row[Col("Actor1Code")]);
            Assert.Equal(e.GetProperty("target").GetString() ?? string.Empty, row[Col("Actor2Code")]);
            Assert.Equal(e.GetProperty("cameo").GetString(), row[Col("EventCode")]);
            Assert.Equal(e.GetProperty("cameo").GetString()![..2], row[Col("EventRootCode")]);
            Assert.Equal(e.GetProperty("quad").GetInt32(), int.Parse(row[Col("QuadClass")], CultureInfo.InvariantCulture));
            Assert.Equal(e.GetProperty("goldstein").GetDouble(), double.Parse(row[Col("GoldsteinScale")], CultureInfo.InvariantCulture), 1);
            var date = e.GetProperty("date").GetString()!;
            Assert.Equal(date[..4], row[Col("Year")]);
            Assert.StartsWith(date.Replace("-", string.Empty, StringComparison.Ordinal), row[Col("SQLDATE")], StringComparison.Ordinal);
            Assert.True(long.TryParse(row[Col("GLOBALEVENTID")], out _));
            var doc = e.GetProperty("doc").GetString();
            Assert.Equal(doc == "b.md" ? "https://example.org/geneva" : _dir.File("corpus/a.txt"), row[Col("SOURCEURL")]);
        }

        var invasion = rows.Single(r => r[Col("EventCode")].StartsWith("19", StringComparison.Ordinal) && r[Col("Actor1Code")] == "CHN");
        Assert.Equal(("19790217", "197902", "VNM"), (invasion[Col("SQLDATE")], invasion[Col("MonthYear")], invasion[Col("Actor2CountryCode")]));
        var military = rows.Single(r => r[Col("Actor1Code")] == "PAKMIL");
        Assert.Equal(("PAK", "MIL"), (military[Col("Actor1CountryCode")], military[Col("Actor1Type1Code")]));
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
    }

    [Fact]
    public void Icews_header_is_the_published_one_and_rows_are_filled()
    {
        var published = File.ReadLines(Path.Combine(RepoPaths.Shared, "data", "icews", "events.2018.sample.tab")).First().Split('\t');
        Assert.Equal(20, published.Length);
        Assert.Equal(published, IcewsLayout.Columns);

        var db = Ingest();
        var (exit, output, _) = CliRunner.Run("events", "--db", db, "--format", "icews", "--dyad", "CHN-VNM", "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join('\t', published), lines[0]);
        var invasion = lines.Skip(1).Select(l => l.Split('\t')).Single(r => r[6].StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(20, invasion.Length);
        Assert.Equal(("1979-02-17", "China", "Vietnam"), (invasion[1], invasion[4], invasion[10]));
    }

    [Fact]
    public void Plover_lines_have_the_manual_field_names_and_dyad_provenance()
    {
        var db = Ingest();
        var expected = Jsonl(db);
        var (exit, output, _) = CliRunner.Run("events", "--db", db, "--format", "plover", "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Count, lines.Length);
        foreach (var (line, e) in lines.Zip(expected))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(["id", "date", "actor", "recipient", "event", "mode", "context", "text", "dyad"], root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(e.GetProperty("id").GetString(), root.GetProperty("id").GetString());
            Assert.Equal(e.GetProperty("plover").GetString(), root.GetProperty("event").GetString());
            Assert.Equal(e.GetProperty("sentence").GetString(), root.GetProperty("text").GetString());
            Assert.Equal(JsonValueKind.Array, root.GetProperty("context").ValueKind);
            Assert.Equal(PloverLayout.ProvenanceFields, root.GetProperty("dyad").EnumerateObject().Select(p => p.Name));
            Assert.Equal(e.GetProperty("cameo").GetString(), root.GetProperty("dyad").GetProperty("cameo").GetString());
        }

        Assert.Contains(lines, l => l.Contains("\"event\":\"CONSULT\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parquet_file_reads_back_with_the_same_rows_and_types()
    {
        var db = Ingest();
        var expected = Jsonl(db);
        var file = _dir.File("events.parquet");
        var (exit, _, error) = CliRunner.Run("events", "--db", db, "--format", "parquet", "-o", file, "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        Assert.Contains($"{expected.Count} events written", error, StringComparison.Ordinal);

        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        Type Clr(string name) => fields.Single(f => f.Name == name).ClrType;
        // Parquet.Net 6 hands UTF-8 string columns out as character memory.
        Assert.Contains(Clr("cameo"), new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
        Assert.Equal((typeof(int), typeof(double), typeof(bool), typeof(int)), (Clr("quad"), Clr("goldstein"), Clr("negated"), Clr("year")));
        Assert.True(fields.Single(f => f.Name == "year").IsNullable);
        Assert.False(fields.Single(f => f.Name == "quad").IsNullable);

        var ids = new List<string?>();
        var quads = new List<int>();
        var goldstein = new List<double>();
        var years = new List<int?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var id = new string?[n];
            var quad = new int[n];
            var gold = new double[n];
            var year = new int?[n];
            await group.ReadAsync(Field(fields, "id"), id.AsMemory());
            await group.ReadAsync<int>(Field(fields, "quad"), quad.AsMemory());
            await group.ReadAsync<double>(Field(fields, "goldstein"), gold.AsMemory());
            await group.ReadAsync<int>(Field(fields, "year"), year.AsMemory());
            ids.AddRange(id);
            quads.AddRange(quad);
            goldstein.AddRange(gold);
            years.AddRange(year);
        }

        Assert.Equal(expected.Select(e => e.GetProperty("id").GetString()), ids);
        Assert.Equal(expected.Select(e => e.GetProperty("quad").GetInt32()), quads);
        Assert.Equal(expected.Select(e => e.GetProperty("goldstein").GetDouble()), goldstein);
        Assert.Equal(expected.Select(e => (int?)int.Parse(e.GetProperty("date").GetString()![..4], CultureInfo.InvariantCulture)), years);
    }

    [Fact]
    public void Parquet_without_a_file_is_a_clear_error()
    {
        var db = Ingest();
        var (exit, _, error) = CliRunner.Run("events", "--db", db, "--format", "parquet", "--data", RepoPaths.Data);
        Assert.Equal(2, exit);
        Assert.Contains("-o FILE.parquet", error, StringComparison.Ordinal);
    }

    private static DataField Field(DataField[] fields, string name) => fields.Single(f => f.Name == name);

    public void Dispose() => _dir.Dispose();
}
