using System.Text.Json;
using Dyad.Testing;
using Microsoft.Data.Sqlite;

namespace Dyad.Cli.Tests;

/// <summary>
/// A bounded, seeded fuzz run in CI: a few thousand hostile documents go through the user's own path (extract, and
/// ingest then events), and nothing crashes, every file is either coded or skipped with a reason, and every output
/// line is valid JSON. The long run (10^5 inputs and more) is <c>bench/fuzz/run.sh</c>.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const int Inputs = 3_000;
    private const int Seed = 20_261_203;

    private readonly TempDirectory _dir = new();

    [Fact]
    public void Thousands_of_hostile_documents_are_coded_or_skipped_and_every_output_line_is_json()
    {
        var generator = new HostileInputs(Seed);
        var corpus = _dir.File("corpus");
        Directory.CreateDirectory(corpus);
        for (var i = 0; i < Inputs; i++)
        {
            var input = generator.Next(i);
            File.WriteAllBytes(Path.Combine(corpus, input.Name), input.Bytes);
        }

        var (exit, output, error) = CliRunner.Run("extract", corpus, "--format", "jsonl", "--data", RepoPaths.Data);
        Assert.True(exit == 0, $"extract exited {exit}: {FirstFailure(error)}");
        AssertNoFailures(error);
        var coded = AssertJsonLines(output);
        Assert.True(coded.Count > Inputs / 10, $"only {coded.Count} events from {Inputs} inputs: the generator lost its ordinary sentences");

        var db = _dir.File("dyad.db");
        (exit, _, error) = CliRunner.Run("ingest", corpus, "--db", db, "--quiet", "--data", RepoPaths.Data);
        Assert.True(exit == 0, $"ingest exited {exit}: {FirstFailure(error)}");
        AssertNoFailures(error);
        (exit, output, error) = CliRunner.Run("events", "--db", db, "--format", "jsonl", "--data", RepoPaths.Data);
        Assert.True(exit == 0, error);
        // Files with the same text are stored once, so the store holds the same events, not as many.
        var stored = AssertJsonLines(output);
        Assert.True(stored.Count <= coded.Count);
        Assert.Equal(coded.ToHashSet(), stored.ToHashSet());
        Assert.Equal("ok", IntegrityCheck(db));
    }

    private static void AssertNoFailures(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.True(FirstFailure(error) is null, FirstFailure(error));
    }

    private static string? FirstFailure(string error) =>
        error.Split('\n').FirstOrDefault(l => l.StartsWith("failed", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));

    /// <summary>Parses every line as JSON and returns each event as its sentence, actors and code.</summary>
    private static List<string> AssertJsonLines(string output)
    {
        var events = new List<string>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var e = json.RootElement;
            events.Add($"{e.GetProperty("sentence").GetString()}|{e.GetProperty("source").GetString()}|{e.GetProperty("target")}|{e.GetProperty("cameo").GetString()}|{e.GetProperty("date")}");
        }

        return events;
    }

    private static string IntegrityCheck(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose() => _dir.Dispose();
}
