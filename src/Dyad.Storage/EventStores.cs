using Dyad.Storage.Sqlite;

namespace Dyad.Storage;

/// <summary>
/// Opens the store a <c>--db</c> value names: a SQLite file path (the default), or
/// <c>clickhouse://HOST:PORT/DATABASE</c> for a ClickHouse server or cluster over its HTTP interface.
/// </summary>
public static class EventStores
{
    public const string ClickHouseScheme = "clickhouse://";

    public static bool IsClickHouse(string location) => location.StartsWith(ClickHouseScheme, StringComparison.OrdinalIgnoreCase);

    public static IEventStore Open(string location) => IsClickHouse(location)
        ? ClickHouse.ClickHouseEventStore.Open(location)
        : new SqliteEventStore(location);

    /// <summary>
    /// Opens a store for a command that only reads it: a SQLite file is opened read-only, so a store on a read-only
    /// file or folder can still be read (<see cref="SqliteEventStore.OpenReadOnly"/>).
    /// </summary>
    public static IEventStore OpenForReading(string location) => IsClickHouse(location)
        ? ClickHouse.ClickHouseEventStore.Open(location)
        : SqliteEventStore.OpenReadOnly(location);

    /// <summary>Whether there is a store to read: a SQLite file that exists; a ClickHouse URL is asked when opened.</summary>
    public static bool Exists(string location) => IsClickHouse(location) || File.Exists(location);

    /// <summary>The store's location for messages: a full file path, or the URL.</summary>
    public static string Describe(string location) => IsClickHouse(location) ? location : Path.GetFullPath(location);
}
