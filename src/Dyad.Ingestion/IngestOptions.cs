namespace Dyad.Ingestion;

/// <summary>How an ingest run behaves.</summary>
public sealed record IngestOptions
{
    /// <summary>Files larger than this are skipped with a message.</summary>
    public long MaxBytes { get; init; } = Reading.DocumentReader.DefaultMaxBytes;

    /// <summary>Worker threads that read and extract; the store is written by one thread.</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);
}

/// <summary>A note about one file during a run: skipped, warned about, failed.</summary>
public sealed record IngestNote(string Path, string Kind, string Message)
{
    public override string ToString() => $"{Kind} {Path}: {Message}";
}

/// <summary>Where a run stands, for a progress bar.</summary>
public readonly record struct IngestProgress(int FilesDone, int FilesTotal, int Sentences, int Events);

/// <summary>What a run did.</summary>
public sealed record IngestSummary(
    int Files,
    int Ingested,
    int Unchanged,
    int Duplicates,
    int Skipped,
    int Failed,
    int Sentences,
    int Events,
    double Seconds,
    IReadOnlyList<IngestNote> Notes)
{
    /// <summary>Exit code for the command line: 0 when something was ingested or nothing needed doing, 1 otherwise.</summary>
    public int ExitCode => Ingested > 0 || (Skipped == 0 && Failed == 0 && Files > 0) ? 0 : 1;
}
