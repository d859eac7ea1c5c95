using Dyad.Core.Documents;
using Dyad.Extraction.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// Where documents, their sentences and their events live. One interface; SQLite is the embedded default and
/// other engines implement the same contract. Writes are per document and atomic: a document is stored whole
/// with its sentences and events, or not at all.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>The stored document at this path, if any.</summary>
    StoredDocument? FindByPath(string path);

    /// <summary>A stored document with exactly this content, wherever it came from.</summary>
    StoredDocument? FindByContent(string contentHash);

    /// <summary>Stores a document and what was extracted from it, replacing any earlier version at the same path.</summary>
    void SaveDocument(SourceDocument document, ExtractionResult extraction);

    /// <summary>Removes a document and everything extracted from it.</summary>
    bool DeleteDocument(string path);

    IEnumerable<EventRecord> QueryEvents(EventQuery query);

    IReadOnlyList<StoredDocument> ListDocuments();

    /// <summary>The full text of a stored document, for showing a sentence in its context.</summary>
    string? DocumentText(long id);

    StoreStats Stats();
}
