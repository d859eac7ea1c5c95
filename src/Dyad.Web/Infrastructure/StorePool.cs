using System.Collections.Concurrent;
using Dyad.Storage;

namespace Dyad.Web.Infrastructure;

/// <summary>
/// Stores (SQLite connections or ClickHouse clients) for concurrent readers: a store serves one request at a time, so each request leases one
/// (WAL lets the readers run beside the upload writer).
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly ConcurrentBag<IEventStore> _idle = [];
    private readonly string _path;

    public StorePool(string path)
    {
        _path = path;
        if (!EventStores.Exists(path))
        {
            EventStores.Open(path).Dispose(); // a new store for the uploads to fill; a path where none can be made fails at start-up
        }

        // Requests only read, so their connections are read-only: a store on a read-only file or folder is still served.
        _idle.Add(EventStores.OpenForReading(path));
        WhyReadOnly = ProbeWrites(path);
    }

    public string Path => _path;

    /// <summary>Why uploads cannot be stored (a read-only store file or folder), or null when they can.</summary>
    public string? WhyReadOnly { get; }

    /// <summary>
    /// Uploads write the store and a folder of their files beside it; asking once at start-up lets the server say
    /// so and the page hide its drop zone, instead of every upload failing half-way.
    /// </summary>
    private static string? ProbeWrites(string path)
    {
        if (EventStores.IsClickHouse(path))
        {
            return null;
        }

        try
        {
            EventStores.Open(path).Dispose();
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
            using (File.Create(System.IO.Path.Combine(folder, $".dyad-write-probe-{Environment.ProcessId}"), 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception ex) when (ex is StoreNotWritableException or UnauthorizedAccessException or IOException)
        {
            return ex.Message;
        }
    }

    public Lease Rent() => new(this, _idle.TryTake(out var store) ? store : EventStores.OpenForReading(_path));

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }

    public readonly struct Lease : IDisposable
    {
        private readonly StorePool _pool;

        internal Lease(StorePool pool, IEventStore store)
        {
            _pool = pool;
            Store = store;
        }

        public IEventStore Store { get; }

        public void Dispose() => _pool._idle.Add(Store);
    }
}
