using System.Diagnostics;
using System.Threading.Channels;
using Dyad.Core.Documents;
using Dyad.Extraction.Pipeline;
using Dyad.Ingestion.Reading;
using Dyad.Storage;

namespace Dyad.Ingestion;

/// <summary>
/// Ingests files into a store: one reader reads the files in order and settles by content hash, before any
/// extraction, which are unchanged and which are copies (<see cref="ContentClaims"/>); workers extract the rest in
/// parallel (one pipeline each), and one writer saves them, a document per transaction, so a crash never leaves
/// half a document. A changed file replaces its own events. Bad files are reported one line each and the run goes on.
/// </summary>
public sealed class IngestService
{
    private const int MaxBatchDocuments = 256;
    private const int MaxBatchEvents = 20_000;

    private readonly Lexicons _lexicons;
    private readonly IEventStore _store;

    public IngestService(Lexicons lexicons, IEventStore store)
    {
        _lexicons = lexicons;
        _store = store;
    }

    public IngestSummary Run(IEnumerable<string> paths, IngestOptions options, IProgress<IngestProgress>? progress = null,
        Action<IngestNote>? onNote = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var notes = new List<IngestNote>();
        void Note(IngestNote note)
        {
            notes.Add(note);
            onNote?.Invoke(note);
        }

        var removed = 0;

        // A moved or renamed file: the document stored under its old path (whose file is gone) goes, once the new
        // path holds the same text, so nothing is lost and nothing is counted twice.
        void Replace(WorkItem item)
        {
            foreach (var old in item.Replaces)
            {
                if (Forget(old) is { } reason)
                {
                    Note(new IngestNote(old, "warning", $"its file is gone and {item.Path} has the same text, but it could not be removed: {reason}"));
                    continue;
                }

                removed++;
                Note(new IngestNote(item.Path, "moved", $"same text as {old}, whose file is gone; that document is now this one"));
            }
        }

        var (files, missing) = DocumentFinder.Find(paths);
        foreach (var path in missing)
        {
            Note(new IngestNote(path, "missing", "no such file or folder"));
        }

        var extracted = 0;
        var claims = new ContentClaims(_store.ListDocuments(), files);
        var queue = Channel.CreateBounded<Claim>(new BoundedChannelOptions(64) { SingleWriter = true });
        var results = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(64) { SingleReader = true });
        var reader = new DocumentReader(options.MaxBytes);

