using System.Net.Http;
using System.Text.RegularExpressions;
using Dyad.Testing;
using Microsoft.Data.Sqlite;

namespace Dyad.Cli.Tests;

/// <summary>The store under real processes: two at once creating it, a read-only store, and paths that are all missing.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class StoreProcessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Two_ingests_creating_a_new_store_at_once_both_succeed()
    {
        _dir.Write("one/a.txt", "In 1972 Nixon visited China.");
        _dir.Write("two/b.txt", "In 1979 China invaded Vietnam.");
        for (var round = 0; round < 6; round++)
        {
            var db = _dir.File($"store{round}/dyad.db");
            using var first = DyadProcess.Start("ingest", _dir.File("one"), "--db", db, "--quiet", "--data", RepoPaths.Data);
            using var second = DyadProcess.Start("ingest", _dir.File("two"), "--db", db, "--quiet", "--data", RepoPaths.Data);
            var errors = new[] { first.StandardError.ReadToEndAsync(), second.StandardError.ReadToEndAsync() };
            Assert.True(first.WaitForExit(TimeSpan.FromMinutes(2)) && second.WaitForExit(TimeSpan.FromMinutes(2)));
            Assert.True(first.ExitCode == 0, await errors[0]);
            Assert.True(second.ExitCode == 0, await errors[1]);
            Assert.Equal(2, DyadProcess.Run("documents", "--db", db).Out.Split('\n').Count(l => l.Contains(".txt", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task A_store_on_a_read_only_file_and_folder_is_read_and_writing_says_why_it_cannot()
    {
        _dir.Write("corpus/a.txt", "In 1972 Nixon visited China.");
        _dir.Write("more/b.txt", "In 1979 China invaded Vietnam.");
        var folder = _dir.File("store");
        var db = Path.Combine(folder, "dyad.db");
        Assert.Equal(0, DyadProcess.Run("ingest", _dir.File("corpus"), "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
        Assert.False(File.Exists(db + "-wal") || File.Exists(db + "-shm"), "the writer leaves no WAL files behind, as on a copied snapshot");
        MakeReadOnly(folder, db);
        try
        {
            var events = DyadProcess.Run(unprivileged: true, "events", "--db", db, "--format", "csv");
            Assert.True(events.Exit == 0, events.Error);
            Assert.Contains("CHN", events.Out, StringComparison.Ordinal);
            var documents = DyadProcess.Run(unprivileged: true, "documents", "--db", db);
            Assert.True(documents.Exit == 0, documents.Error);
            Assert.Contains("a.txt", documents.Out, StringComparison.Ordinal);

            var ingest = DyadProcess.Run(unprivileged: true, "ingest", _dir.File("more"), "--db", db, "--quiet", "--data", RepoPaths.Data);
            Assert.Equal(2, ingest.Exit);
            Assert.Contains("cannot write to the store", ingest.Error, StringComparison.Ordinal);
            Assert.Contains("read-only", ingest.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", ingest.Error, StringComparison.Ordinal);

            var served = await Serve(db);
            Assert.Equal(1, served.Documents);
            Assert.Contains("read-only: uploads are off", served.Banner, StringComparison.Ordinal);
            Assert.Contains("\"writable\":false", served.Health, StringComparison.Ordinal);
            Assert.Equal(409, served.UploadStatus);
            Assert.Contains("read-only", served.UploadAnswer, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Assert.Equal(1, DocumentCount(db));
    }

    [Fact]
    public void An_ingest_whose_paths_are_all_missing_creates_no_store()
    {
        var db = _dir.File("dyad.db");
        var (exit, _, error) = DyadProcess.Run("ingest", _dir.File("nowhere"), _dir.File("nothing.txt"), "--db", db, "--quiet", "--data", RepoPaths.Data);
        Assert.Equal(3, exit);
        Assert.Contains("missing", error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    /// <summary>
    /// Serves the store as an unprivileged process: its start-up line, the documents its API lists, its health, and
    /// what an upload gets.
    /// </summary>
    private static async Task<(string Banner, int Documents, string Health, int UploadStatus, string UploadAnswer)> Serve(string db)
    {
        using var server = DyadProcess.Start(unprivileged: true, "serve", "--db", db, "--urls", "http://127.0.0.1:0", "--data", RepoPaths.Data);
        try
        {
            string? line;
            var address = default(string);
            while ((line = await server.StandardError.ReadLineAsync()) is not null)
            {
                if (ServingAddress().Match(line) is { Success: true } match)
                {
                    address = match.Groups[1].Value;
                    break;
                }
            }

            Assert.True(address is not null, "serve did not start: " + line);
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var body = await client.GetStringAsync(new Uri("/api/documents", UriKind.Relative));
            var health = await client.GetStringAsync(new Uri("/api/health", UriKind.Relative));
            using var upload = new StringContent("{\"name\":\"c.txt\",\"text\":\"In 1980 Chile recalled its envoy from Peru.\"}", System.Text.Encoding.UTF8, "application/json");
            using var answer = await client.PostAsync(new Uri("/api/documents", UriKind.Relative), upload);
            return (line!, Regex.Matches(body, "\"name\"").Count, health, (int)answer.StatusCode, await answer.Content.ReadAsStringAsync());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static void MakeReadOnly(string folder, string db)
    {
        const UnixFileMode read = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(db, read);
        File.SetUnixFileMode(folder, read | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }

    private static int DocumentCount(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM documents";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"serving .* at (http://[^ ;]+)")]
    private static partial Regex ServingAddress();

    public void Dispose() => _dir.Dispose();
}
