namespace Dyad.Analysis.Evaluation;

/// <summary>
/// One event as the scorer sees it, gold or predicted: document, statement text (the gold quote or the
/// predicted sentence), actors, code, year and flags, normalised the way score-events normalises them.
/// </summary>
public sealed record ScoredEvent(
    string Doc,
    string Text,
    int? Root,
    string? Source,
    string? Target,
    int? Year,
    bool Negated,
    bool Hypothetical,
    bool Optional,
    bool Symmetric,
    int Line,
    string RawDate,
    string RawSource,
    string RawTarget,
    string RawCameo)
{
    public bool Flagged => Negated || Hypothetical;
}
