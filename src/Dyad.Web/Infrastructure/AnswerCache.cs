using System.Collections.Concurrent;

namespace Dyad.Web.Infrastructure;

/// <summary>
/// Serialised answers by request, for a few seconds: the same chart asked for by many readers is computed once.
/// A write through this server starts a new generation, so nobody reads a stale answer after an upload.
/// </summary>
public sealed class AnswerCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeSpan _ttl;
    private long _generation;

    public AnswerCache(TimeSpan ttl) => _ttl = ttl;

    public long Generation => Interlocked.Read(ref _generation);

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    public byte[] GetOrAdd(string key, Func<byte[]> compute)
    {
        var now = Environment.TickCount64;
        var generation = Generation;
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation && now < entry.Expires)
        {
            return entry.Body;
        }

        var body = compute();
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(body, generation, now + (long)_ttl.TotalMilliseconds);
        return body;
    }

    private sealed record Entry(byte[] Body, long Generation, long Expires);
}
