using System.Globalization;
using System.Text;
using Dyad.Core.Actors;
using Dyad.Core.Dates;
using Dyad.Core.Documents;
using Dyad.Extraction.Pipeline;

namespace Dyad.Storage.ClickHouse;

/// <summary>
/// The store on a ClickHouse server or cluster (see <see cref="ClickHouseSchema"/>), over HTTP. Answers are those of
/// the SQLite store: the same filters, the same order, aggregations as GROUP BY in ClickHouse. ClickHouse has no
/// transactions: a document's rows are written before the document itself, so a failed save leaves nothing a read
/// shows except, at worst, events of a document that is not listed. One writer at a time (document ids are counted
/// here).
/// </summary>
public sealed class ClickHouseEventStore : IEventStore
{
    private const string Retired = "(SELECT id FROM retired)";
    private readonly ClickHouseHttp _http;
    private long _nextId;

    private ClickHouseEventStore(ClickHouseLocation location)
    {
        Location = location;
        _http = new ClickHouseHttp(location.Nodes[0], location.Database);
    }

    public ClickHouseLocation Location { get; }

    /// <summary>ClickHouse wants few, large inserts: each one writes a part per partition it touches.</summary>
    public int ImportBatchSize => 200_000;

    public static ClickHouseEventStore Open(string location)
    {
        var parsed = ClickHouseLocation.Parse(location);
        var store = new ClickHouseEventStore(parsed);
        try
        {
            store.CreateSchema();
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    private void CreateSchema()
    {
        var cluster = Tsv.Literal(Location.Cluster);
        var shards = int.Parse(_http.Scalar($"SELECT count() FROM system.clusters WHERE cluster = {cluster}") ?? "0", CultureInfo.InvariantCulture);
        if (shards == 0)
        {
            throw new InvalidOperationException(
                $"ClickHouse at {Location.Nodes[0].Authority} has no cluster '{Location.Cluster}' in remote_servers (ops/clickhouse/up.sh configures one)");
        }

        if (shards != Location.Nodes.Count)
        {
            throw new InvalidOperationException(
                $"cluster '{Location.Cluster}' has {shards} shard(s) but the URL lists {Location.Nodes.Count} node(s); list every shard's HOST:HTTP-PORT");
        }

        var hadRetired = HasTable(_http, "retired");
        foreach (var ddl in ClickHouseSchema.FirstNode)
        {
            _http.Execute(ddl);
        }

        if (!hadRetired)
        {
            _http.Execute("INSERT INTO retired SELECT id FROM documents FINAL WHERE retired = 1");
        }

        if (!HasTable(_http, "document_paths_mv"))
        {
            _http.Execute(ClickHouseSchema.DocumentPathsView);
            _http.Execute("INSERT INTO document_paths SELECT DISTINCT path, id FROM documents");
        }

        var retired = new Lazy<string>(() => string.Join(", ", _http.Query("SELECT id FROM retired").Select(r => r[0])));
        foreach (var node in Location.Nodes)
        {
            using var http = new ClickHouseHttp(node, Location.Database);
            http.Execute(ClickHouseSchema.EventsLocal);
            http.Execute(ClickHouseSchema.TonesLocal);
            if (!HasTable(http, "tones_mv"))
            {
                // A store made before the tones existed: its events are counted in once, as the view would have.
                http.Execute(ClickHouseSchema.TonesView);
                var live = retired.Value.Length > 0 ? $" AND document_id NOT IN ({retired.Value})" : string.Empty;
                http.Execute($"INSERT INTO tones_local {ClickHouseSchema.ToneRows(1)} FROM events_local WHERE {ClickHouseSchema.ToneFilter}{live} {ClickHouseSchema.ToneGroups}");
            }

            http.Execute(ClickHouseSchema.EventIdsLocal);
            if (!HasTable(http, "event_ids_mv"))
            {
                http.Execute(ClickHouseSchema.EventIdsView);
                http.Execute("INSERT INTO event_ids_local SELECT id FROM events_local");
            }
        }

        _http.Execute(ClickHouseSchema.Events(Location.Cluster, Location.Database));
        _http.Execute(ClickHouseSchema.Tones(Location.Cluster, Location.Database));
        _http.Execute(ClickHouseSchema.EventIds(Location.Cluster, Location.Database));

        _nextId = long.Parse(_http.Scalar("SELECT max(id) FROM documents") ?? "0", CultureInfo.InvariantCulture) + 1;
    }

    private static bool HasTable(ClickHouseHttp http, string name) =>
        http.Scalar($"SELECT count() FROM system.tables WHERE database = currentDatabase() AND name = {Tsv.Literal(name)}") != "0";

    /// <summary>Marks document versions retired for every read, and takes their events out of the pair tones.</summary>
    private void Retire(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var numbers = ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        _http.Insert("retired", "id", string.Join('\n', numbers) + "\n");
        _http.Execute($"INSERT INTO tones {ClickHouseSchema.ToneRows(-1)} FROM events WHERE document_id IN ({string.Join(", ", numbers)}) AND {ClickHouseSchema.ToneFilter} {ClickHouseSchema.ToneGroups}");
    }

    public StoredDocument? FindByPath(string path) =>
        Documents($"id IN (SELECT id FROM document_paths WHERE path = {Tsv.Literal(path)}) AND path = {Tsv.Literal(path)}").FirstOrDefault();

    public StoredDocument? FindById(long id) => Documents($"id = {id.ToString(CultureInfo.InvariantCulture)}").FirstOrDefault();

    public StoredDocument? FindByContent(string contentHash) => Documents($"content_hash = {Tsv.Literal(contentHash)}").FirstOrDefault();

    public IReadOnlyList<StoredDocument> ListDocuments() => Documents("1 = 1");

    private List<StoredDocument> Documents(string where) =>
        [.. _http.Query($"""
            SELECT id, path, name, content_hash, title, url, published, sentence_count, event_count, ingested_at FROM documents FINAL
            WHERE retired = 0 AND ({where}) ORDER BY name, path
            """).Select(r => new StoredDocument(L(r[0]), r[1]!, r[2]!, r[3]!, r[4], r[5], r[6], I(r[7]), I(r[8]), r[9]!))];

    /// <summary>The full row of a live document, for writing a new version of it.</summary>
    private Dictionary<string, (string?[] Row, long Version)> LiveRows(IEnumerable<string> paths)
    {
        var rows = new Dictionary<string, (string?[], long)>(StringComparer.Ordinal);
        var list = paths.ToList();
        if (list.Count == 0)
        {
            return rows;
        }

        var sql = $"SELECT {ClickHouseSchema.DocumentColumns} FROM documents FINAL WHERE retired = 0 AND id IN (SELECT id FROM document_paths WHERE path IN batch)";
        foreach (var r in _http.QueryWith(sql, "batch", "String", list))
        {
            rows[r[3]!] = (r, L(r[1]));
        }

        return rows;
    }

    public void SaveDocuments(IReadOnlyList<DocumentExtraction> documents)
    {
        var earlier = LiveRows(documents.Select(d => d.Document.Path));
        var events = new StringBuilder();
        var sentences = new StringBuilder();
        var statements = new StringBuilder();
        var docs = new StringBuilder();
        var retired = new List<long>();
        var at = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        foreach (var (document, extraction) in documents)
        {
            if (earlier.TryGetValue(document.Path, out var old))
            {
                old.Row[1] = (old.Version + 1).ToString(CultureInfo.InvariantCulture);
                old.Row[2] = "1";
                Tsv.AppendRow(docs, old.Row);
                retired.Add(L(old.Row[0]));
            }

            var id = _nextId++;
            var text = document.Text;
            var bySentence = extraction.Sentences.ToDictionary(s => s.Index);
            foreach (var s in extraction.Sentences)
            {
                Tsv.AppendRow(sentences, id, s.Index, s.Start, s.End, s.TextOf(text));
            }

            foreach (var e in extraction.Events)
            {
                var s = bySentence[e.SentenceIndex];
                var when = e.When;
                Tsv.AppendRow(events, e.Id, id, document.FileName, document.Path, e.SentenceIndex, s.TextOf(text), s.Start, s.End,
                    when?.Start.ToIsoString() ?? string.Empty, when?.End?.ToIsoString(), PrecisionName(when?.Precision ?? DatePrecision.None),
                    when?.Start.Year, when?.Start.Year ?? 0, e.Source.Code, e.Source.Country, e.Source.Historical, e.Target?.Code ?? string.Empty,
                    e.Target?.Country ?? string.Empty, e.Target?.Historical, e.SourceText, e.TargetText, e.Cameo.Code, e.Cameo.Root, (int)e.Cameo.Quad,
                    e.Cameo.Goldstein, e.Cameo.Plover, e.Negated, e.Hypothetical, e.Symmetric, e.Confidence, e.TriggerStart, e.TriggerEnd,
                    e.FirstSince?.ToIsoString());
            }

            foreach (var r in extraction.Statements)
            {
                var when = r.When;
                Tsv.AppendRow(statements, id, document.FileName, r.SentenceIndex, bySentence.TryGetValue(r.SentenceIndex, out var s) ? s.TextOf(text) : string.Empty,
                    r.First.Code, r.First.Country, r.Second.Code, r.Second.Country, when?.Start.ToIsoString(), when?.End?.ToIsoString(),
                    PrecisionName(when?.Precision ?? DatePrecision.None), when?.Start.Year, r.Tone, r.Cue, r.CueStart, r.CueEnd);
            }

            Tsv.AppendRow(docs, id, 1, 0, document.Path, document.FileName, document.ContentHash, document.Metadata.Title, document.Metadata.Url,
                document.Metadata.Published?.ToIsoString(), text, extraction.Sentences.Count, extraction.Events.Count, at);
        }

        _http.Insert("events", ClickHouseSchema.EventColumns, events.ToString());
        _http.Insert("sentences", "document_id, idx, start, end, text", sentences.ToString());
        _http.Insert("statements", ClickHouseSchema.StatementColumns, statements.ToString());
        _http.Insert("documents", ClickHouseSchema.DocumentColumns, docs.ToString());
        Retire(retired);
    }

    public bool DeleteDocument(string path)
    {
        if (!LiveRows([path]).TryGetValue(path, out var old))
        {
            return false;
        }

        old.Row[1] = (old.Version + 1).ToString(CultureInfo.InvariantCulture);
        old.Row[2] = "1";
        var row = new StringBuilder();
        Tsv.AppendRow(row, old.Row);
        _http.Insert("documents", ClickHouseSchema.DocumentColumns, row.ToString());
        Retire([L(old.Row[0])]);
        return true;
    }

    public int ImportEvents(IReadOnlyList<ImportedEvent> events)
    {
        if (events.Count == 0)
        {
            return 0;
        }

        var known = new HashSet<string>(
            _http.QueryWith("SELECT id FROM event_ids WHERE id IN batch", "batch", "String", events.Select(e => e.Id).Distinct(StringComparer.Ordinal))
                .Select(r => r[0]!), StringComparer.Ordinal);
        var reports = LiveRows(events.Select(e => e.Report.Path).Distinct(StringComparer.Ordinal));
        var ids = reports.ToDictionary(r => r.Key, r => L(r.Value.Row[0]), StringComparer.Ordinal);
        var sentencesKnown = new HashSet<(long, int)>();
        if (ids.Count > 0)
        {
            var documents = ids.Values.Select(i => i.ToString(CultureInfo.InvariantCulture));
            foreach (var r in _http.QueryWith("SELECT document_id, idx FROM sentences WHERE document_id IN batch", "batch", "UInt64", documents))
            {
                sentencesKnown.Add((L(r[0]), I(r[1])));
            }
        }

        var rows = new StringBuilder(events.Count * 160); // about a row's length: no regrowth of a large batch
        var sentences = new StringBuilder();
        var added = new Dictionary<string, (int Events, int Sentences)>(StringComparer.Ordinal);
        var reportOf = new Dictionary<string, ImportedReport>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (!known.Add(e.Id))
            {
                continue;
            }

            if (!ids.TryGetValue(e.Report.Path, out var documentId))
            {
                documentId = ids[e.Report.Path] = _nextId++;
            }

            reportOf[e.Report.Path] = e.Report;
            var count = added.GetValueOrDefault(e.Report.Path);
            if (sentencesKnown.Add((documentId, e.SentenceIndex)))
            {
                sentences.Field(documentId, first: true).Field(e.SentenceIndex).Append("\t0\t0\t").EndRow();
                count.Sentences++;
            }

            count.Events++;
            added[e.Report.Path] = count;
            AppendImported(rows, e, documentId);
        }

        var docs = new StringBuilder();
        var at = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        foreach (var (path, (eventCount, sentenceCount)) in added)
        {
            if (reports.TryGetValue(path, out var old))
            {
                old.Row[1] = (old.Version + 1).ToString(CultureInfo.InvariantCulture);
                old.Row[10] = (I(old.Row[10]) + sentenceCount).ToString(CultureInfo.InvariantCulture);
                old.Row[11] = (I(old.Row[11]) + eventCount).ToString(CultureInfo.InvariantCulture);
                Tsv.AppendRow(docs, old.Row);
            }
            else
            {
                var report = reportOf[path];
                Tsv.AppendRow(docs, ids[path], 1, 0, path, report.Name, Sqlite.SqliteEventStore.ImportedReportHash(path), report.Title, report.Url, null,
                    string.Empty, sentenceCount, eventCount, at);
            }
        }

        _http.Insert("events", ClickHouseSchema.EventColumns, rows);
        _http.Insert("sentences", "document_id, idx, start, end, text", sentences);
        _http.Insert("documents", ClickHouseSchema.DocumentColumns, docs.ToString());
        return added.Values.Sum(a => a.Events);
    }

    /// <summary>One imported event as a row of <see cref="ClickHouseSchema.EventColumns"/>, field by field: the load's hot path.</summary>
    private static void AppendImported(StringBuilder rows, ImportedEvent e, long documentId)
    {
        rows.Field(e.Id, first: true).Field(documentId).Field(e.Report.Name).Field(e.Report.Path).Field(e.SentenceIndex).Append("\t\t0\t0\t")
            .Append(CultureInfo.InvariantCulture, $"{e.Date:yyyy-MM-dd}").Append("\t\\N\tday").Field(e.Date.Year).Field(e.Date.Year)
            .Field(e.Source).Field(e.SourceCountry).Field(null).Field(e.Target ?? string.Empty).Field(e.TargetCountry ?? string.Empty).Field(null)
            .Field(e.SourceText).Field(e.TargetText).Field(e.Cameo).Field(Sqlite.SqliteEventStore.CameoRoot(e.Cameo)).Field(e.Quad).Field(e.Goldstein)
            .Append("\t\\N\t0\t0\t0\t1\t0\t0\t\\N").EndRow();
    }

    public int AddMentions(IReadOnlyList<EventMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return 0;
        }

        var known = new HashSet<(string, string, int, int)>();
        var ids = mentions.Select(m => m.EventId).Distinct(StringComparer.Ordinal);
        foreach (var r in _http.QueryWith("SELECT event_id, identifier, sentence_id, action_offset FROM mentions WHERE event_id IN batch", "batch", "String", ids))
        {
            known.Add((r[0]!, r[1]!, I(r[2]), I(r[3])));
        }

        var rows = new StringBuilder();
        var added = 0;
        foreach (var m in mentions)
        {
            if (known.Add((m.EventId, m.Identifier, m.SentenceId, m.ActionOffset)))
            {
                Tsv.AppendRow(rows, m.EventId, m.SourceName, m.Identifier, m.SentenceId, m.Actor1Offset, m.Actor2Offset, m.ActionOffset, m.Confidence);
                added++;
            }
        }

        _http.Insert("mentions", ClickHouseSchema.MentionColumns, rows.ToString());
        return added;
    }