        // Files are read one by one in order, so which of several identical files keeps the content is decided
        // by their hashes before any of them is extracted, the same way every run; the workers only extract.
        var feeder = Task.Run(async () =>
        {
            try
            {
                foreach (var file in files)
                {
                    var read = Read(file, reader);
                    if (read.Document is null)
                    {
                        // A file that became empty, binary or too large has no text now, so what its path stored goes;
                        // one that could not be read keeps it, since its content is unknown.
                        await results.Writer.WriteAsync(read.Failed
                            ? new WorkItem(file) { Error = read.Problem }
                            : new WorkItem(file) { Problem = read.Problem, ForgetsStored = claims.Stores(file) }, cancellation).ConfigureAwait(false);
                        continue;
                    }

                    var claim = claims.Decide(read);
                    if (claim.Kind == ClaimKind.Extract)
                    {
                        await queue.Writer.WriteAsync(claim, cancellation).ConfigureAwait(false);
                    }
                    else
                    {
                        await results.Writer.WriteAsync(ClaimItem(claim), cancellation).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                queue.Writer.Complete();
            }
        }, cancellation);

        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(async () =>
        {
            var pipeline = new ExtractionPipeline(_lexicons);
            await foreach (var claim in queue.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
            {
                Interlocked.Increment(ref extracted);
                await results.Writer.WriteAsync(Extract(claim, pipeline), cancellation).ConfigureAwait(false);
            }
        }, cancellation)).ToArray();

        _ = Task.WhenAll([feeder, .. workers]).ContinueWith(t => results.Writer.Complete(t.Exception), TaskScheduler.Default);

        int done = 0, ingested = 0, unchanged = 0, duplicates = 0, skipped = 0, failed = 0, sentences = 0, events = 0;

        // A path whose file no longer gives a text of its own loses what it stored; false (and a failure) if that fails.
        bool ForgetStored(WorkItem item, string why)
        {
            if (!item.ForgetsStored || Forget(item.Path) is not { } reason)
            {
                return true;
            }

            failed++;
            Note(new IngestNote(item.Path, "failed", $"{why}, but its old text could not be removed: {reason}"));
            return false;
        }

        var pending = new List<WorkItem>();
        var pendingEvents = 0;

        // Group commit: the documents already waiting are stored in one transaction (never part of one), so a
        // slow trickle commits one document at a time and a fast stream does not pay a commit per document.
        void Flush()
        {
            if (pending.Count == 0)
            {
                return;
            }

            foreach (var (item, error) in Save(pending))
            {
                if (error is not null)
                {
                    failed++;
                    Note(new IngestNote(item.Path, "failed", $"could not store: {error}"));
                    continue;
                }

                Replace(item);

                ingested++;
                sentences += item.Extraction!.Sentences.Count;
                events += item.Extraction.Events.Count;
                if (item.Warning is { } warning)
                {
                    Note(new IngestNote(item.Path, "warning", warning));
                }
            }

            pending.Clear();
            pendingEvents = 0;
            progress?.Report(new IngestProgress(done, files.Count, sentences, events));
        }

        while (results.Reader.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
        {
            while (results.Reader.TryRead(out var item))
            {
                done++;
                switch (item)
                {
                    case { Problem: { } problem }:
                        if (!ForgetStored(item, problem))
                        {
                            break;
                        }

                        skipped++;
                        Note(new IngestNote(item.Path, "skipped", item.ForgetsStored ? $"{problem}; its old text and events are removed" : problem));
                        break;
                    case { Unchanged: true }:
                        unchanged++;
                        Replace(item);
                        break;
                    case { Error: { } error }:
                        failed++;
                        Note(new IngestNote(item.Path, "failed", error));
                        break;
                    case { DuplicateOf: { } original }:
                        duplicates++;
                        if (!ForgetStored(item, $"same text as {original}"))
                        {
                            break;
                        }

                        Note(new IngestNote(item.Path, "duplicate", item.ForgetsStored
                            ? $"now the same text as {original}; its old text and events are removed and nothing is added"
                            : $"same text as {original}; not added again"));
                        break;
                    case { Extraction: { } extraction }:
                        pending.Add(item);
                        pendingEvents += extraction.Events.Count;
                        break;
                }

                if (pending.Count >= MaxBatchDocuments || pendingEvents >= MaxBatchEvents)
                {
                    Flush();
                }
            }

            Flush();
            progress?.Report(new IngestProgress(done, files.Count, sentences, events));
        }

        feeder.GetAwaiter().GetResult();
        Task.WaitAll(workers, cancellation);

        // Files deleted from the folders of this run: removed only when asked, since the store may be the last copy of their text.
        var folders = paths.Select(Path.GetFullPath).Where(Directory.Exists).ToList();
        var gone = claims.Gone.Where(p => StoredFiles.IsUnder(p, folders)).ToList();
        var kept = gone.Count;
        if (options.Prune)
        {
            foreach (var path in gone)
            {
                if (Forget(path) is { } reason)
                {
                    failed++;
                    Note(new IngestNote(path, "failed", $"its file is gone, but its text could not be removed: {reason}"));
                    continue;
                }

                kept--;
                removed++;
                Note(new IngestNote(path, "removed", "its file is gone; its text and events are removed"));
            }
        }

        return new IngestSummary(files.Count + missing.Count, ingested, unchanged, duplicates, skipped, failed + missing.Count, sentences, events,
            clock.Elapsed.TotalSeconds, notes) { Extracted = extracted, Removed = removed, Gone = kept };
    }

    /// <summary>Stores a batch in one transaction; if that fails, each document alone, so one bad document fails alone.</summary>
    private List<(WorkItem Item, string? Error)> Save(List<WorkItem> batch)
    {
        try
        {
            _store.SaveDocuments([.. batch.Select(i => new DocumentExtraction(i.Document!, i.Extraction!))]);
            return [.. batch.Select(i => (i, (string?)null))];
        }
        catch (Exception ex) when (ex is not OperationCanceledException && batch.Count == 1)
        {
            return [(batch[0], ex.Message)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [.. batch.SelectMany(i => Save([i]))];
        }
    }

    /// <summary>Drops the document a path stored before it became a copy of another; null when done, else why not.</summary>
    private string? Forget(string path)
    {
        try
        {
            _store.DeleteDocument(path);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ex.Message;
        }
    }

    private static ReadResult Read(string file, DocumentReader reader)
    {
        try
        {
            return reader.Read(file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ReadResult.Failure(file, $"reading failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static WorkItem ClaimItem(Claim claim) => claim.Kind == ClaimKind.Unchanged
        ? new WorkItem(claim.Read.Path) { Unchanged = true, Replaces = claim.Replaces }
        : new WorkItem(claim.Read.Path) { DuplicateOf = claim.Original, ForgetsStored = claim.ForgetsStored };

    private static WorkItem Extract(Claim claim, ExtractionPipeline pipeline)
    {
        var read = claim.Read;
        var document = read.Document!;
        try
        {
            var extraction = pipeline.Extract(document.Text, document.ContentHash, document.Metadata);
            return new WorkItem(read.Path) { Document = document, Extraction = extraction, Warning = read.Warning, Replaces = claim.Replaces };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new WorkItem(read.Path) { Error = $"extraction failed: {ex.GetType().Name}: {ex.Message}" };
        }
    }

    private sealed record WorkItem(string Path)
    {
        public SourceDocument? Document { get; init; }

        public ExtractionResult? Extraction { get; init; }

        public string? Problem { get; init; }

        public string? Error { get; init; }

        public string? Warning { get; init; }

        public bool Unchanged { get; init; }

        public string? DuplicateOf { get; init; }

        public bool ForgetsStored { get; init; }

        public IReadOnlyList<string> Replaces { get; init; } = [];
    }
}
