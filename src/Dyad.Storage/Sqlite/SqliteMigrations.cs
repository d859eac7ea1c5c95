using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// The schema as numbered steps. PRAGMA user_version records the last step applied; opening a store applies
/// the missing steps in one transaction, and refuses a database from a newer Dyad.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly string[] Steps =
    [
        // 1: documents, their sentences, and the events each sentence states.
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            title TEXT,
            url TEXT,
            published TEXT,
            text TEXT NOT NULL,
            sentence_count INTEGER NOT NULL,
            event_count INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_by_hash ON documents(content_hash);

        CREATE TABLE sentences (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;

        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence_index INTEGER NOT NULL,
            date TEXT,
            date_end TEXT,
            date_precision TEXT NOT NULL,
            year INTEGER,
            source TEXT NOT NULL,
            source_country TEXT NOT NULL,
            source_historical TEXT,
            target TEXT,
            target_country TEXT,
            target_historical TEXT,
            source_text TEXT NOT NULL,
            target_text TEXT,
            cameo TEXT NOT NULL,
            root INTEGER NOT NULL,
            quad INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            plover TEXT,
            negated INTEGER NOT NULL,
            hypothetical INTEGER NOT NULL,
            symmetric INTEGER NOT NULL,
            confidence REAL NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL
        );
        CREATE INDEX events_by_source ON events(source_country, target_country, year);
        CREATE INDEX events_by_target ON events(target_country, source_country, year);
        CREATE INDEX events_by_year ON events(year);
        CREATE INDEX events_by_document ON events(document_id, sentence_index);
        """,

        // 2: the "first ... since" claim a sentence makes about its event (ISO date), for reconciliation.
        """
        ALTER TABLE events ADD COLUMN first_since TEXT;
        """,

        // 3: what sentences say about the state of a relationship ("relations deteriorated"), with a tone.
        """
        CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence_index INTEGER NOT NULL,
            first TEXT NOT NULL,
            first_country TEXT NOT NULL,
            second TEXT NOT NULL,
            second_country TEXT NOT NULL,
            date TEXT,
            date_end TEXT,
            date_precision TEXT NOT NULL,
            year INTEGER,
            tone REAL NOT NULL,
            cue TEXT NOT NULL,
            cue_start INTEGER NOT NULL,
            cue_end INTEGER NOT NULL
        );
        CREATE INDEX statements_by_pair ON statements(first_country, second_country, year);
        CREATE INDEX statements_by_document ON statements(document_id);
        """,

        // 4: the pair indexes cover the tone of each event, so a year-by-year tone of every pair an actor is in is
        // read from the indexes alone (the relationship index over millions of events).
        """
        DROP INDEX events_by_source;
        DROP INDEX events_by_target;
        CREATE INDEX events_by_source ON events(source_country, target_country, year, negated, hypothetical, quad, goldstein, source, target);
        CREATE INDEX events_by_target ON events(target_country, source_country, year, negated, hypothetical, quad, goldstein, source, target);
        """,

        // 5: the further reports (mentions) of imported events, as GDELT publishes them; kept even for an event not
        // imported (yet), since a mentions file names events of earlier updates.
        """
        CREATE TABLE mentions (
            event_id TEXT NOT NULL,
            source_name TEXT NOT NULL,
            identifier TEXT NOT NULL,
            sentence_id INTEGER NOT NULL,
            actor1_offset INTEGER NOT NULL,
            actor2_offset INTEGER NOT NULL,
            action_offset INTEGER NOT NULL,
            confidence INTEGER NOT NULL,
            PRIMARY KEY (event_id, identifier, sentence_id, action_offset)
        ) WITHOUT ROWID;
        """,

        // 6: the pair indexes also say whether an event was imported (no trigger), which the analyses count apart.
        """
        DROP INDEX events_by_source;
        DROP INDEX events_by_target;
        CREATE INDEX events_by_source ON events(source_country, target_country, year, negated, hypothetical, quad, goldstein, source, target, trigger_end);
        CREATE INDEX events_by_target ON events(target_country, source_country, year, negated, hypothetical, quad, goldstein, source, target, trigger_end);
        """,
    ];

    public static int Latest => Steps.Length;

    /// <summary>
    /// Brings the schema up to date. The version is read again inside an immediate (write-locked) transaction, so two
    /// processes opening a new store at once do not both create it: the second waits, then finds nothing to do.
    /// </summary>
    public static void Apply(SqliteConnection connection)
    {
        if (Version(connection) == Steps.Length)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        var current = Version(connection, transaction);
        if (current > Steps.Length)
        {
            throw Newer(current);
        }

        for (var step = current; step < Steps.Length; step++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Steps[step];
            command.ExecuteNonQuery();
        }

        using (var version = connection.CreateCommand())
        {
            version.Transaction = transaction;
            version.CommandText = $"PRAGMA user_version = {Steps.Length}";
            version.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>For a store opened read-only: the schema must already be this Dyad's, since nothing can be changed.</summary>
    public static void Check(SqliteConnection connection)
    {
        var current = Version(connection);
        if (current != Steps.Length)
        {
            throw current > Steps.Length ? Newer(current) : new OutdatedSchemaException(current, Steps.Length);
        }
    }

    private static int Version(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        var current = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Steps.Length)
        {
            throw Newer(current);
        }

        return current;
    }

    private static InvalidOperationException Newer(int current) =>
        new($"this database has schema version {current}, newer than this Dyad understands ({Steps.Length}); upgrade Dyad");
}
