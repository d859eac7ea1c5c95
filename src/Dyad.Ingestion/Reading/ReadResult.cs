using Dyad.Core.Documents;

namespace Dyad.Ingestion.Reading;

/// <summary>What reading one file gave: a document (perhaps with a warning), or the reason it was skipped.</summary>
public sealed record ReadResult(string Path, SourceDocument? Document, string? Problem, string? Warning = null)
{
    public bool Ok => Document is not null;

    public static ReadResult Skipped(string path, string problem) => new(path, null, problem);
}
