namespace Dyad.Web.Infrastructure;

/// <summary>
/// A cheap sign that the database changed: sizes and write times of the database file and its write-ahead log.
/// Every commit, by this server or by another process (a `dyad ingest` beside it), appends to the log or, at a
/// checkpoint, rewrites the database, so cached answers computed before a commit stop matching after it.
/// </summary>
public sealed class StoreFingerprint
{
    private readonly string _database;
    private readonly string _log;

    public StoreFingerprint(string database)
    {
        _database = Path.GetFullPath(database);
        _log = _database + "-wal";
    }

    public (long, long, long, long) Read()
    {
        var database = new FileInfo(_database);
        var log = new FileInfo(_log);
        return (
            database.Exists ? database.Length : -1,
            database.Exists ? database.LastWriteTimeUtc.Ticks : -1,
            log.Exists ? log.Length : -1,
            log.Exists ? log.LastWriteTimeUtc.Ticks : -1);
    }
}
