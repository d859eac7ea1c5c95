using System.Globalization;
using System.Text;
using Dyad.Core.Dates;
using Dyad.Core.Documents;
using Dyad.Core.Events;
using Dyad.Extraction.Pipeline;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), with foreign keys on, so
/// deleting a document deletes its sentences and events. Each document is saved in its own transaction with
/// prepared statements reused across documents.
/// </summary>
public sealed class SqliteEventStore : IEventStore
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertSentence;
    private readonly SqliteCommand _deleteDocument;
    private readonly SqliteCommand _insertStatement;
    private readonly SqliteCommand _insertEvent;
    private readonly QueryCommands _queries;
    private bool _disposed;

    public SqliteEventStore(string path)
        : this(path, readOnly: false)
    {
    }

    private SqliteEventStore(string path, bool readOnly)
    {
        Path = System.IO.Path.GetFullPath(path);
        ReadOnly = readOnly;
        _connection = readOnly ? OpenForReading(Path) : OpenForWriting(Path);
        // Set before anything that takes a lock, so a second process opening the same new store waits its turn.
        Execute("PRAGMA busy_timeout = 10000");
        try
        {
            if (!readOnly)
            {
                Execute("PRAGMA journal_mode = WAL");
            }

            Execute("PRAGMA synchronous = NORMAL");
            Execute("PRAGMA foreign_keys = ON");
            Execute("PRAGMA temp_store = MEMORY");
            // The secondary indexes of a million-event store outgrow SQLite's 2 MB default cache; a bigger cache and
            // memory-mapped reads keep large ingests from turning into one read call per index page.
            Execute("PRAGMA cache_size = -65536");
            Execute("PRAGMA mmap_size = 268435456");
            if (readOnly)
            {
                SqliteMigrations.Check(_connection);
            }
            else
            {
                SqliteMigrations.Apply(_connection);
            }
        }
        catch (SqliteException ex) when (!readOnly && IsNotWritable(ex))
        {
            _connection.Dispose();
            throw new StoreNotWritableException(Path, ex);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }

        _queries = new QueryCommands(_connection);

        _deleteDocument = Prepare("DELETE FROM documents WHERE path = $path", "$path");
        _insertStatement = Prepare("""
            INSERT INTO statements (document_id, sentence_index, first, first_country, second, second_country, date, date_end, date_precision, year,
                tone, cue, cue_start, cue_end)
            VALUES ($doc, $sentence, $first, $firstCountry, $second, $secondCountry, $date, $dateEnd, $precision, $year, $tone, $cue, $cueStart, $cueEnd)
            """, "$doc", "$sentence", "$first", "$firstCountry", "$second", "$secondCountry", "$date", "$dateEnd", "$precision", "$year",
            "$tone", "$cue", "$cueStart", "$cueEnd");
        _insertDocument = Prepare("""
            INSERT INTO documents (path, name, content_hash, title, url, published, text, sentence_count, event_count, ingested_at)
            VALUES ($path, $name, $hash, $title, $url, $published, $text, $sentences, $events, $at) RETURNING id
            """, "$path", "$name", "$hash", "$title", "$url", "$published", "$text", "$sentences", "$events", "$at");
        _insertSentence = Prepare(
            "INSERT INTO sentences (document_id, idx, start, end, text) VALUES ($doc, $idx, $start, $end, $text)",
            "$doc", "$idx", "$start", "$end", "$text");
        _insertEvent = Prepare("""
            INSERT OR REPLACE INTO events (id, document_id, sentence_index, date, date_end, date_precision, year, source, source_country, source_historical,
                target, target_country, target_historical, source_text, target_text, cameo, root, quad, goldstein, plover,
                negated, hypothetical, symmetric, confidence, trigger_start, trigger_end, first_since)
            VALUES ($id, $doc, $sentence, $date, $dateEnd, $precision, $year, $source, $sourceCountry, $sourceHistorical,
                $target, $targetCountry, $targetHistorical, $sourceText, $targetText, $cameo, $root, $quad, $goldstein, $plover,
                $negated, $hypothetical, $symmetric, $confidence, $triggerStart, $triggerEnd, $firstSince)
            """, "$id", "$doc", "$sentence", "$date", "$dateEnd", "$precision", "$year", "$source", "$sourceCountry", "$sourceHistorical",
            "$target", "$targetCountry", "$targetHistorical", "$sourceText", "$targetText", "$cameo", "$root", "$quad", "$goldstein", "$plover",
            "$negated", "$hypothetical", "$symmetric", "$confidence", "$triggerStart", "$triggerEnd", "$firstSince");
    }

    public string Path { get; }

    public StoredDocument? FindByPath(string path) => Documents("WHERE path = $p", ("$p", path)).FirstOrDefault();

    public StoredDocument? FindById(long id) => Documents("WHERE id = $id", ("$id", id)).FirstOrDefault();

    public IReadOnlyList<ActorCount> ActorCounts()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT code, sum(n) FROM (
                SELECT source_country AS code, count(*) AS n FROM events GROUP BY source_country
                UNION ALL
                SELECT target_country, count(*) FROM events WHERE target_country IS NOT NULL GROUP BY target_country)
            GROUP BY code ORDER BY sum(n) DESC, code
            """;
        using var reader = command.ExecuteReader();
        var list = new List<ActorCount>();
        while (reader.Read())
        {
            list.Add(new ActorCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return list;
    }

    public IReadOnlyList<PairTotal> PairTotals(int? fromYear, int? toYear)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT min(source_country, target_country), max(source_country, target_country), count(*), sum(goldstein) FROM events
            WHERE target_country IS NOT NULL AND source_country <> target_country AND negated = 0 AND hypothetical = 0
              AND year >= $from AND year <= $to
            GROUP BY 1, 2 ORDER BY count(*) DESC
            """;
        command.Parameters.AddWithValue("$from", fromYear ?? int.MinValue);
        command.Parameters.AddWithValue("$to", toYear ?? int.MaxValue);
        using var reader = command.ExecuteReader();
        var list = new List<PairTotal>();
        while (reader.Read())
        {
            list.Add(new PairTotal(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3)));
        }

        return list;
    }

    public StoredDocument? FindByContent(string contentHash) => Documents("WHERE content_hash = $h", ("$h", contentHash)).FirstOrDefault();

    public void SaveDocuments(IReadOnlyList<DocumentExtraction> documents)
    {
        RefuseIfReadOnly();
        using var transaction = _connection.BeginTransaction();
        _deleteDocument.Transaction = transaction;
        _insertDocument.Transaction = transaction;
        _insertSentence.Transaction = transaction;
        _insertEvent.Transaction = transaction;
        _insertStatement.Transaction = transaction;
        foreach (var (document, extraction) in documents)
        {
            Write(document, extraction);
        }

        transaction.Commit();
    }

    private void Write(SourceDocument document, ExtractionResult extraction)
    {
        _deleteDocument.Parameters[0].Value = document.Path;
        _deleteDocument.ExecuteNonQuery();

        var text = document.Text;
        Set(_insertDocument, document.Path, document.FileName, document.ContentHash, document.Metadata.Title, document.Metadata.Url,
            document.Metadata.Published?.ToIsoString(), text, extraction.Sentences.Count, extraction.Events.Count,
            DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        var documentId = (long)_insertDocument.ExecuteScalar()!;

        foreach (var sentence in extraction.Sentences)
        {
            Set(_insertSentence, documentId, sentence.Index, sentence.Start, sentence.End, sentence.TextOf(text));
            _insertSentence.ExecuteNonQuery();
        }

        foreach (var e in extraction.Events)
        {
            WriteEvent(documentId, e);
        }

        foreach (var r in extraction.Statements)
        {
            var when = r.When;
            Set(_insertStatement, documentId, r.SentenceIndex, r.First.Code, r.First.Country, r.Second.Code, r.Second.Country,
                when?.Start.ToIsoString(), when?.End?.ToIsoString(), PrecisionName(when?.Precision ?? DatePrecision.None), when?.Start.Year,
                r.Tone, r.Cue, r.CueStart, r.CueEnd);
            _insertStatement.ExecuteNonQuery();
        }
    }

    private void WriteEvent(long documentId, CodedEvent e)
    {
        var when = e.When;
        Set(_insertEvent,
            e.Id,
            documentId,
            e.SentenceIndex,
            when?.Start.ToIsoString(),
            when?.End?.ToIsoString(),
            PrecisionName(when?.Precision ?? DatePrecision.None),
            when?.Start.Year,
            e.Source.Code,
            e.Source.Country,
            e.Source.Historical,
            e.Target?.Code,
            e.Target?.Country,
            e.Target?.Historical,
            e.SourceText,
            e.TargetText,
            e.Cameo.Code,
            e.Cameo.Root,
            (int)e.Cameo.Quad,
            e.Cameo.Goldstein,
            e.Cameo.Plover,
            e.Negated,
            e.Hypothetical,
            e.Symmetric,
            e.Confidence,
            e.TriggerStart,
            e.TriggerEnd,
            e.FirstSince?.ToIsoString());
        _insertEvent.ExecuteNonQuery();
    }

    public int ImportEvents(IReadOnlyList<ImportedEvent> events)
    {
        RefuseIfReadOnly();
        using var transaction = _connection.BeginTransaction();
        using var findReport = Command(transaction, "SELECT id FROM documents WHERE path = $path", "$path");
        using var addReport = Command(transaction, """
            INSERT INTO documents (path, name, content_hash, title, url, published, text, sentence_count, event_count, ingested_at)
            VALUES ($path, $name, $hash, $title, $url, NULL, '', 0, 0, $at) RETURNING id
            """, "$path", "$name", "$hash", "$title", "$url", "$at");
        using var addSentence = Command(transaction,
            "INSERT OR IGNORE INTO sentences (document_id, idx, start, end, text) VALUES ($doc, $idx, 0, 0, '')", "$doc", "$idx");
        using var addEvent = Command(transaction, """
            INSERT OR IGNORE INTO events (id, document_id, sentence_index, date, date_end, date_precision, year, source, source_country, source_historical,
                target, target_country, target_historical, source_text, target_text, cameo, root, quad, goldstein, plover,
                negated, hypothetical, symmetric, confidence, trigger_start, trigger_end, first_since)
            VALUES ($id, $doc, $sentence, $date, NULL, 'day', $year, $source, $sourceCountry, NULL,
                $target, $targetCountry, NULL, $sourceText, $targetText, $cameo, $root, $quad, $goldstein, NULL, 0, 0, 0, 1, 0, 0, NULL)
            """, "$id", "$doc", "$sentence", "$date", "$year", "$source", "$sourceCountry", "$target", "$targetCountry", "$sourceText", "$targetText",
            "$cameo", "$root", "$quad", "$goldstein");
        var reports = new Dictionary<string, long>(StringComparer.Ordinal);
        var added = 0;
        var at = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            if (!reports.TryGetValue(e.Report.Path, out var documentId))
            {
                Set(findReport, e.Report.Path);
                documentId = findReport.ExecuteScalar() is long found ? found
                    : Insert(addReport, e.Report.Path, e.Report.Name, ImportedReportHash(e.Report.Path), e.Report.Title, e.Report.Url, at);
                reports[e.Report.Path] = documentId;
            }

            Set(addSentence, documentId, e.SentenceIndex);
            addSentence.ExecuteNonQuery();
            Set(addEvent, e.Id, documentId, e.SentenceIndex, e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Date.Year, e.Source,
                e.SourceCountry, e.Target, e.TargetCountry, e.SourceText, e.TargetText, e.Cameo, CameoRoot(e.Cameo), e.Quad, e.Goldstein);
            added += addEvent.ExecuteNonQuery();
        }

        using var count = Command(transaction, """
            UPDATE documents SET event_count = (SELECT count(*) FROM events WHERE document_id = $doc),
                                 sentence_count = (SELECT count(*) FROM sentences WHERE document_id = $doc)
            WHERE id = $doc
            """, "$doc");
        foreach (var documentId in reports.Values)
        {
            Set(count, documentId);
            count.ExecuteNonQuery();
        }

        transaction.Commit();
        return added;

        static long Insert(SqliteCommand command, params object?[] values)
        {
            Set(command, values);
            return (long)command.ExecuteScalar()!;
        }
    }

    /// <summary>An imported report has no text of its own; its "content" is its identity, so no two share a hash.</summary>
    internal static string ImportedReportHash(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(path)));

    internal static int CameoRoot(string cameo) => int.Parse(cameo.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);

    public int AddMentions(IReadOnlyList<EventMention> mentions)
    {
        RefuseIfReadOnly();
        using var transaction = _connection.BeginTransaction();
        using var add = Command(transaction, """
            INSERT OR IGNORE INTO mentions (event_id, source_name, identifier, sentence_id, actor1_offset, actor2_offset, action_offset, confidence)
            VALUES ($event, $source, $identifier, $sentence, $a1, $a2, $action, $confidence)
            """, "$event", "$source", "$identifier", "$sentence", "$a1", "$a2", "$action", "$confidence");
        var added = 0;
        foreach (var m in mentions)
        {
            Set(add, m.EventId, m.SourceName, m.Identifier, m.SentenceId, m.Actor1Offset, m.Actor2Offset, m.ActionOffset, m.Confidence);
            added += add.ExecuteNonQuery();
        }

        transaction.Commit();
        return added;
    }

    public IReadOnlyList<EventMention> Mentions(string eventId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT event_id, source_name, identifier, sentence_id, actor1_offset, actor2_offset, action_offset, confidence FROM mentions
            WHERE event_id = $id ORDER BY identifier, sentence_id, action_offset
            """;
        command.Parameters.AddWithValue("$id", eventId);
        using var reader = command.ExecuteReader();
        var list = new List<EventMention>();
        while (reader.Read())
        {
            list.Add(new EventMention(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7)));
        }

        return list;
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        return command;
    }

    public bool DeleteDocument(string path)
    {
        RefuseIfReadOnly();
        using var command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM documents WHERE path = $p";
        command.Parameters.AddWithValue("$p", path);
        return command.ExecuteNonQuery() > 0;
    }

    public IEnumerable<EventRecord> QueryEvents(EventQuery query)
    {
        var sql = new StringBuilder("""
            SELECT e.id, d.name, d.path, e.sentence_index, s.text, s.start, s.end, e.date, e.date_end, e.date_precision,
                   e.source, e.source_historical, e.target, e.target_historical, e.source_text, e.target_text,
                   e.cameo, e.goldstein, e.quad, e.plover, e.negated, e.hypothetical, e.symmetric, e.confidence,
                   e.document_id, e.first_since, e.trigger_start, e.trigger_end, e.source_country, e.target_country, d.url
            FROM events e
            JOIN documents d ON d.id = e.document_id
            JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence_index
            WHERE 1 = 1
            """);
        using var command = _connection.CreateCommand();
        AddFilters(query, sql, command);
        sql.Append(" ORDER BY e.year IS NULL, e.year, e.date, d.name, e.sentence_index, e.trigger_start, e.id");
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT $limit");
            command.Parameters.AddWithValue("$limit", limit);
        }

        command.CommandText = sql.ToString();
        using var lease = _queries.Rent(command);
        using var reader = lease.Command.ExecuteReader();
        while (reader.Read())
        {
            yield return new EventRecord(
                Id: reader.GetString(0),
                Doc: reader.GetString(1),
                DocumentPath: reader.GetString(2),
                SentenceIndex: reader.GetInt32(3),
                Sentence: reader.GetString(4),
                Start: reader.GetInt32(5),
                End: reader.GetInt32(6),
                Date: NullableString(reader, 7),
                DateEnd: NullableString(reader, 8),
                DatePrecision: reader.GetString(9),
                Source: reader.GetString(10),
                SourceHistorical: NullableString(reader, 11),
                Target: NullableString(reader, 12),
                TargetHistorical: NullableString(reader, 13),
                SourceText: reader.GetString(14),
                TargetText: NullableString(reader, 15),
                Cameo: reader.GetString(16),
                CameoName: string.Empty,
                Goldstein: reader.GetDouble(17),
                Quad: reader.GetInt32(18),
                Plover: NullableString(reader, 19),
                Negated: reader.GetInt64(20) != 0,
                Hypothetical: reader.GetInt64(21) != 0,
                Symmetric: reader.GetInt64(22) != 0,
                Confidence: reader.GetDouble(23))
            {
                DocumentId = reader.GetInt64(24),
                FirstSince = NullableString(reader, 25),
                TriggerStart = reader.GetInt32(26),
                TriggerEnd = reader.GetInt32(27),
                IsImported = reader.GetInt32(27) == 0,
                SourceCountry = reader.GetString(28),
                TargetCountry = NullableString(reader, 29),
                DocumentUrl = NullableString(reader, 30),
            };
        }
    }

    public IReadOnlyList<ToneAggregate> AggregateTones(IReadOnlyCollection<string> sides, IReadOnlyCollection<string>? among = null)
    {
        var codes = sides.Select(a => a.ToUpperInvariant()).Distinct().ToList();
        var others = (among ?? []).Select(a => a.ToUpperInvariant()).Distinct().Where(a => !codes.Contains(a)).ToList();
        if (codes.Count == 0)
        {
            return [];
        }

        var node = "CASE WHEN length({0}) = 6 AND substr({0}, 4) IN " + OppositionSql.SuffixList + " THEN {0} ELSE {0}_country END";
        var source = string.Format(CultureInfo.InvariantCulture, node, "source");
        var target = string.Format(CultureInfo.InvariantCulture, node, "target");
        using var command = _connection.CreateCommand();
        var list = string.Join(", ", codes.Select((_, i) => $"$a{i}"));
        for (var i = 0; i < codes.Count; i++)
        {
            command.Parameters.AddWithValue($"$a{i}", codes[i]);
        }

        var othersList = string.Join(", ", others.Select((_, i) => $"$o{i}"));
        for (var i = 0; i < others.Count; i++)
        {
            command.Parameters.AddWithValue($"$o{i}", others[i]);
        }

        const string Live = "year IS NOT NULL AND negated = 0 AND hypothetical = 0";
        var quad = $"CASE WHEN (source_country IN ({list}) AND target_country IN ({list})) OR {source} != source_country OR {target} != target_country THEN quad ELSE 0 END";

        // Three parts, each served by one covering index, so nothing is counted twice: events whose source is one of
        // the sides; whose target is and whose source is not; and between two of the others. In a fixed order, as
        // every store gives them, since the analyses break ties by it.
        command.CommandText = $"""
            SELECT {source}, {target}, year, {quad}, trigger_end = 0, sum(goldstein), count(*) FROM events
            WHERE source_country IN ({list}) AND target_country IS NOT NULL AND {Live}
            GROUP BY 1, 2, 3, 4, 5
            UNION ALL
            SELECT {source}, {target}, year, {quad}, trigger_end = 0, sum(goldstein), count(*) FROM events
            WHERE target_country IN ({list}) AND source_country NOT IN ({list}) AND {Live}
            GROUP BY 1, 2, 3, 4, 5
            {(others.Count == 0 ? string.Empty : $"""
            UNION ALL
            SELECT {source}, {target}, year, {quad}, trigger_end = 0, sum(goldstein), count(*) FROM events
            WHERE source_country IN ({othersList}) AND target_country IN ({othersList}) AND {Live}
            GROUP BY 1, 2, 3, 4, 5
            """)}
            ORDER BY 1, 2, 3, 4, 5
            """;
        using var lease = _queries.Rent(command);
        using var reader = lease.Command.ExecuteReader();
        var result = new List<ToneAggregate>();
        while (reader.Read())
        {
            result.Add(new ToneAggregate(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDouble(5), reader.GetInt32(6))
            {
                Imported = reader.GetInt64(4) != 0,
            });
        }

        return result;
    }

    public IReadOnlyList<EventTally> TallyImported(EventQuery query, TallyPeriod period)
    {
        var (year, month, precise) = period switch
        {
            TallyPeriod.Month => ("e.year", "CAST(substr(e.date, 6, 2) AS INTEGER)", " AND e.date_precision IN ('month', 'day')"),
            TallyPeriod.Decade => ("(e.year / 10) * 10", "NULL", string.Empty),
            _ => ("e.year", "NULL", string.Empty),
        };
        var sql = new StringBuilder($"""
            SELECT {year}, {month}, count(*), sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4), sum(e.goldstein),
                   count(DISTINCT e.document_id)
            FROM events e JOIN documents d ON d.id = e.document_id
            WHERE e.year IS NOT NULL AND e.negated = 0 AND e.hypothetical = 0{precise}
            """);
        using var command = _connection.CreateCommand();
        AddFilters(query with { Origin = EventOrigin.Imported }, sql, command);
        sql.Append(" GROUP BY 1, 2 ORDER BY 1, 2");
        command.CommandText = sql.ToString();
        using var lease = _queries.Rent(command);
        using var reader = lease.Command.ExecuteReader();
        var result = new List<EventTally>();
        while (reader.Read())
        {
            result.Add(new EventTally(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetDouble(7), reader.GetInt32(8)));
        }

        return result;
    }

    public IReadOnlyList<PanelCell> Panel(PanelQuery query)
    {
        using var command = _connection.CreateCommand();
        var codes = new StringBuilder("SELECT NULL, NULL, NULL, NULL, NULL, NULL WHERE 0");
        for (var i = 0; i < query.Codes.Count; i++)
        {
            var c = query.Codes[i];
            codes.Append(i == 0 ? " UNION ALL VALUES " : ", ").Append(CultureInfo.InvariantCulture, $"($i{i}, $h{i}, $f{i}, $t{i}, $c{i}, $g{i})");
            command.Parameters.AddWithValue($"$i{i}", c.Iso);
            command.Parameters.AddWithValue($"$h{i}", c.Historical);
            command.Parameters.AddWithValue($"$f{i}", c.From);
            command.Parameters.AddWithValue($"$t{i}", c.To);
            command.Parameters.AddWithValue($"$c{i}", (object?)c.Cow ?? DBNull.Value);
            command.Parameters.AddWithValue($"$g{i}", (object?)c.Gw ?? DBNull.Value);
        }

        var filters = new StringBuilder();
        if (query.FromYear is { } from)
        {
            filters.Append(" AND year >= $from");
            command.Parameters.AddWithValue("$from", from);
        }

        if (query.ToYear is { } to)
        {
            filters.Append(" AND year <= $to");
            command.Parameters.AddWithValue("$to", to);
        }

        if (query.ByMonth)
        {
            filters.Append(" AND date_precision IN ('month', 'day')");
        }

        const string SourceHistorical = "COALESCE(source_historical, '')";
        const string TargetHistorical = "COALESCE(target_historical, '')";
        var swap = query.Directed ? "0"
            : $"(source_country > target_country OR (source_country = target_country AND {SourceHistorical} > {TargetHistorical}))";
        var month = query.ByMonth ? "CAST(substr(date, 6, 2) AS INTEGER)" : "NULL";

        // A side's numbers come from the period of its code and historical name that holds the event's date, else from
        // its bare code's period; the second join runs only when the first found nothing.
        static string Side(string side, string iso, string historical) => $"""
            LEFT JOIN codes {side}1 ON {side}1.iso = {iso} AND {side}1.hist = {historical} AND {historical} <> ''
                AND ({side}1.date_from = '' OR ev.date >= {side}1.date_from) AND ({side}1.date_to = '' OR ev.date <= {side}1.date_to)
            LEFT JOIN codes {side}2 ON {side}1.iso IS NULL AND {side}2.iso = {iso} AND {side}2.hist = ''
                AND ({side}2.date_from = '' OR ev.date >= {side}2.date_from) AND ({side}2.date_to = '' OR ev.date <= {side}2.date_to)
            """;

        command.CommandText = $"""
            WITH codes(iso, hist, date_from, date_to, cow, gw) AS ({codes}),
            ev AS (
                SELECT CASE WHEN s THEN target_country ELSE source_country END AS a,
                       CASE WHEN s THEN {TargetHistorical} ELSE {SourceHistorical} END AS ah,
                       CASE WHEN s THEN source_country ELSE target_country END AS b,
                       CASE WHEN s THEN {SourceHistorical} ELSE {TargetHistorical} END AS bh,
                       date, year, month, quad, goldstein, document_id
                FROM (SELECT *, {swap} AS s, {month} AS month FROM events
                      WHERE target_country IS NOT NULL AND year IS NOT NULL AND negated = 0 AND hypothetical = 0 AND date_precision <> 'decade'
                        AND NOT (source_country = target_country AND {SourceHistorical} = {TargetHistorical}){filters})
            ),
            coded AS (
                SELECT ev.*,
                       CASE WHEN a1.iso IS NOT NULL THEN a1.cow ELSE a2.cow END AS acow, CASE WHEN a1.iso IS NOT NULL THEN a1.gw ELSE a2.gw END AS agw,
                       CASE WHEN b1.iso IS NOT NULL THEN b1.cow ELSE b2.cow END AS bcow, CASE WHEN b1.iso IS NOT NULL THEN b1.gw ELSE b2.gw END AS bgw
                FROM ev
                {Side("a", "ev.a", "ev.ah")}
                {Side("b", "ev.b", "ev.bh")}
            )
            SELECT a, NULLIF(max(ah), ''), acow, agw, b, NULLIF(max(bh), ''), bcow, bgw, year, month, count(*),
                   sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4), sum(goldstein), count(DISTINCT document_id)
            FROM coded
            GROUP BY a, acow, agw, b, bcow, bgw, year, month
            ORDER BY a, b, year, month, min(date), acow, bcow
            """;
        using var reader = command.ExecuteReader();
        var cells = new List<PanelCell>();
        while (reader.Read())
        {
            cells.Add(new PanelCell(reader.GetString(0), NullableString(reader, 1), NullableInt(reader, 2), NullableInt(reader, 3),
                reader.GetString(4), NullableString(reader, 5), NullableInt(reader, 6), NullableInt(reader, 7),
                reader.GetInt32(8), NullableInt(reader, 9), reader.GetInt32(10), reader.GetInt32(11), reader.GetInt32(12), reader.GetInt32(13),
                reader.GetInt32(14), reader.GetDouble(15), reader.GetInt32(16)));
        }

        return cells;
    }

    private static int? NullableInt(SqliteDataReader reader, int index) => reader.IsDBNull(index) ? null : reader.GetInt32(index);

    public IEnumerable<StatementRecord> QueryStatements(EventQuery query)
    {
        var sql = new StringBuilder("""
            SELECT e.document_id, d.name, e.sentence_index, s.text, e.first, e.first_country, e.second, e.second_country,
                   e.date, e.date_end, e.date_precision, e.tone, e.cue, e.cue_start, e.cue_end
            FROM statements e
            JOIN documents d ON d.id = e.document_id
            JOIN sentences s ON s.document_id = e.document_id AND s.idx = e.sentence_index
            WHERE 1 = 1
            """);
        using var command = _connection.CreateCommand();

        // Statements are unordered pairs: the dyad matches either way round; a statement spanning years counts from
        // its start to its end.
        AddPartyFilters(query, sql, command, "first", "second", directed: false, "COALESCE(CAST(substr(e.date_end, 1, 4) AS INTEGER), e.year)");
        sql.Append(" ORDER BY e.year IS NULL, e.year, d.name, e.sentence_index, e.cue_start");
        command.CommandText = sql.ToString();
        using var lease = _queries.Rent(command);
        using var reader = lease.Command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StatementRecord(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), NullableString(reader, 8), NullableString(reader, 9), reader.GetString(10),
                reader.GetDouble(11), reader.GetString(12), reader.GetInt32(13), reader.GetInt32(14));
        }
    }

    private static void AddFilters(EventQuery query, StringBuilder sql, SqliteCommand command)
    {
        AddPartyFilters(query, sql, command, "source", "target", query.Directed, "e.year");
        if (query.CodePrefix is { } code)
        {
            sql.Append(" AND e.cameo LIKE $code || '%'");
            command.Parameters.AddWithValue("$code", code);
        }

        if (query.Quads is { Count: > 0 } quads)
        {
            sql.Append(" AND e.quad IN (").Append(string.Join(", ", quads.Select(q => q.ToString(CultureInfo.InvariantCulture)))).Append(')');
        }

        if (query.Id is { } id)
        {
            sql.Append(" AND e.id = $id");
            command.Parameters.AddWithValue("$id", id);
        }

        if (query.Origin != EventOrigin.Any)
        {
            sql.Append(query.Origin == EventOrigin.Imported ? " AND e.trigger_end = 0" : " AND e.trigger_end != 0");
        }
    }

    /// <summary>Three-letter codes compare at country level; longer codes (PAKMIL) and organisations compare exactly.</summary>
    /// <summary>
    /// The filters events and statements share: a pair (either way round unless directed), an actor on either side,
    /// a span of years (from <paramref name="fromYear"/>, an SQL expression) and a document.
    /// </summary>
    private static void AddPartyFilters(EventQuery query, StringBuilder sql, SqliteCommand command, string first, string second, bool directed,
        string fromYear)
    {
        if (query.DyadA is { } a && query.DyadB is { } b)
        {
            var (aFirst, valueA) = Column(a, first);
            var (bSecond, valueB) = Column(b, second);
            var (aSecond, _) = Column(a, second);
            var (bFirst, _) = Column(b, first);
            command.Parameters.AddWithValue("$a", valueA);
            command.Parameters.AddWithValue("$b", valueB);
            sql.Append(directed
                ? $" AND e.{aFirst} = $a AND e.{bSecond} = $b"
                : $" AND ((e.{aFirst} = $a AND e.{bSecond} = $b) OR (e.{bFirst} = $b AND e.{aSecond} = $a))");
        }

        if (query.Actor is { } actor)
        {
            var (firstColumn, value) = Column(actor, first);
            var (secondColumn, _) = Column(actor, second);
            command.Parameters.AddWithValue("$actor", value);
            sql.Append($" AND (e.{firstColumn} = $actor OR e.{secondColumn} = $actor)");
        }

        if (query.FromYear is { } from)
        {
            sql.Append($" AND {fromYear} >= $from");
            command.Parameters.AddWithValue("$from", from);
        }

        if (query.ToYear is { } to)
        {
            sql.Append(" AND e.year <= $to");
            command.Parameters.AddWithValue("$to", to);
        }

        if (query.Document is { } document)
        {
            sql.Append(" AND (d.name = $document OR d.path = $document)");
            command.Parameters.AddWithValue("$document", document);
        }
    }

    private static (string Column, string Value) Column(string code, string side)
    {
        code = code.ToUpperInvariant();
        return code.Length == 3 ? ($"{side}_country", code) : (side, code);
    }

    public IReadOnlyList<StoredDocument> ListDocuments() => Documents("ORDER BY name, path").ToList();

    public string? DocumentText(long id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT text FROM documents WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() as string;
    }

    public StoreStats Stats()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT count(*) FROM events)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreStats(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    private IEnumerable<StoredDocument> Documents(string where, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT id, path, name, content_hash, title, url, published, sentence_count, event_count, ingested_at FROM documents {where}";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var list = new List<StoredDocument>();
        while (reader.Read())
        {
            list.Add(new StoredDocument(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), NullableString(reader, 4),
                NullableString(reader, 5), NullableString(reader, 6), reader.GetInt32(7), reader.GetInt32(8), reader.GetString(9)));
        }

        return list;
    }

    private static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Decade => "decade",
        _ => "none",
    };

    private static string? NullableString(SqliteDataReader reader, int index) => reader.IsDBNull(index) ? null : reader.GetString(index);

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                bool b => b ? 1 : 0,
                var v => v,
            };
        }
    }

    /// <summary>True when the store was opened for reading only (its file or folder is not writable); writes are refused.</summary>
    public bool ReadOnly { get; }

    /// <summary>
    /// Opens an existing store without ever writing to it, for the commands that only read: it works when the file
    /// or its folder is read-only (a mounted snapshot, a file owned by someone else). A schema older than this Dyad
    /// is upgraded when the store is writable, and otherwise refused with the reason.
    /// </summary>
    public static SqliteEventStore OpenReadOnly(string path)
    {
        try
        {
            return new SqliteEventStore(path, readOnly: true);
        }
        catch (OutdatedSchemaException outdated)
        {
            try
            {
                return new SqliteEventStore(path);
            }
            catch (StoreNotWritableException)
            {
                throw new InvalidOperationException(
                    $"{outdated.Message}; upgrading it needs write access, and {System.IO.Path.GetFullPath(path)} (or its folder) is read-only", outdated);
            }
        }
    }

    private static SqliteConnection OpenForWriting(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(path);
        try
        {
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
            connection.Open();
            return connection;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException || ex is SqliteException sqlite && IsNotWritable(sqlite))
        {
            throw new StoreNotWritableException(path, ex);
        }
    }

    /// <summary>
    /// A read-only connection. In WAL mode even a reader needs the shared-memory file beside the database; when the
    /// folder is read-only and that file is not there, SQLite cannot make it, so the file is read as immutable
    /// instead (no locks, no shared memory), which is sound because nobody can be writing it.
    /// </summary>
    private static SqliteConnection OpenForReading(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no store at {path}", path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT count(*) FROM sqlite_master";
            probe.ExecuteScalar();
            return connection;
        }
        catch (SqliteException ex) when (IsNotWritable(ex))
        {
            connection.Dispose();
        }

        var uri = "file:" + path.Replace("%", "%25", StringComparison.Ordinal).Replace("?", "%3f", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal)
                  + "?immutable=1";
        var immutable = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = uri, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        immutable.Open();
        return immutable;
    }

    private void RefuseIfReadOnly()
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException($"the store {Path} was opened for reading only; it cannot be written through this connection");
        }
    }

    // SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN: the file or its folder cannot be written (or created).
    private static bool IsNotWritable(SqliteException ex) => ex.SqliteErrorCode is 3 or 8 or 14;

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _deleteDocument.Dispose();
        _insertStatement.Dispose();
        _insertDocument.Dispose();
        _insertSentence.Dispose();
        _insertEvent.Dispose();
        _queries.Dispose();
        _connection.Dispose();
    }
}
