using Dyad.Core.Actors;
using Dyad.Core.Dates;

namespace Dyad.Core.Events;

/// <summary>
/// A sentence's judgement of a relationship rather than an act: "relations between A and B deteriorated in 1971",
/// "the A-B relationship sank to its deepest low during the war (1979-1989)". Tone is on the Goldstein scale.
/// Not a CAMEO event: the analysis weighs it as evidence of the relationship's tone over its date or span.
/// </summary>
public sealed record RelationStatement(
    int SentenceIndex,
    Actor First,
    Actor Second,
    DateSpan? When,
    double Tone,
    string Cue,
    int CueStart,
    int CueEnd);
