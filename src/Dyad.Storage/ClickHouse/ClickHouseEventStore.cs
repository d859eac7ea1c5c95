namespace Dyad.Storage.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    public static IEventStore Open(string location) => throw new NotSupportedException(location);
}
