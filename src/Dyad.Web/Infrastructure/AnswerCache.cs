using System.Collections.Concurrent;

namespace Dyad.Web.Infrastructure;

/// <summary>
/// Serialised answers by request: the same chart asked for by many readers is computed once. An answer is reused
/// only while the database is unchanged (its fingerprint) and for at most the time-to-live; a write through this
/// server starts a new generation at once, and a write by another process shows in the fingerprint.
/// </summary>
public sealed class AnswerCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeSpan _ttl;
    private readonly Func<(long, long, long, long)> _fingerprint;
    private long _generation;

    public AnswerCache(TimeSpan ttl, Func<(long, long, long, long)>? fingerprint = null)
    {
        _ttl = ttl;
        _fingerprint = fingerprint ?? (() => default);
    }

    public long Generation => Interlocked.Read(ref _generation);

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    public byte[] GetOrAdd(string key, Func<byte[]> compute)
    {
        if (_ttl <= TimeSpan.Zero)
        {
            return compute();
        }

        var now = Environment.TickCount64;
        var generation = Generation;
        var fingerprint = _fingerprint();
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation && entry.Fingerprint == fingerprint && now < entry.Expires)
        {
            return entry.Body;
        }

        var body = compute();
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(body, generation, fingerprint, now + (long)_ttl.TotalMilliseconds);
        return body;
    }

    private sealed record Entry(byte[] Body, long Generation, (long, long, long, long) Fingerprint, long Expires);
}
