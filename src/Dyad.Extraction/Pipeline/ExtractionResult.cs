using Dyad.Core.Documents;
using Dyad.Core.Events;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// What the pipeline read from one document: its sentences (as ranges of its text), the events they state, and
/// what they say about the state of relationships.
/// </summary>
public sealed record ExtractionResult(IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<CodedEvent> Events)
{
    public IReadOnlyList<RelationStatement> Statements { get; init; } = [];
}
