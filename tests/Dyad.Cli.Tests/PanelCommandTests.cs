using Dyad.Testing;
using Parquet;

namespace Dyad.Cli.Tests;

public sealed class PanelCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Ingest()
    {
        _dir.Write("corpus/a.txt", "In 1965 Pakistan attacked India. In 1965 India attacked Pakistan. In 1968 Pakistan signed an agreement with India. In 1968 Pakistan criticised Afghanistan.");
        var db = _dir.File("dyad.db");
        var (exit, _, error) = CliRunner.Run("ingest", _dir.File("corpus"), "--db", db, "--quiet", "--data", RepoPaths.Data);
        Assert.True(exit == 0, error);
        return db;
    }

    private static List<Dictionary<string, string>> Csv(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Fact]
    public void Undirected_filled_year_panel_has_codes_counts_and_zero_rows()
    {
        var db = Ingest();
        var (exit, output, error) = CliRunner.Run("panel", "--db", db, "--undirected", "--fill", "--data", RepoPaths.Data);
        Assert.True(exit == 0, error);
        Assert.StartsWith("source,source_historical,source_cow,source_gw,target,target_historical,target_cow,target_gw,year,events,verbal_cooperation,"
            + "material_cooperation,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,net_cooperation,documents", output, StringComparison.Ordinal);
        var rows = Csv(output);
        var indPak = rows.Where(r => r["source"] == "IND" && r["target"] == "PAK").ToList();
        Assert.Equal(["1965", "1966", "1967", "1968"], indPak.Select(r => r["year"]));
        Assert.Equal(("750", "770", "2", "2", "1"), (indPak[0]["source_cow"], indPak[0]["target_gw"], indPak[0]["events"], indPak[0]["material_conflict"], indPak[0]["documents"]));
        Assert.Equal(("0", "", ""), (indPak[1]["events"], indPak[1]["goldstein_mean"], indPak[1]["net_cooperation"]));
        Assert.Equal("1", indPak[3]["events"]);
        Assert.Contains(rows, r => r["source"] == "AFG" && r["target"] == "PAK" && r["year"] == "1968" && r["source_cow"] == "700" && r["verbal_conflict"] == "1");
    }

    [Fact]
    public void Directed_panel_without_fill_has_only_dyads_with_events()
    {
        var db = Ingest();
        var rows = Csv(CliRunner.Run("panel", "--db", db, "--data", RepoPaths.Data).Out);
        Assert.Contains(rows, r => r["source"] == "PAK" && r["target"] == "IND" && r["year"] == "1965");
        Assert.Contains(rows, r => r["source"] == "IND" && r["target"] == "PAK" && r["year"] == "1965");
        Assert.DoesNotContain(rows, r => r["events"] == "0");
    }

    [Fact]
    public async Task Parquet_panel_reads_back_with_typed_columns()
    {
        var db = Ingest();
        var file = _dir.File("panel.parquet");
        var csv = Csv(CliRunner.Run("panel", "--db", db, "--undirected", "--data", RepoPaths.Data).Out);
        var (exit, _, error) = CliRunner.Run("panel", "--db", db, "--undirected", "--format", "parquet", "-o", file, "--data", RepoPaths.Data);
        Assert.True(exit == 0, error);
        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(typeof(int), fields.Single(f => f.Name == "source_cow").ClrType);
        Assert.Equal(typeof(double), fields.Single(f => f.Name == "goldstein_sum").ClrType);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(csv.Count, (int)group.RowCount);
        var events = new int[csv.Count];
        await group.ReadAsync<int>(fields.Single(f => f.Name == "events"), events.AsMemory());
        Assert.Equal(csv.Select(r => int.Parse(r["events"], System.Globalization.CultureInfo.InvariantCulture)), events);
    }

    [Theory]
    [InlineData("--by", "week")]
    [InlineData("--format", "parquet")]
    public void Bad_options_are_one_clear_line(string option, string value)
    {
        var db = Ingest();
        var (exit, _, error) = CliRunner.Run("panel", "--db", db, option, value, "--data", RepoPaths.Data);
        Assert.Equal(2, exit);
        Assert.StartsWith("dyad: ", error, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
