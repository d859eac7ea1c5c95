using System.Diagnostics;
using System.Threading.Channels;
using Dyad.Core.Documents;
using Dyad.Extraction.Pipeline;
using Dyad.Ingestion.Reading;
using Dyad.Storage;

namespace Dyad.Ingestion;

/// <summary>
/// Ingests files into a store: workers read and extract documents in parallel (one pipeline each), and one
/// writer saves them, a document per transaction, so a crash never leaves half a document. Unchanged files
/// are skipped by content hash, a changed file replaces its own events, and a file whose content is already
/// stored under another name adds nothing. Bad files are reported one line each and the run goes on.
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

        var (files, missing) = DocumentFinder.Find(paths);
        foreach (var path in missing)
        {
            Note(new IngestNote(path, "missing", "no such file or folder"));
        }

        var known = _store.ListDocuments().ToDictionary(d => d.Path, d => d.ContentHash, StringComparer.Ordinal);
        var knownHashes = _store.ListDocuments().GroupBy(d => d.ContentHash).ToDictionary(g => g.Key, g => g.First().Path, StringComparer.Ordinal);
        var queue = Channel.CreateBounded<string>(new BoundedChannelOptions(256) { SingleWriter = true });
        var results = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(64) { SingleReader = true });
        var reader = new DocumentReader(options.MaxBytes);

        var feeder = Task.Run(async () =>
        {
            foreach (var file in files)
            {
                await queue.Writer.WriteAsync(file, cancellation).ConfigureAwait(false);
            }

            queue.Writer.Complete();
        }, cancellation);

        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(async () =>
        {
            var pipeline = new ExtractionPipeline(_lexicons);
            await foreach (var file in queue.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
            {
                await results.Writer.WriteAsync(Process(file, reader, pipeline, known), cancellation).ConfigureAwait(false);
            }
        }, cancellation)).ToArray();

        _ = Task.WhenAll(workers).ContinueWith(t => results.Writer.Complete(t.Exception), TaskScheduler.Default);

        int done = 0, ingested = 0, unchanged = 0, duplicates = 0, skipped = 0, failed = 0, sentences = 0, events = 0;
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
                    knownHashes.Remove(item.Document!.ContentHash);
                    Note(new IngestNote(item.Path, "failed", $"could not store: {error}"));
                    continue;
                }

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
                        skipped++;
                        Note(new IngestNote(item.Path, "skipped", problem));
                        break;
                    case { Unchanged: true }:
                        unchanged++;
                        break;
                    case { Error: { } error }:
                        failed++;
                        Note(new IngestNote(item.Path, "failed", error));
                        break;
                    case { Document: { } document, Extraction: { } extraction }:
                        if (knownHashes.TryGetValue(document.ContentHash, out var original) && original != document.Path)
                        {
                            duplicates++;
                            Note(new IngestNote(item.Path, "duplicate", $"same text as {original}; not added again"));
                            break;
                        }

                        knownHashes[document.ContentHash] = document.Path;
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
        return new IngestSummary(files.Count + missing.Count, ingested, unchanged, duplicates, skipped, failed + missing.Count, sentences, events,
            clock.Elapsed.TotalSeconds, notes);
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

    private static WorkItem Process(string file, DocumentReader reader, ExtractionPipeline pipeline, IReadOnlyDictionary<string, string> known)
    {
        ReadResult read;
        try
        {
            read = reader.Read(file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new WorkItem(file) { Error = $"reading failed: {ex.GetType().Name}: {ex.Message}" };
        }

        if (read.Document is not { } document)
        {
            return read.Failed ? new WorkItem(file) { Error = read.Problem } : new WorkItem(file) { Problem = read.Problem };
        }

        if (known.TryGetValue(document.Path, out var hash) && hash == document.ContentHash)
        {
            return new WorkItem(file) { Unchanged = true };
        }

        try
        {
            var extraction = pipeline.Extract(document.Text, document.ContentHash, document.Metadata);
            return new WorkItem(file) { Document = document, Extraction = extraction, Warning = read.Warning };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new WorkItem(file) { Error = $"extraction failed: {ex.GetType().Name}: {ex.Message}" };
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
    }
}