    public IReadOnlyList<EventMention> Mentions(string eventId) =>
        [.. _http.Query($"SELECT {ClickHouseSchema.MentionColumns} FROM mentions WHERE event_id = {Tsv.Literal(eventId)} ORDER BY identifier, sentence_id, action_offset")
            .Distinct(new RowComparer())
            .Select(r => new EventMention(r[0]!, r[1]!, r[2]!, I(r[3]), I(r[4]), I(r[5]), I(r[6]), I(r[7])))];

    public IEnumerable<EventRecord> QueryEvents(EventQuery query)
    {
        var where = new StringBuilder(" WHERE document_id GLOBAL NOT IN ").Append(Retired);
        EventFilters(query, where);
        var sql = new StringBuilder("""
            SELECT id, doc_name, doc_path, sentence_index, sentence, sentence_start, sentence_end, date, date_end, date_precision,
                   source, source_historical, target, target_historical, source_text, target_text, cameo, goldstein, quad, plover,
                   negated, hypothetical, symmetric, confidence, document_id, first_since, trigger_start, trigger_end, source_country, target_country
            FROM events
            """).Append(where);
        sql.Append(" ORDER BY isNull(year), year, date, doc_name, sentence_index, trigger_start, id");
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT ").Append(Math.Max(0, limit).ToString(CultureInfo.InvariantCulture));
        }

