using Dyad.Testing;
using Microsoft.Data.Sqlite;

namespace Dyad.Cli.Tests;

/// <summary>The exit code of a real dyad process tells a script whether every document made it.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Documents_the_store_refuses_make_exit_3_with_their_count_and_the_rest_is_stored()
    {
        for (var i = 0; i < 10; i++)
        {
            _dir.Write($"corpus/d{i}.txt", $"In {1950 + i} India recognised Nepal.");
        }

        var db = _dir.File("dyad.db");
        Assert.Equal(0, DyadProcess.Run("ingest", _dir.File("corpus/d0.txt"), "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.name IN ('d3.txt', 'd7.txt') BEGIN SELECT RAISE(ABORT, 'disk full (a test trigger)'); END";
            command.ExecuteNonQuery();
        }

        var (exit, output, error) = DyadProcess.Run("ingest", _dir.File("corpus"), "--db", db, "--quiet", "--data", RepoPaths.Data);
        Assert.Equal(3, exit);
        Assert.Contains("7 document(s) ingested (1 unchanged, 0 duplicate, 0 skipped, 2 failed)", output, StringComparison.Ordinal);
        Assert.Contains("2 file(s) failed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(8, DyadProcess.Run("documents", "--db", db).Out.Split('\n').Count(l => l.Contains(".txt", StringComparison.Ordinal)));
    }

    [Fact]
    public void Deliberate_skips_exit_0_and_a_run_with_no_text_at_all_exits_1()
    {
        _dir.Write("corpus/good.txt", "In 1972 Nixon visited China.");
        _dir.Write("corpus/empty.txt", string.Empty);
        File.WriteAllBytes(_dir.File("corpus/binary.txt"), [0, 1, 2, 3]);
        var db = _dir.File("dyad.db");
        Assert.Equal(0, DyadProcess.Run("ingest", _dir.File("corpus"), "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
        Assert.Equal(1, DyadProcess.Run("ingest", _dir.File("corpus/empty.txt"), "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
        Assert.Equal(3, DyadProcess.Run("ingest", _dir.File("corpus"), _dir.File("nowhere"), "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
    }

    [Fact]
    public void Extract_exits_3_when_a_path_is_missing_and_still_prints_the_rest()
    {
        _dir.Write("good.txt", "In 1972 Nixon visited China.");
        var (exit, output, error) = DyadProcess.Run("extract", _dir.File("good.txt"), _dir.File("nowhere.txt"), "--format", "jsonl", "--data", RepoPaths.Data);
        Assert.Equal(3, exit);
        Assert.Contains("\"USA\"", output, StringComparison.Ordinal);
        Assert.Contains("missing", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
