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
        _idle.Add(EventStores.Open(path)); // opens (and migrates) once, so a bad path fails at start-up
    }

    public string Path => _path;

    public Lease Rent() => new(this, _idle.TryTake(out var store) ? store : EventStores.Open(_path));

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
