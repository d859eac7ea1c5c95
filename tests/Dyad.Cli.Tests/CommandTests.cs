using System.Text.Json;
using Dyad.Testing;
using Microsoft.Data.Sqlite;

namespace Dyad.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string IngestSmallCorpus()
    {
        _dir.Write("corpus/a.txt", "In 1972 Nixon visited China. In 1979 China invaded Vietnam. Vietnam criticised China.");
        _dir.Write("corpus/b.html", "<html><head><title>B</title></head><body><p>In 1985 Gorbachev met Reagan in Geneva.</p></body></html>");
        var db = _dir.File("dyad.db");
        var (exit, output, _) = CliRunner.Run("ingest", _dir.File("corpus"), "--db", db, "--quiet", "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        Assert.Contains("2 document(s) ingested", output, StringComparison.Ordinal);
        return db;
    }

    [Fact]
    public void Jsonl_export_has_exactly_the_documented_fields()
    {
        var db = IngestSmallCorpus();
        var (exit, output, _) = CliRunner.Run("events", "--db", db, "--format", "jsonl", "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        string[] fields = ["id", "doc", "sentence_index", "sentence", "start", "end", "date", "date_end", "date_precision", "source", "target",
            "source_text", "target_text", "cameo", "cameo_name", "goldstein", "quad", "plover", "negated", "hypothetical", "symmetric", "confidence"];
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(fields, json.RootElement.EnumerateObject().Select(p => p.Name));
        }

        using var first = JsonDocument.Parse(lines[0]);
        var e = first.RootElement;
        Assert.Equal(("a.txt", "1972", "year", "USA", "CHN", "042", "Make a visit"),
            (e.GetProperty("doc").GetString(), e.GetProperty("date").GetString(), e.GetProperty("date_precision").GetString(),
             e.GetProperty("source").GetString(), e.GetProperty("target").GetString(), e.GetProperty("cameo").GetString(), e.GetProperty("cameo_name").GetString()));
        Assert.Equal("In 1972 Nixon visited China.", e.GetProperty("sentence").GetString());
    }

    [Fact]
    public void Filters_and_formats_work_from_the_command_line()
    {
        var db = IngestSmallCorpus();
        var csv = CliRunner.Run("events", "--db", db, "--dyad", "CHN-VNM", "--format", "csv", "--data", RepoPaths.Data).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("id,doc,sentence_index", csv[0], StringComparison.Ordinal);
        var tsv = CliRunner.Run("events", "--db", db, "--quad", "4", "--format", "tsv", "--data", RepoPaths.Data).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, tsv.Length);
        Assert.Contains("\t190\t", tsv[1], StringComparison.Ordinal);
        var table = CliRunner.Run("events", "--db", db, "--from", "1980", "--data", RepoPaths.Data).Out;
        Assert.Contains("USA <-> RUS(USSR)", table.Replace("RUS(USSR) <-> USA", "USA <-> RUS(USSR)", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("(1 event;", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--dyad", "PAK")]
    [InlineData("--code", "4x")]
    [InlineData("--quad", "5")]
    public void Bad_filters_give_one_clear_line_and_exit_2(string option, string value)
    {
        var db = IngestSmallCorpus();
        var (exit, _, error) = CliRunner.Run("events", "--db", db, option, value, "--data", RepoPaths.Data);
        Assert.Equal(2, exit);
        Assert.StartsWith("dyad: ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_missing_database_or_path_is_a_clear_error()
    {
        var (exit, _, error) = CliRunner.Run("events", "--db", _dir.File("none.db"), "--data", RepoPaths.Data);
        Assert.Equal(2, exit);
        Assert.Contains("no database", error, StringComparison.Ordinal);

        var ingest = CliRunner.Run("ingest", _dir.File("missing"), "--db", _dir.File("x.db"), "--quiet", "--data", RepoPaths.Data);
        Assert.Equal(3, ingest.Exit);
        Assert.Contains("missing", ingest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_what_the_pipeline_saw()
    {
        var (exit, output, _) = CliRunner.Run("explain", "In 1972 Nixon visited China.", "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        Assert.Contains("actor   \"Nixon\" = USA", output, StringComparison.Ordinal);
        Assert.Contains("EVENT   USA -> CHN 042 1972", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
