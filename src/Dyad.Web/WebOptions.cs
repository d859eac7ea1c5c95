namespace Dyad.Web;

/// <summary>How the server runs: which store, where it listens, and the limits that protect it.</summary>
public sealed record WebOptions
{
    public required string Database { get; init; }

    /// <summary>Addresses to listen on, separated by ';'. Loopback by default.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The key writes must present (header X-Api-Key). Without one, writes are allowed on loopback only.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Lexicon folder (default: the data/ beside the program).</summary>
    public string? Data { get; init; }

    /// <summary>Largest upload request, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest request of any other kind, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 64 * 1024;

    /// <summary>Requests one client may make in ten seconds.</summary>
    public int ReadsPerTenSeconds { get; init; } = 50_000;

    /// <summary>Uploads one client may make in a minute.</summary>
    public int WritesPerMinute { get; init; } = 30;

    /// <summary>
    /// Longest time an answer is reused; any change to the database (through this server or another process)
    /// ends the reuse at once. Zero computes every answer afresh.
    /// </summary>
    public TimeSpan CacheFor { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>True when every address is a loopback address (127.0.0.1, ::1, localhost).</summary>
    public bool LoopbackOnly => Urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).All(IsLoopback);

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
    }
}