        // Documents live on the first node, events on every shard: the addresses of the documents these events come
        // from are joined here.
        var urls = new Dictionary<long, string>();
        foreach (var d in _http.Query($"SELECT id, url FROM documents FINAL WHERE retired = 0 AND isNotNull(url) AND id IN (SELECT DISTINCT document_id FROM events{where})"))
        {
            urls[L(d[0])] = d[1]!;
        }

        foreach (var r in _http.Query(sql.ToString()))
        {
            yield return new EventRecord(
                Id: r[0]!, Doc: r[1]!, DocumentPath: r[2]!, SentenceIndex: I(r[3]), Sentence: r[4]!, Start: I(r[5]), End: I(r[6]),
                Date: Empty(r[7]), DateEnd: r[8], DatePrecision: r[9]!, Source: r[10]!, SourceHistorical: r[11], Target: Empty(r[12]),
                TargetHistorical: r[13], SourceText: r[14]!, TargetText: r[15], Cameo: r[16]!, CameoName: string.Empty, Goldstein: D(r[17]),
                Quad: I(r[18]), Plover: r[19], Negated: r[20] == "1", Hypothetical: r[21] == "1", Symmetric: r[22] == "1", Confidence: D(r[23]))
            {
                DocumentId = L(r[24]),
                FirstSince = r[25],
                TriggerStart = I(r[26]),
                TriggerEnd = I(r[27]),
                IsImported = I(r[27]) == 0,
                SourceCountry = r[28]!,
                TargetCountry = Empty(r[29]),
                DocumentUrl = urls.GetValueOrDefault(L(r[24])),
            };
        }
    }

    public IEnumerable<StatementRecord> QueryStatements(EventQuery query)
    {
        var sql = new StringBuilder("""
            SELECT document_id, doc_name, sentence_index, sentence, first, first_country, second, second_country,
                   date, date_end, date_precision, tone, cue, cue_start, cue_end
            FROM statements
            """).Append(" WHERE document_id NOT IN ").Append(Retired);
        PartyFilters(query, sql, "first", "second", directed: false, "coalesce(toInt32OrNull(substring(date_end, 1, 4)), year)");
        sql.Append(" ORDER BY isNull(year), year, doc_name, sentence_index, cue_start");
        return _http.Query(sql.ToString()).Select(r => new StatementRecord(L(r[0]), r[1]!, I(r[2]), r[3]!, r[4]!, r[5]!, r[6]!, r[7]!, r[8], r[9], r[10]!,
            D(r[11]), r[12]!, I(r[13]), I(r[14])));
    }

    /// <summary>What selects events beyond their parties: code, QuadClass, id and origin.</summary>
    private static void EventFilters(EventQuery query, StringBuilder sql)
    {
        PartyFilters(query, sql, "source", "target", query.Directed, "year");
        if (query.CodePrefix is { } code)
        {
            sql.Append(" AND startsWith(cameo, ").Append(Tsv.Literal(code)).Append(')');
        }

        if (query.Quads is { Count: > 0 } quads)
        {
            sql.Append(" AND quad IN (").Append(string.Join(", ", quads.Select(q => q.ToString(CultureInfo.InvariantCulture)))).Append(')');
        }

        if (query.Id is { } id)
        {
            sql.Append(" AND id = ").Append(Tsv.Literal(id));
        }

        if (query.Origin != EventOrigin.Any)
        {
            sql.Append(query.Origin == EventOrigin.Imported ? " AND trigger_end = 0" : " AND trigger_end != 0");
        }
    }

    /// <summary>The filters of <see cref="Sqlite.SqliteEventStore"/>, in ClickHouse's SQL.</summary>
    private static void PartyFilters(EventQuery query, StringBuilder sql, string first, string second, bool directed, string fromYear)
    {
        if (query.DyadA is { } a && query.DyadB is { } b)
        {
            var (aFirst, valueA) = Column(a, first);
            var (bSecond, valueB) = Column(b, second);
            var (aSecond, _) = Column(a, second);
            var (bFirst, _) = Column(b, first);
            sql.Append(directed
                ? $" AND {aFirst} = {valueA} AND {bSecond} = {valueB}"
                : $" AND (({aFirst} = {valueA} AND {bSecond} = {valueB}) OR ({bFirst} = {valueB} AND {aSecond} = {valueA}))");
        }

        if (query.Actor is { } actor)
        {
            var (firstColumn, value) = Column(actor, first);
            var (secondColumn, _) = Column(actor, second);
            sql.Append($" AND ({firstColumn} = {value} OR {secondColumn} = {value})");
        }

        if (query.FromYear is { } from)
        {
            sql.Append($" AND {fromYear} >= {from.ToString(CultureInfo.InvariantCulture)}");
        }

        if (query.ToYear is { } to)
        {
            sql.Append($" AND year <= {to.ToString(CultureInfo.InvariantCulture)}");
        }

        if (query.Document is { } document)
        {
            var literal = Tsv.Literal(document);
            sql.Append(first == "source" ? $" AND (doc_name = {literal} OR doc_path = {literal})" : $" AND document_id IN (SELECT id FROM documents FINAL WHERE name = {literal} OR path = {literal})");
        }
    }

    private static (string Column, string Value) Column(string code, string side)
    {
        code = code.ToUpperInvariant();
        return (code.Length == 3 ? $"{side}_country" : side, Tsv.Literal(code));
    }

    public IReadOnlyList<ToneAggregate> AggregateTones(IReadOnlyCollection<string> sides, IReadOnlyCollection<string>? among = null)
    {
        var codes = sides.Select(a => a.ToUpperInvariant()).Distinct().ToList();
        if (codes.Count == 0)
        {
            return [];
        }

        // From the tones the materialized view keeps, not the events: a few thousand rows instead of a scan of
        // every event whose target is one of the actors.
        var list = string.Join(", ", codes.Select(Tsv.Literal));
        var others = (among ?? []).Select(a => a.ToUpperInvariant()).Distinct().Where(a => !codes.Contains(a)).Select(Tsv.Literal).ToList();
        var between = others.Count == 0 ? string.Empty : $" OR (source_country IN ({string.Join(", ", others)}) AND target_country IN ({string.Join(", ", others)}))";
        var sql = $"""
            SELECT source_node, target_node, year,
                   if((source_country IN ({list}) AND target_country IN ({list})) OR source_node != source_country OR target_node != target_country, quad, 0) AS q,
                   imported, sum(goldstein), sum(events) AS n
            FROM tones
            WHERE source_country IN ({list}) OR target_country IN ({list}){between}
            GROUP BY source_node, target_node, year, q, imported HAVING n != 0
            ORDER BY source_node, target_node, year, q, imported
            """;
        return [.. _http.Query(sql).Select(r => new ToneAggregate(r[0]!, r[1]!, I(r[2]), I(r[3]), D(r[5]), I(r[6])) { Imported = r[4] == "1" })];
    }

    public IReadOnlyList<EventTally> TallyImported(EventQuery query, TallyPeriod period)
    {
        var (year, month, precise) = period switch
        {
            TallyPeriod.Month => ("assumeNotNull(year)", "toNullable(toInt32OrZero(substring(date, 6, 2)))", " AND date_precision IN ('month', 'day')"),
            TallyPeriod.Decade => ("intDiv(assumeNotNull(year), 10) * 10", "CAST(NULL AS Nullable(Int32))", string.Empty),
            _ => ("assumeNotNull(year)", "CAST(NULL AS Nullable(Int32))", string.Empty),
        };
        var sql = new StringBuilder($"""
            SELECT {year} AS y, {month} AS m, count(), countIf(quad = 1), countIf(quad = 2), countIf(quad = 3), countIf(quad = 4), sum(goldstein),
                   uniqExact(document_id)
            FROM events WHERE isNotNull(year) AND negated = 0 AND hypothetical = 0{precise} AND document_id GLOBAL NOT IN {Retired}
            """);
        EventFilters(query with { Origin = EventOrigin.Imported }, sql);
        sql.Append(" GROUP BY y, m ORDER BY y, m");
        return [.. _http.Query(sql.ToString()).Select(r => new EventTally(I(r[0]), r[1] is null ? null : I(r[1]), I(r[2]), I(r[3]), I(r[4]), I(r[5]), I(r[6]),
            D(r[7]), I(r[8])))];
    }

    /// <summary>
    /// ClickHouse collapses the events to one row per dyad, historical names, day and QuadClass (GROUP BY); the
    /// dated COW/GW codes are then assigned to those few rows here, with the same rules as the SQLite panel.
    /// </summary>
    public IReadOnlyList<PanelCell> Panel(PanelQuery query)
    {
        var filters = new StringBuilder();
        if (query.FromYear is { } from)
        {
            filters.Append(CultureInfo.InvariantCulture, $" AND year >= {from}");
        }

        if (query.ToYear is { } to)
        {
            filters.Append(CultureInfo.InvariantCulture, $" AND year <= {to}");
        }

        if (query.ByMonth)
        {
            filters.Append(" AND date_precision IN ('month', 'day')");
        }

        const string Sh = "ifNull(source_historical, '')";
        const string Th = "ifNull(target_historical, '')";
        var swap = query.Directed ? "0" : $"(source_country > target_country OR (source_country = target_country AND {Sh} > {Th}))";
        var sql = $"""
            SELECT if(sw, target_country, source_country) AS a, if(sw, {Th}, {Sh}) AS ah, if(sw, source_country, target_country) AS b,
                   if(sw, {Sh}, {Th}) AS bh, date, assumeNotNull(year) AS y, quad, count(), sum(goldstein), groupUniqArray(document_id)
            FROM (SELECT *, {swap} AS sw FROM events
                  WHERE target_country != '' AND isNotNull(year) AND negated = 0 AND hypothetical = 0 AND date_precision != 'decade'
                    AND NOT (source_country = target_country AND {Sh} = {Th}) AND document_id GLOBAL NOT IN {Retired}{filters})
            GROUP BY a, ah, b, bh, date, y, quad
            """;
        var cells = new Dictionary<(string, int?, int?, string, int?, int?, int, int?), PanelAccumulator>();
        foreach (var r in _http.Query(sql))
        {
            var (a, ah, b, bh, date) = (r[0]!, r[1] ?? string.Empty, r[2]!, r[3] ?? string.Empty, r[4] ?? string.Empty);
            var (acow, agw) = CodesOn(query.Codes, a, ah, date);
            var (bcow, bgw) = CodesOn(query.Codes, b, bh, date);
            int? month = query.ByMonth && date.Length >= 7 ? int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture) : null;
            var key = (a, acow, agw, b, bcow, bgw, I(r[5]), month);
            if (!cells.TryGetValue(key, out var cell))
            {
                cells[key] = cell = new PanelAccumulator(a, b, date);
            }

            cell.Add(ah, bh, date, I(r[6]), I(r[7]), D(r[8]), (r[9] ?? "[]").Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries));
        }

        return [.. cells.OrderBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item4, StringComparer.Ordinal).ThenBy(c => c.Key.Item7)
            .ThenBy(c => c.Key.Item8).ThenBy(c => c.Value.FirstDate, StringComparer.Ordinal).ThenBy(c => c.Key.Item2).ThenBy(c => c.Key.Item5)
            .Select(c => c.Value.ToCell(c.Key.Item2, c.Key.Item3, c.Key.Item5, c.Key.Item6, c.Key.Item7, c.Key.Item8))];
    }

    /// <summary>The codes of the period that holds the date: by code and historical name first, else by the bare code.</summary>
    private static (int? Cow, int? Gw) CodesOn(IReadOnlyList<StateCodePeriod> codes, string iso, string historical, string date)
    {
        static bool Holds(StateCodePeriod p, string date) =>
            (p.From.Length == 0 || string.CompareOrdinal(date, p.From) >= 0) && (p.To.Length == 0 || string.CompareOrdinal(date, p.To) <= 0);

        if (historical.Length > 0 && codes.FirstOrDefault(p => p.Iso == iso && p.Historical == historical && Holds(p, date)) is { } named)
        {
            return (named.Cow, named.Gw);
        }

        return codes.FirstOrDefault(p => p.Iso == iso && p.Historical.Length == 0 && Holds(p, date)) is { } bare ? (bare.Cow, bare.Gw) : (null, null);
    }

    private sealed class PanelAccumulator(string source, string target, string firstDate)
    {
        private readonly HashSet<string> _documents = [];
        private readonly int[] _quads = new int[5];
        private string _sourceHistorical = string.Empty;
        private string _targetHistorical = string.Empty;
        private int _events;
        private double _goldstein;

        public string FirstDate { get; private set; } = firstDate;

        public void Add(string sourceHistorical, string targetHistorical, string date, int quad, int count, double goldstein, IEnumerable<string> documents)
        {
            _sourceHistorical = string.CompareOrdinal(sourceHistorical, _sourceHistorical) > 0 ? sourceHistorical : _sourceHistorical;
            _targetHistorical = string.CompareOrdinal(targetHistorical, _targetHistorical) > 0 ? targetHistorical : _targetHistorical;
            FirstDate = string.CompareOrdinal(date, FirstDate) < 0 ? date : FirstDate;
            if (quad is >= 1 and <= 4)
            {
                _quads[quad] += count;
            }

            _events += count;
            _goldstein += goldstein;
            _documents.UnionWith(documents.Select(d => d.Trim()));
        }

        public PanelCell ToCell(int? sourceCow, int? sourceGw, int? targetCow, int? targetGw, int year, int? month) =>
            new(source, _sourceHistorical.Length > 0 ? _sourceHistorical : null, sourceCow, sourceGw,
                target, _targetHistorical.Length > 0 ? _targetHistorical : null, targetCow, targetGw,
                year, month, _events, _quads[1], _quads[2], _quads[3], _quads[4], _goldstein, _documents.Count);
    }

    public IReadOnlyList<ActorCount> ActorCounts() =>
        [.. _http.Query($"""
            SELECT code, sum(n) AS total FROM (
                SELECT source_country AS code, count() AS n FROM events WHERE document_id GLOBAL NOT IN {Retired} GROUP BY code
                UNION ALL
                SELECT target_country AS code, count() AS n FROM events WHERE target_country != '' AND document_id GLOBAL NOT IN {Retired} GROUP BY code)
            GROUP BY code ORDER BY total DESC, code
            """).Select(r => new ActorCount(r[0]!, I(r[1])))];

    public IReadOnlyList<PairTotal> PairTotals(int? fromYear, int? toYear) =>
        [.. _http.Query($"""
            SELECT if(source_country < target_country, source_country, target_country) AS a,
                   if(source_country < target_country, target_country, source_country) AS b, count() AS n, sum(goldstein)
            FROM events
            WHERE target_country != '' AND source_country != target_country AND negated = 0 AND hypothetical = 0
              AND year >= {(fromYear ?? int.MinValue).ToString(CultureInfo.InvariantCulture)} AND year <= {(toYear ?? int.MaxValue).ToString(CultureInfo.InvariantCulture)}
              AND document_id GLOBAL NOT IN {Retired}
            GROUP BY a, b ORDER BY n DESC
            """).Select(r => new PairTotal(r[0]!, r[1]!, I(r[2]), D(r[3])))];

    public string? DocumentText(long id) =>
        _http.Query($"SELECT text FROM documents FINAL WHERE retired = 0 AND id = {id.ToString(CultureInfo.InvariantCulture)}").Select(r => r[0]).FirstOrDefault();

    public StoreStats Stats()
    {
        var documents = I(_http.Scalar("SELECT count() FROM documents FINAL WHERE retired = 0"));
        var sentences = I(_http.Scalar($"SELECT count() FROM sentences WHERE document_id NOT IN {Retired}"));
        var events = I(_http.Scalar($"SELECT count() FROM events WHERE document_id GLOBAL NOT IN {Retired}"));
        return new StoreStats(documents, sentences, events);
    }

    private static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Decade => "decade",
        _ => "none",
    };

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static int I(string? value) => int.Parse(value ?? "0", CultureInfo.InvariantCulture);

    private static long L(string? value) => long.Parse(value ?? "0", CultureInfo.InvariantCulture);

    private static double D(string? value) => double.Parse(value ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);

    public void Dispose() => _http.Dispose();

    /// <summary>Rows equal field by field (a mention stored twice by two racing imports is one mention).</summary>
    private sealed class RowComparer : IEqualityComparer<string?[]>
    {
        public bool Equals(string?[]? x, string?[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(string?[] obj) => obj.Aggregate(17, (h, s) => (h * 31) + (s?.GetHashCode(StringComparison.Ordinal) ?? 0));
    }
}
