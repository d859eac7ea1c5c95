namespace Dyad.Ingestion;

/// <summary>How an ingest run behaves.</summary>
public sealed record IngestOptions
{
    /// <summary>Files larger than this are skipped with a message.</summary>
    public long MaxBytes { get; init; } = Reading.DocumentReader.DefaultMaxBytes;

    /// <summary>Worker threads that read and extract; the store is written by one thread.</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Remove stored documents under the run's folders whose files were deleted (else they are only counted).</summary>
    public bool Prune { get; init; }
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
    /// <summary>Documents that went through extraction (duplicates and unchanged files are recognised by hash first and never do).</summary>
    public int Extracted { get; init; }

    /// <summary>Stored documents removed: replaced by a moved or renamed file, or pruned because their file was deleted.</summary>
    public int Removed { get; init; }

    /// <summary>Stored documents under the run's folders whose files were deleted and that were kept (no --prune).</summary>
    public int Gone { get; init; }

    /// <summary>
    /// Exit code for the command line (<see cref="ExitCodes"/>): any failure (a missing path, a file that could not be
    /// read, coded or stored) is <see cref="ExitCodes.SomeFailed"/> even when the rest was stored, so a script can tell;
    /// a run that found no text at all is <see cref="ExitCodes.NothingRead"/>.
    /// </summary>
    public int ExitCode => Failed > 0 ? ExitCodes.SomeFailed : Ingested + Unchanged + Duplicates == 0 ? ExitCodes.NothingRead : ExitCodes.Ok;
}
