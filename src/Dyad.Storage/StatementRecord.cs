namespace Dyad.Storage;

/// <summary>A stored judgement of a relationship ("relations deteriorated"), with its sentence and document.</summary>
public sealed record StatementRecord(
    long DocumentId,
    string Doc,
    int SentenceIndex,
    string Sentence,
    string First,
    string FirstCountry,
    string Second,
    string SecondCountry,
    string? Date,
    string? DateEnd,
    string DatePrecision,
    double Tone,
    string Cue,
    int CueStart,
    int CueEnd);
