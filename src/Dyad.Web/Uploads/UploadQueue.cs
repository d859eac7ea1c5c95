using System.Collections.Concurrent;
using System.Threading.Channels;
using Dyad.Extraction.Pipeline;
using Dyad.Ingestion;
using Dyad.Storage;
using Dyad.Web.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dyad.Web.Uploads;

/// <summary>
/// Ingests uploads one after another in the background, through the same <see cref="IngestService"/> as
/// <c>dyad ingest</c>, into the server's store; a job's progress can be read while it runs. When a job ends,
/// cached answers are dropped so every reader sees the new documents.
/// </summary>
public sealed partial class UploadQueue : BackgroundService
{
    private const int KeptJobs = 200;
    private readonly Channel<UploadJob> _queue = Channel.CreateUnbounded<UploadJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, UploadJob> _jobs = new(StringComparer.Ordinal);
    private readonly Lexicons _lexicons;
    private readonly StorePool _stores;
    private readonly AnswerCache _cache;
    private readonly ILogger<UploadQueue> _log;

    public UploadQueue(Lexicons lexicons, StorePool stores, AnswerCache cache, ILogger<UploadQueue> log)
    {
        _lexicons = lexicons;
        _stores = stores;
        _cache = cache;
        _log = log;
        Root = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(stores.Path))!, Path.GetFileName(stores.Path) + ".uploads");
    }

    /// <summary>Where uploaded files are kept (the store refers to them as their documents' paths).</summary>
    public string Root { get; }

    public UploadJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Writes the files into a new job folder and queues the job.</summary>
    public UploadJob Enqueue(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        var folder = Path.Combine(Root, id);
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), content);
        }

        var job = new UploadJob(id, folder, files.Count);
        _jobs[id] = job;
        foreach (var old in _jobs.Values.OrderBy(j => j.Created).Take(Math.Max(0, _jobs.Count - KeptJobs)))
        {
            _jobs.TryRemove(old.Id, out _);
        }

        _queue.Writer.TryWrite(job);
        return job;
    }

    /// <summary>A note as a client may see it: file names, never the server's folders.</summary>
    internal static string PublicNote(IngestNote note) => $"{note.Kind} {Path.GetFileName(note.Path)}: {WithoutFolders(note.Message)}";

    internal static string WithoutFolders(string text) => AbsolutePath().Replace(text, "$1");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[A-Za-z]:)?[\\/](?:[^\s\\/:;'""]+[\\/])+([^\s\\/:;'""]*)")]
    private static partial System.Text.RegularExpressions.Regex AbsolutePath();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            job.Start();
            try
            {
                using var store = EventStores.Open(_stores.Path);
                var progress = new Progress<IngestProgress>(p => job.Report(p.FilesDone, p.Sentences, p.Events));
                var summary = new IngestService(_lexicons, store).Run([job.Folder], new IngestOptions { Workers = 1 }, progress,
                    note => job.Note(PublicNote(note)), stoppingToken);
                job.Finish(summary.Ingested, summary.Sentences, summary.Events, failed: summary.Ingested == 0 && summary.Failed > 0);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _log.LogError(ex, "upload {Id} failed", job.Id);
                job.Note($"failed: {WithoutFolders(ex.Message)}");
                job.Finish(0, 0, 0, failed: true);
            }
            finally
            {
                _cache.Invalidate();
            }
        }
    }
}
