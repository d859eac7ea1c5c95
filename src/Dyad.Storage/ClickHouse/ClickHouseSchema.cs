namespace Dyad.Storage.ClickHouse;

/// <summary>
/// Dyad's tables in ClickHouse. Events are the big table: on every shard a MergeTree partitioned by year and ordered
/// by (source country, target country, date), so one dyad's events are a few contiguous ranges; above them a
/// Distributed table sends each event to a shard by a hash of the unordered country pair, so both directions of a
/// dyad live on one shard and its aggregations run there. Each event row carries its document's name and its
/// sentence (no joins at read time). Documents, sentences, statements and mentions are small beside the events and
/// live on the first node. ClickHouse cannot delete cheaply: a replaced or deleted document gets a new version
/// marked retired (ReplacingMergeTree), and reads leave out what belongs to retired documents.
/// </summary>
internal static class ClickHouseSchema
{
    public const string EventColumns =
        "id, document_id, doc_name, doc_path, sentence_index, sentence, sentence_start, sentence_end, date, date_end, date_precision, year, " +
        "year_key, source, source_country, source_historical, target, target_country, target_historical, source_text, target_text, cameo, root, " +
        "quad, goldstein, plover, negated, hypothetical, symmetric, confidence, trigger_start, trigger_end, first_since";

    public const string DocumentColumns =
        "id, version, retired, path, name, content_hash, title, url, published, text, sentence_count, event_count, ingested_at";

    public const string StatementColumns =
        "document_id, doc_name, sentence_index, sentence, first, first_country, second, second_country, date, date_end, date_precision, year, " +
        "tone, cue, cue_start, cue_end";

    public const string MentionColumns = "event_id, source_name, identifier, sentence_id, actor1_offset, actor2_offset, action_offset, confidence";

    /// <summary>The part of the events table each shard holds.</summary>
    public const string EventsLocal = """
        CREATE TABLE IF NOT EXISTS events_local (
            id String, document_id UInt64, doc_name String, doc_path String, sentence_index Int32, sentence String,
            sentence_start Int32, sentence_end Int32, date String, date_end Nullable(String), date_precision String,
            year Nullable(Int32), year_key Int32, source String, source_country String, source_historical Nullable(String),
            target String, target_country String, target_historical Nullable(String), source_text String, target_text Nullable(String),
            cameo String, root Int32, quad Int32, goldstein Float64, plover Nullable(String), negated UInt8, hypothetical UInt8,
            symmetric UInt8, confidence Float64, trigger_start Int32, trigger_end Int32, first_since Nullable(String)
        ) ENGINE = MergeTree() PARTITION BY year_key ORDER BY (source_country, target_country, date)
        """;

    /// <summary>The unordered pair: both directions of a dyad hash alike (least/greatest take no strings in 18.16).</summary>
    public const string PairHash =
        "cityHash64(if(source_country < target_country, source_country, target_country), if(source_country < target_country, target_country, source_country))";

    /// <summary>
    /// The yearly tone of every pair, kept up to date by ClickHouse itself: a materialized view adds each inserted
    /// block of events, summed per pair (opposition groups apart from their country), year, QuadClass and origin, and
    /// the SummingMergeTree folds the rows together as it merges. A retired document's events are taken out again by
    /// rows with negative counts. Read with sum(), since merges come when they come.
    /// </summary>
    public const string TonesLocal = """
        CREATE TABLE IF NOT EXISTS tones_local (
            source_country String, target_country String, year Int32, quad Int32, source_node String, target_node String,
            imported UInt8, events Int64, goldstein Float64
        ) ENGINE = SummingMergeTree((events, goldstein)) ORDER BY (source_country, target_country, year, quad, source_node, target_node, imported)
        """;

    /// <summary>The tones of a set of event rows (FROM and WHERE follow), with <paramref name="sign"/> 1 to add them, -1 to take them out.</summary>
    public static string ToneRows(int sign) =>
        $"SELECT source_country, target_country, assumeNotNull(year) AS year, quad, {Node("source")} AS source_node, {Node("target")} AS target_node, " +
        $"toUInt8(trigger_end = 0) AS imported, toInt64({sign} * count()) AS events, {sign} * sum(goldstein) AS goldstein";

