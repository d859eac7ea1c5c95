using Dyad.Core.Documents;
using Dyad.Extraction.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// Where documents, their sentences and their events live. One interface; SQLite is the embedded default and
/// other engines implement the same contract. Writes are atomic per document: a document is stored whole with
/// its sentences and events, or not at all.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>The stored document at this path, if any.</summary>
    StoredDocument? FindByPath(string path);

    StoredDocument? FindById(long id);

    /// <summary>A stored document with exactly this content, wherever it came from.</summary>
    StoredDocument? FindByContent(string contentHash);

    /// <summary>
    /// Stores documents with what was extracted from them, each replacing any earlier version at the same path,
    /// in one transaction: all of them or none, and never part of one. A busy ingest
    /// groups the documents that are ready into one commit, which costs far less than a commit each.
    /// </summary>
    void SaveDocuments(IReadOnlyList<DocumentExtraction> documents);

    /// <summary>Removes a document and everything extracted from it.</summary>
    bool DeleteDocument(string path);

    IEnumerable<EventRecord> QueryEvents(EventQuery query);

    /// <summary>
    /// The tone of every pair that one of <paramref name="sides"/> (country or organisation codes) takes part in, and of
    /// every pair of two of <paramref name="among"/>, by year: the Goldstein sum and count of asserted, dated events.
    /// Rebel, insurgent and separatist groups stay apart from their country ("AFGREB"); everything else counts at
    /// country level. Pairs of two sides and pairs with an opposition group by QuadClass (the spread of a dyad's own
    /// evidence sets the eras' penalty; cooperation with rebels is weighed apart); every other pair with all its
    /// QuadClasses together (<see cref="ToneAggregate.Quad"/> 0), which is all the index asks of it. In a fixed order,
    /// the same on every store.
    /// </summary>
    IReadOnlyList<ToneAggregate> AggregateTones(IReadOnlyCollection<string> sides, IReadOnlyCollection<string>? among = null);

    /// <summary>
    /// The imported events the query selects (its dyad, actor, years, codes; asserted and dated), counted per period
    /// in the store: a dataset's rows are its own happenings, so a dyad of millions of them is never read one by one.
    /// </summary>
    IReadOnlyList<EventTally> TallyImported(EventQuery query, TallyPeriod period);

    /// <summary>
    /// The dyad-period panel: per pair (country level, organisations whole) and year or month, the asserted events by
    /// QuadClass, their Goldstein sum and the documents behind them, with each side's COW and GW numbers at the time.
    /// </summary>
    IReadOnlyList<PanelCell> Panel(PanelQuery query);

    /// <summary>Statements about the state of relationships; the query's dyad, actor, years and document apply.</summary>
    IEnumerable<StatementRecord> QueryStatements(EventQuery query);

    IReadOnlyList<StoredDocument> ListDocuments();

    /// <summary>Every actor (country level, organisations whole) that takes part in an event, with how many.</summary>
    IReadOnlyList<ActorCount> ActorCounts();

    /// <summary>Every pair's asserted events over the years (both bounds optional): how many, and their Goldstein sum.</summary>
    IReadOnlyList<PairTotal> PairTotals(int? fromYear, int? toYear);

    /// <summary>The full text of a stored document, for showing a sentence in its context.</summary>
    string? DocumentText(long id);

    StoreStats Stats();

    /// <summary>
    /// Adds events coded elsewhere, each under the report it came from (created when new), in one transaction. An
    /// event whose id is already stored is left as it is, so importing the same rows again adds nothing.
    /// </summary>
    /// <returns>How many of the events were new.</returns>
    int ImportEvents(IReadOnlyList<ImportedEvent> events);

    /// <summary>How many events an import hands to <see cref="ImportEvents"/> at once: what suits this store's writes.</summary>
    int ImportBatchSize => 20_000;

    /// <summary>Adds mentions of imported events; a mention already stored (same event, document, sentence and offset) is skipped.</summary>
    /// <returns>How many of the mentions were new.</returns>
    int AddMentions(IReadOnlyList<EventMention> mentions);

    /// <summary>The mentions of one event, by document and position.</summary>
    IReadOnlyList<EventMention> Mentions(string eventId);
}

/// <summary>A document with what was extracted from it, ready to store.</summary>
public sealed record DocumentExtraction(SourceDocument Document, ExtractionResult Extraction);

public static class EventStoreExtensions
{
    /// <summary>Stores one document and what was extracted from it, replacing any earlier version at the same path.</summary>
    public static void SaveDocument(this IEventStore store, SourceDocument document, ExtractionResult extraction) =>
        store.SaveDocuments([new DocumentExtraction(document, extraction)]);
}

/// <summary>
/// One pair's events in one year and QuadClass (0: all of them): their Goldstein sum and how many there are, apart for
/// events coded from text and events imported (<see cref="Imported"/>), which the analyses weigh differently.
/// </summary>
public sealed record ToneAggregate(string Source, string Target, int Year, int Quad, double GoldsteinSum, int Count)
{
    public bool Imported { get; init; }
}

public enum TallyPeriod
{
    Year,
    Month,
    Decade,
}

/// <summary>
/// Events counted in one period (<see cref="Year"/> is a decade's first year for decades; <see cref="Month"/> only for
/// months): by QuadClass, their Goldstein sum and the documents they come from.
/// </summary>
public sealed record EventTally(int Year, int? Month, int Events, int VerbalCooperation, int MaterialCooperation, int VerbalConflict,
    int MaterialConflict, double GoldsteinSum, int Documents);

public sealed record ActorCount(string Code, int Events);

/// <summary>Two actors (in code order) and their asserted events over a period.</summary>
public sealed record PairTotal(string A, string B, int Events, double GoldsteinSum);
