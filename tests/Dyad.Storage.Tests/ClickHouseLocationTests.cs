using Dyad.Storage;
using Dyad.Storage.ClickHouse;

namespace Dyad.Storage.Tests;

public sealed class ClickHouseLocationTests
{
    [Fact]
    public void A_URL_names_every_shard_the_database_and_the_cluster()
    {
        var location = ClickHouseLocation.Parse("clickhouse://127.0.0.1:8123,10.0.0.2:9000/events_db?cluster=prod");
        Assert.Equal(["127.0.0.1:8123", "10.0.0.2:9000"], location.Nodes.Select(n => n.Authority));
        Assert.Equal(("events_db", "prod"), (location.Database, location.Cluster));
        Assert.Equal("dyad", ClickHouseLocation.Parse("clickhouse://localhost:8123/dyad").Cluster);
        Assert.True(EventStores.IsClickHouse("ClickHouse://h:1/d"));
        Assert.False(EventStores.IsClickHouse("dyad.db"));
    }

    [Theory]
    [InlineData("clickhouse://127.0.0.1:8123", "names no database")]
    [InlineData("clickhouse://127.0.0.1/dyad", "is not HOST:PORT")]
    [InlineData("clickhouse://127.0.0.1:8123/dy-ad", "names no database")]
    [InlineData("clickhouse://127.0.0.1:8123/dyad?user=x", "unknown or bad option")]
    public void A_bad_URL_says_what_is_wrong(string url, string message)
    {
        var error = Assert.Throws<FormatException>(() => ClickHouseLocation.Parse(url));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
