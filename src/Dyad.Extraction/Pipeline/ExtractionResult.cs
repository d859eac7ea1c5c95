using Dyad.Core.Documents;
using Dyad.Core.Events;

namespace Dyad.Extraction.Pipeline;

/// <summary>What the pipeline read from one document: its sentences (as ranges of its text) and the events they state.</summary>
public sealed record ExtractionResult(IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<CodedEvent> Events);
