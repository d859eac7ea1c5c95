namespace Dyad.Storage;

/// <summary>
/// An event coded elsewhere (a GDELT or ICEWS row) as it enters the store. Such datasets publish no text: the
/// "document" is where the event was reported (a GDELT source URL, an ICEWS story) and the sentence is its index in
/// that report when the dataset gives one. <see cref="Id"/> is the dataset's own key ("gdelt:669666354"), so the same
/// row imported twice is stored once.
/// </summary>
public sealed record ImportedEvent(
    string Id,
    ImportedReport Report,
    int SentenceIndex,
    string Source,
    string SourceCountry,
    string? Target,
    string? TargetCountry,
    string SourceText,
    string? TargetText,
    string Cameo,
    int Quad,
    double Goldstein,
    DateOnly Date);

/// <summary>Where an imported event was reported: <see cref="Path"/> identifies it in the store ("gdelt:URL").</summary>
public sealed record ImportedReport(string Path, string Name, string? Title, string? Url);

/// <summary>
/// One more report of an imported event (a GDELT 2.0 mention): which source, which document, where in it, and how
/// sure the coder was (0-100).
/// </summary>
public sealed record EventMention(
    string EventId,
    string SourceName,
    string Identifier,
    int SentenceId,
    int Actor1Offset,
    int Actor2Offset,
    int ActionOffset,
    int Confidence);
