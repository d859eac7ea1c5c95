using Dyad.Core.Cameo;
using Dyad.Storage;

namespace Dyad.Web.Api;

/// <summary>An event as the API returns it: the JSONL export's fields, plus where it sits in its document.</summary>
public sealed record EventDto(
    string Id, string Doc, long DocumentId, int SentenceIndex, string Sentence, int Start, int End, string? Date, string? DateEnd,
    string DatePrecision, string Source, string? Target, string? SourceHistorical, string? TargetHistorical, string SourceText, string? TargetText,
    string Cameo, string CameoName, double Goldstein, int Quad, string? Plover, bool Negated, bool Hypothetical, bool Symmetric, double Confidence,
    int TriggerStart, int TriggerEnd)
{
    public static EventDto From(EventRecord e, CameoTable cameo) => new(e.Id, e.Doc, e.DocumentId, e.SentenceIndex, e.Sentence, e.Start, e.End, e.Date,
        e.DateEnd, e.DatePrecision, e.Source, e.Target, e.SourceHistorical, e.TargetHistorical, e.SourceText, e.TargetText, e.Cameo,
        cameo.TryGet(e.Cameo, out var c) ? c.Name : string.Empty, e.Goldstein, e.Quad, e.Plover, e.Negated, e.Hypothetical, e.Symmetric, e.Confidence,
        e.TriggerStart, e.TriggerEnd);
}

public sealed record DocumentSummary(long Id, string Name, string? Title, string? Url, string? Published, int Sentences, int Events, string IngestedAt)
{
    public static DocumentSummary From(StoredDocument d) => new(d.Id, d.Name, d.Title, d.Url, d.Published, d.Sentences, d.Events, d.IngestedAt);
}

/// <summary>A document with its text and where each of its events' sentences and words lie in it (character offsets).</summary>
public sealed record DocumentDetail(long Id, string Name, string? Title, string? Url, string? Published, string Text, IReadOnlyList<EventDto> Events);

public sealed record ActorDto(string Code, string Name, int Events);

public sealed record NetworkNode(string Code, string Name, int Events);

public sealed record NetworkEdge(string A, string B, int Events, double Tone);

public sealed record NetworkDto(int? From, int? To, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);

public sealed record UploadDto(string Id, string Status, int FilesTotal, int FilesDone, int Ingested, int Sentences, int Events, IReadOnlyList<string> Notes, string StatusUrl);

public sealed record HealthDto(string Status, int Documents, int Sentences, int Events, bool Writable);

/// <summary>A document sent as JSON rather than as a file.</summary>
public sealed record DocumentUpload(string? Name, string? Text);
