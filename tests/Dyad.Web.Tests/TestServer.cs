using Dyad.Ingestion;
using Dyad.Storage.Sqlite;
using Dyad.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Dyad.Web.Tests;

/// <summary>
/// A real Dyad server on Kestrel, on a free loopback port, over a store holding the sample corpus and a hostile
/// document (script and img tags in its text). Requests go over the network stack, not through a mock.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string HostileText =
        "In 1999 Nepal criticised Bhutan. <script>window.__xss = 1</script> and <img src=x onerror=\"window.__xss = 2\"> were written here.";

    private readonly TempDirectory _dir;

    private TestServer(WebApplication app, string url, string database, TempDirectory dir)
    {
        App = app;
        Url = url;
        Database = database;
        _dir = dir;
        Client = new HttpClient { BaseAddress = new Uri(url) };
    }

    public WebApplication App { get; }

    public string Url { get; }

    public string Database { get; }

    public HttpClient Client { get; }

    public static async Task<TestServer> StartAsync(Func<WebOptions, WebOptions>? configure = null, bool withCorpus = true, string host = "127.0.0.1")
    {
        var dir = new TempDirectory();
        var database = dir.File("dyad.db");
        if (withCorpus)
        {
            dir.Write("extra/hostile.txt", HostileText);
            using var store = new SqliteEventStore(database);
            new IngestService(TestLexicons.Instance, store).Run([Path.Combine(RepoPaths.Samples, "corpus"), dir.File("extra")], new IngestOptions());
        }

        var options = new WebOptions { Database = database, Urls = $"http://{host}:0", Data = RepoPaths.Data };
        options = configure?.Invoke(options) ?? options;
        var app = DyadWeb.Build(options, logging => logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        var url = app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        return new TestServer(app, url, database, dir);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _dir.Dispose();
    }
}
