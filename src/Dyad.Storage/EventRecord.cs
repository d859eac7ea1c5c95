using Dyad.Core.Events;
using Dyad.Extraction.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// One stored event as queries return it, with its sentence and document: the row behind every export format.
/// Field names follow the JSONL export.
/// </summary>
public sealed record EventRecord(
    string Id,
    string Doc,
    string DocumentPath,
    int SentenceIndex,
    string Sentence,
    int Start,
    int End,
    string? Date,
    string? DateEnd,
    string DatePrecision,
    string Source,
    string? SourceHistorical,
    string? Target,
    string? TargetHistorical,
    string SourceText,
    string? TargetText,
    string Cameo,
    string CameoName,
    double Goldstein,
    int Quad,
    string? Plover,
    bool Negated,
    bool Hypothetical,
    bool Symmetric,
    double Confidence)
{
    /// <summary>The source's country (its first three letters), or the whole code of an organisation.</summary>
    public string SourceCountry { get; init; } = string.Empty;

    public string? TargetCountry { get; init; }

    /// <summary>The document's web address, when it came with one (front matter or an upload).</summary>
    public string? DocumentUrl { get; init; }

    /// <summary>The stored document's id (for its full text).</summary>
    public long DocumentId { get; init; }

    /// <summary>"the first ... since" this ISO date, when the sentence claims it.</summary>
    public string? FirstSince { get; init; }

    /// <summary>Character offsets of the words that carry the event, in the document.</summary>
    public int TriggerStart { get; init; }

    public int TriggerEnd { get; init; }

    /// <summary>
    /// Coded elsewhere and imported (a GDELT or ICEWS row). Such an event has no words of its own in any text, so no
    /// trigger: the stores know it by <c>trigger_end = 0</c>.
    /// </summary>
    public bool IsImported { get; init; }

    /// <summary>The year the event started, when dated.</summary>
    public int? Year => Date is { Length: >= 4 } d ? int.Parse(d.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The row of an event just extracted (not stored): what <c>dyad extract</c> prints.</summary>
    public static EventRecord FromExtraction(string name, string path, string text, ExtractionResult result, CodedEvent e)
    {
        var sentence = result.Sentences[e.SentenceIndex];
        return new EventRecord(e.Id, name, path, e.SentenceIndex, sentence.TextOf(text), sentence.Start, sentence.End,
            e.When?.Start.ToIsoString(), e.When?.End?.ToIsoString(), (e.When?.Precision ?? Dyad.Core.Dates.DatePrecision.None).ToString().ToLowerInvariant(),
            e.Source.Code, e.Source.Historical, e.Target?.Code, e.Target?.Historical, e.SourceText, e.TargetText,
            e.Cameo.Code, e.Cameo.Name, e.Cameo.Goldstein, (int)e.Cameo.Quad, e.Cameo.Plover, e.Negated, e.Hypothetical, e.Symmetric, e.Confidence);
    }
}
