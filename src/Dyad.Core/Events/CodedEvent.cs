using Dyad.Core.Actors;
using Dyad.Core.Cameo;
using Dyad.Core.Dates;

namespace Dyad.Core.Events;

/// <summary>
/// One "who did what to whom, and when" as stated by one sentence: the coded actors and the words that named them,
/// the CAMEO code, when it happened (if the text says), and whether the text denies it or only supposes it.
/// Trigger offsets are character offsets of the words that carry the event, in the document.
/// </summary>
public sealed record CodedEvent(
    string Id,
    int SentenceIndex,
    Actor Source,
    Actor? Target,
    string SourceText,
    string? TargetText,
    CameoCode Cameo,
    DateSpan? When,
    bool Negated,
    bool Hypothetical,
    bool Symmetric,
    double Confidence,
    int TriggerStart,
    int TriggerEnd)
{
    /// <summary>
    /// The claim "the first such event since this date" that the sentence makes about this event ("the first
    /// visit by a Pakistani leader since Bhutto's trip 30 years earlier"): it rules out any such event between.
    /// </summary>
    public PartialDate? FirstSince { get; init; }
}
