using Dyad.Testing;
using Microsoft.Data.Sqlite;

namespace Dyad.Cli.Tests;

/// <summary>A mistyped command line is one line with a hint and exit 2, and nothing is written.</summary>
public sealed class UsageTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void An_unknown_option_before_a_folder_is_not_ingested_as_paths()
    {
        _dir.Write("corpus/a.txt", "In 1972 Nixon visited China.");
        _dir.Write("dictionaries/words.txt", "India attacked Pakistan in 1971.");
        var db = _dir.File("dyad.db");
        var (exit, output, error) = CliRunner.Run("ingest", _dir.File("corpus"), "--lexicons", _dir.File("dictionaries"), "--db", db, "--quiet");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("dyad: unknown option '--lexicons' (its options are --db, --data, ", error.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("see 'dyad ingest --help'", error.TrimEnd(), StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("ingest", "PATH", "--dbb", "x.db")]
    [InlineData("extract", "PATH", "--formt", "jsonl")]
    [InlineData("events", "--dyadd", "PAK-RUS")]
    [InlineData("eval", "--gold", "g.jsonl", "--shows-misses")]
    [InlineData("explain", "India met Nepal.", "--grepp", "met")]
    [InlineData("documents", "--verbose")]
    [InlineData("series", "PAK-RUS", "--byy", "year")]
    [InlineData("eras", "PAK-RUS", "--penalti", "3")]
    [InlineData("conflicts", "--dyad", "PAK-RUS", "--fromat", "md")]
    [InlineData("triangle", "PAK", "RUS", "--with", "USA", "--lag", "2")]
    [InlineData("chronology", "PAK-RUS", "--outptu", "x.md")]
    [InlineData("chart", "PAK-RUS", "-o", "x.svg", "--width", "3")]
    [InlineData("serve", "--url", "http://127.0.0.1:1")]
    [InlineData("panel", "--byy", "year")]
    [InlineData("import gdelt", "PATH", "--dbb", "x.db")]
    [InlineData("import icews", "PATH", "--dbb", "x.db")]
    public void Every_command_refuses_an_unknown_option_with_one_line_and_exit_2(params string[] args)
    {
        var path = _dir.Write("in/a.txt", "In 1972 Nixon visited China.");
        var (exit, output, error) = CliRunner.Run([.. args[0].Split(' '), .. args.Skip(1).Select(a => a == "PATH" ? path : a), "--db", _dir.File("store.db")]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("dyad: unknown option '-", line, StringComparison.Ordinal);
        Assert.Contains($"see 'dyad {args[0]} --help'", line, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("store.db")));
    }

    [Fact]
    public void A_near_miss_is_answered_with_the_option_meant()
    {
        var (_, _, error) = CliRunner.Run("events", "--formt", "csv", "--db", _dir.File("none.db"));
        Assert.Contains("did you mean --format?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_option_value_is_one_line_and_exit_2()
    {
        var (exit, _, error) = CliRunner.Run("eras", "PAK-RUS", "--penalty", "lots", "--db", _dir.File("none.db"));
        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--penalty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_and_ingest_skip_files_above_max_size_and_refuse_a_size_that_is_not_positive()
    {
        _dir.Write("big/a.txt", "In 1972 Nixon visited China. " + new string('x', 20_000));
        var (exit, output, error) = CliRunner.Run("extract", _dir.File("big"), "--max-size", "0.01", "--format", "jsonl", "--data", RepoPaths.Data);
        Assert.Equal((1, string.Empty), (exit, output));
        Assert.Contains("too large", error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("extract", _dir.File("big"), "--max-size", "1", "--format", "jsonl", "--data", RepoPaths.Data).Exit);
        foreach (var command in new[] { "extract", "ingest --db " + _dir.File("x.db") })
        {
            (exit, _, error) = CliRunner.Run([.. command.Split(' '), _dir.File("big"), "--max-size", "-1", "--data", RepoPaths.Data]);
            Assert.Equal(2, exit);
            Assert.Contains("--max-size must be a positive number", error, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(_dir.File("x.db")));
    }

    [Fact]
    public void Negative_numbers_and_paths_after_a_double_dash_are_not_options()
    {
        _dir.Write("-odd.txt", "In 1972 Nixon visited China.");
        var db = _dir.File("dyad.db");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_dir.Path);
        try
        {
            Assert.Equal(0, CliRunner.Run("ingest", "--db", db, "--quiet", "--data", RepoPaths.Data, "--", "-odd.txt").Exit);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        Assert.Equal(0, CliRunner.Run("events", "--db", db, "--from", "-500", "--format", "csv", "--data", RepoPaths.Data).Exit);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}

public sealed class TerminalSafetyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    [InlineData("tsv")]
    public void Escape_sequences_in_document_text_never_reach_the_terminal(string format)
    {
        _dir.Write("corpus/evil.txt", "In 1972 Nixon visited China \u001b]0;owned\u0007 and \u001b[2J\u009b31m talks began.");
        var db = _dir.File("dyad.db");
        Assert.Equal(0, CliRunner.Run("ingest", _dir.File("corpus"), "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
        var (exit, output, _) = CliRunner.Run("events", "--db", db, "--format", format, "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        Assert.Contains("Nixon", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
