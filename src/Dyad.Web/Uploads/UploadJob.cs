namespace Dyad.Web.Uploads;

/// <summary>An upload being ingested: how far it has got, and what happened to each file.</summary>
public sealed class UploadJob
{
    private readonly object _gate = new();
    private readonly List<string> _notes = [];

    public UploadJob(string id, string folder, int files)
    {
        Id = id;
        Folder = folder;
        FilesTotal = files;
        Created = DateTimeOffset.UtcNow;
    }

    public string Id { get; }

    public string Folder { get; }

    public DateTimeOffset Created { get; }

    public string Status { get; private set; } = "queued";

    public int FilesTotal { get; }

    public int FilesDone { get; private set; }

    public int Ingested { get; private set; }

    public int Sentences { get; private set; }

    public int Events { get; private set; }

    public IReadOnlyList<string> Notes
    {
        get
        {
            lock (_gate)
            {
                return [.. _notes];
            }
        }
    }

    internal void Start() => Status = "running";

    internal void Report(int filesDone, int sentences, int events) => (FilesDone, Sentences, Events) = (filesDone, sentences, events);

    internal void Note(string note)
    {
        lock (_gate)
        {
            _notes.Add(note);
        }
    }

    internal void Finish(int ingested, int sentences, int events, bool failed)
    {
        (Ingested, Sentences, Events, FilesDone) = (ingested, sentences, events, FilesTotal);
        Status = failed ? "failed" : "done";
    }
}
