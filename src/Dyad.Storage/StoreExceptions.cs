namespace Dyad.Storage;

/// <summary>
/// The store cannot be written (or created): its file or folder is read-only, or belongs to someone else. Said
/// once, in words, instead of SQLite's "attempt to write a readonly database" half-way through a command.
/// </summary>
public sealed class StoreNotWritableException : InvalidOperationException
{
    public StoreNotWritableException(string path, Exception inner)
        : base($"cannot write to the store {path}: the file or its folder is read-only or not writable by this user ({inner.Message.TrimEnd('.')}); " +
               "commands that only read it (events, documents, serve, series, ...) still work", inner)
    {
        StorePath = path;
    }

    public string StorePath { get; }
}

/// <summary>A store from an older Dyad, opened where its schema cannot be upgraded (read-only).</summary>
public sealed class OutdatedSchemaException : InvalidOperationException
{
    public OutdatedSchemaException(int version, int latest)
        : base($"this store has schema version {version}, older than this Dyad's ({latest})")
    {
    }
}
