using Dyad.Core.Documents;

namespace Dyad.Ingestion.Reading;

/// <summary>
/// What reading one file gave: a document (perhaps with a warning), or the reason it was skipped. A skip is
/// deliberate (empty, binary, too large) unless <see cref="Failed"/>: the file was there but could not be read.
/// </summary>
public sealed record ReadResult(string Path, SourceDocument? Document, string? Problem, string? Warning = null)
{
    public bool Ok => Document is not null;

    public bool Failed { get; init; }

    public static ReadResult Skipped(string path, string problem) => new(path, null, problem);

    public static ReadResult Failure(string path, string problem) => new(path, null, problem) { Failed = true };
}
