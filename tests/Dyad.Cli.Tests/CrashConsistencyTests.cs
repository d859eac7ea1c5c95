using System.Diagnostics;
using System.Globalization;
using Dyad.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Dyad.Cli.Tests;

/// <summary>
/// <c>kill -9</c> of a real ingest at random moments: after every kill the store passes SQLite's integrity check and
/// holds only whole documents (each exactly as a clean ingest stores it), and the resumed ingest leaves the store
/// equal to a clean one. DYAD_CRASH_KILLS sets the number of kills (bench/crash/run.sh runs 100 and more).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CrashConsistencyTests : IDisposable
{
    private static readonly string[] States = ["Pakistan", "India", "China", "Russia", "Afghanistan", "Iran", "Turkey", "Nepal"];
    private static readonly string[] Acts =
    [
        "signed a trade agreement with {0}", "condemned {0}", "sent troops to {0}", "held talks with {0}", "accused {0} of spying",
        "agreed to supply arms to {0}", "expelled diplomats of {0}", "praised {0}",
    ];

    private readonly TempDirectory _dir = new();
    private readonly ITestOutputHelper _output;

    public CrashConsistencyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Ingests_killed_at_random_leave_whole_documents_and_resume_to_a_clean_store()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("DYAD_CRASH_KILLS"), CultureInfo.InvariantCulture, out var k) ? k : 20;
        var corpus = WriteCorpus(documents: 1500);
        var clean = _dir.File("clean.db");
        Assert.Equal(0, DyadProcess.Run("ingest", corpus, "--db", clean, "--quiet", "--jobs", "1", "--data", RepoPaths.Data).Exit);
        var expected = Snapshot(clean);

        var timer = Stopwatch.StartNew();
        Assert.Equal(0, DyadProcess.Run("ingest", corpus, "--db", _dir.File("timing.db"), "--quiet", "--jobs", "1", "--data", RepoPaths.Data).Exit);
        var fullRun = timer.Elapsed;
        timer.Restart();
        Assert.Equal(0, DyadProcess.Run("ingest", corpus, "--db", _dir.File("timing.db"), "--quiet", "--jobs", "1", "--data", RepoPaths.Data).Exit);
        var nothingLeft = timer.Elapsed; // start-up and hashing: what a resume costs when everything is stored already

        var random = new Random(1947);
        var crashed = _dir.File("crashed.db");
        int midRun = 0, partial = 0;
        for (var round = 0; round < kills; round++)
        {
            // Every other round starts over, so kills also land while the store is created; the rest resume a crashed one.
            if (round % 2 == 0)
            {
                DeleteStore(crashed);
            }

            // A resume has only the documents left to do, so its kill comes within its own expected run time.
            var left = 1.0 - ((File.Exists(crashed) ? Snapshot(crashed).Count : 0) / (double)expected.Count);
            var expectedRun = nothingLeft + ((fullRun - nothingLeft) * left);
            using var ingest = DyadProcess.Start("ingest", corpus, "--db", crashed, "--quiet", "--jobs", "1", "--data", RepoPaths.Data);
            var drain = ingest.StandardError.ReadToEndAsync();
            await Task.Delay((0.2 + (0.8 * random.NextDouble())) * expectedRun);
            if (!ingest.HasExited)
            {
                ingest.Kill();
                midRun++;
            }

            await ingest.WaitForExitAsync();
            await drain;
            if (!File.Exists(crashed))
            {
                continue;
            }

            Assert.Equal("ok", Scalar(crashed, "PRAGMA integrity_check"));
            var now = Snapshot(crashed);
            foreach (var (path, document) in now)
            {
                Assert.True(expected.TryGetValue(path, out var whole) && whole == document, $"round {round}: {path} is not whole: {document}");
            }

            partial += now.Count > 0 && now.Count < expected.Count ? 1 : 0;
        }

        _output.WriteLine($"{kills} kills: {midRun} before the ingest ended, {partial} while documents were being stored; every store passed integrity_check and held whole documents only");
        Assert.True(midRun >= kills / 2, $"only {midRun} of {kills} kills landed before the ingest ended");
        Assert.True(partial >= kills / 4, $"only {partial} of {kills} kills came while documents were being stored");
        var resume = DyadProcess.Run("ingest", corpus, "--db", crashed, "--quiet", "--data", RepoPaths.Data);
        Assert.True(resume.Exit == 0, resume.Error);
        Assert.Equal(expected, Snapshot(crashed));
    }

    private string WriteCorpus(int documents)
    {
        var random = new Random(1971);
        for (var d = 0; d < documents; d++)
        {
            var text = new System.Text.StringBuilder();
            for (var s = 0; s < 12; s++)
            {
                var source = States[random.Next(States.Length)];
                var target = States[(Array.IndexOf(States, source) + 1 + random.Next(States.Length - 1)) % States.Length];
                text.Append(CultureInfo.InvariantCulture, $"In {1950 + random.Next(70)} {source} ").Append(string.Format(CultureInfo.InvariantCulture, Acts[random.Next(Acts.Length)], target)).Append(". ");
            }

            _dir.Write($"corpus/{d:000}.txt", text.ToString());
        }

        return _dir.File("corpus");
    }

    /// <summary>Each stored document by path: its content hash, sentence count and sorted event ids.</summary>
    private static Dictionary<string, string> Snapshot(string db)
    {
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        using var connection = Open(db);
        using var command = connection.CreateCommand();

        // Killed while the new store was being created: the file exists, its schema does not yet, so it holds nothing.
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return snapshot;
        }

        command.CommandText = """
            SELECT d.path, d.content_hash,
                   (SELECT count(*) FROM sentences s WHERE s.document_id = d.id),
                   (SELECT group_concat(id, ',') FROM (SELECT e.id FROM events e WHERE e.document_id = d.id ORDER BY e.id))
            FROM documents d
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            snapshot[reader.GetString(0)] = $"{reader.GetString(1)} {reader.GetInt64(2)} [{(reader.IsDBNull(3) ? string.Empty : reader.GetString(3))}]";
        }

        return snapshot;
    }

    private static string Scalar(string db, string sql)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static void DeleteStore(string db)
    {
        foreach (var file in new[] { db, db + "-wal", db + "-shm", db + "-journal" })
        {
            File.Delete(file);
        }
    }

    public void Dispose() => _dir.Dispose();
}