    public const string ToneFilter = "target_country != '' AND isNotNull(year) AND negated = 0 AND hypothetical = 0";

    public const string ToneGroups = "GROUP BY source_country, target_country, year, quad, source_node, target_node, imported";

    public static string TonesView => $"CREATE MATERIALIZED VIEW IF NOT EXISTS tones_mv TO tones_local AS {ToneRows(1)} FROM events_local WHERE {ToneFilter} {ToneGroups}";

    /// <summary>A state at country level; rebels, insurgents and separatists stay apart from their state ("AFGREB").</summary>
    public static string Node(string side) =>
        $"if(length({side}) = 6 AND substring({side}, 4, 3) IN {OppositionSql.SuffixList}, {side}, {side}_country)";

    /// <summary>
    /// Every event id, ordered by id (a materialized view fills it): a batch of GDELT or ICEWS rows, whose ids run in
    /// sequence, is checked against the few granules that hold its ids, where the events table, ordered by pair, would
    /// be read whole.
    /// </summary>
    public const string EventIdsLocal = "CREATE TABLE IF NOT EXISTS event_ids_local (id String) ENGINE = MergeTree() ORDER BY id";

    public const string EventIdsView = "CREATE MATERIALIZED VIEW IF NOT EXISTS event_ids_mv TO event_ids_local AS SELECT id FROM events_local";

    public static string EventIds(string cluster, string database) =>
        $"CREATE TABLE IF NOT EXISTS event_ids AS event_ids_local ENGINE = Distributed({cluster}, {database}, event_ids_local, rand())";

    public static string Events(string cluster, string database) =>
        $"CREATE TABLE IF NOT EXISTS events AS events_local ENGINE = Distributed({cluster}, {database}, events_local, {PairHash})";

    public const string DocumentPathsView = "CREATE MATERIALIZED VIEW IF NOT EXISTS document_paths_mv TO document_paths AS SELECT path, id FROM documents";

    public static string Tones(string cluster, string database) =>
        $"CREATE TABLE IF NOT EXISTS tones AS tones_local ENGINE = Distributed({cluster}, {database}, tones_local, {PairHash})";

    public static readonly string[] FirstNode =
    [
        // Each document version's path, ordered by path (a materialized view fills it): finding a document by its
        // path reads a few granules, where the documents table, ordered by id, would be read whole with FINAL.
        "CREATE TABLE IF NOT EXISTS document_paths (path String, id UInt64) ENGINE = MergeTree() ORDER BY path",
        // The ids of retired document versions: a small table every read can leave out cheaply, where the
        // documents table (one row per GDELT source address) is large.
        "CREATE TABLE IF NOT EXISTS retired (id UInt64) ENGINE = MergeTree() ORDER BY id",
        """
        CREATE TABLE IF NOT EXISTS documents (
            id UInt64, version UInt64, retired UInt8, path String, name String, content_hash String, title Nullable(String),
            url Nullable(String), published Nullable(String), text String, sentence_count Int32, event_count Int32, ingested_at String
        ) ENGINE = ReplacingMergeTree(version) ORDER BY id
        """,
        """
        CREATE TABLE IF NOT EXISTS sentences (document_id UInt64, idx Int32, start Int32, end Int32, text String)
        ENGINE = MergeTree() ORDER BY (document_id, idx)
        """,
        """
        CREATE TABLE IF NOT EXISTS statements (
            document_id UInt64, doc_name String, sentence_index Int32, sentence String, first String, first_country String,
            second String, second_country String, date Nullable(String), date_end Nullable(String), date_precision String,
            year Nullable(Int32), tone Float64, cue String, cue_start Int32, cue_end Int32
        ) ENGINE = MergeTree() ORDER BY (first_country, second_country, document_id)
        """,
        """
        CREATE TABLE IF NOT EXISTS mentions (
            event_id String, source_name String, identifier String, sentence_id Int32, actor1_offset Int32, actor2_offset Int32,
            action_offset Int32, confidence Int32
        ) ENGINE = MergeTree() ORDER BY (event_id, identifier, sentence_id, action_offset)
        """,
    ];
}
