using System.Text.Json;
using Dyad.Ingestion;
using Dyad.Storage.Sqlite;
using Dyad.Testing;

namespace Dyad.Web.Tests;

public sealed class AnswerCacheTests
{
    [Fact]
    public async Task An_ingest_by_another_process_shows_in_the_next_answer_despite_the_cache()
    {
        await using var server = await TestServer.StartAsync(o => o with { CacheFor = TimeSpan.FromHours(1) }, withCorpus: false);
        Assert.Empty(await Events(server));
        Assert.Empty(await Events(server)); // now cached

        using (var dir = new TempDirectory())
        {
            dir.Write("late.txt", "In 2034 Nepal signed a treaty with Bhutan.");
            using var store = new SqliteEventStore(server.Database); // a second writer, as `dyad ingest` would be
            new IngestService(TestLexicons.Instance, store).Run([dir.Path], new IngestOptions());
        }

        Assert.Single(await Events(server));
    }

    [Fact]
    public void Without_a_time_to_live_every_answer_is_computed()
    {
        var cache = new Infrastructure.AnswerCache(TimeSpan.Zero);
        var calls = 0;
        cache.GetOrAdd("k", () => [(byte)++calls]);
        Assert.Equal(2, cache.GetOrAdd("k", () => [(byte)++calls])[0]);
    }

    [Fact]
    public void An_unchanged_store_reuses_the_answer_and_a_changed_one_does_not()
    {
        var version = (1L, 1L, 1L, 1L);
        var cache = new Infrastructure.AnswerCache(TimeSpan.FromHours(1), () => version);
        var calls = 0;
        cache.GetOrAdd("k", () => [(byte)++calls]);
        Assert.Equal(1, cache.GetOrAdd("k", () => [(byte)++calls])[0]);
        version = (1L, 1L, 2L, 1L);
        Assert.Equal(2, cache.GetOrAdd("k", () => [(byte)++calls])[0]);
    }

    private static async Task<List<JsonElement>> Events(TestServer server)
    {
        var body = await server.Client.GetStringAsync("/api/events?dyad=NPL-BTN");
        return [.. JsonDocument.Parse(body).RootElement.EnumerateArray()];
    }
}
