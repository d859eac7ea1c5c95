using Dyad.Ingestion.Reading;
using Dyad.Storage;

namespace Dyad.Ingestion;

/// <summary>What to do with a document just read, decided from its content hash before anything is extracted.</summary>
internal enum ClaimKind
{
    /// <summary>Content this path does not store yet: extract it and store it under the path.</summary>
    Extract,

    /// <summary>The path already stores exactly this content.</summary>
    Unchanged,

    /// <summary>Another path keeps this content; this path stores nothing (and loses what it stored before).</summary>
    Duplicate,
}

/// <summary>
/// The decision for one document; <see cref="ForgetsStored"/> when the path's old document must go, and
/// <see cref="Replaces"/> the stored documents with this content whose files are gone (the file was moved or renamed).
/// </summary>
internal sealed record Claim(ReadResult Read, ClaimKind Kind, string? Original = null, bool ForgetsStored = false)
{
    public IReadOnlyList<string> Replaces { get; init; } = [];
}

/// <summary>
/// Which path keeps each content, decided file by file in the run's (stable) order so that a run leaves the store as
/// a fresh ingest of the same files would: among the run's files the first one with a content keeps it, whatever
/// an earlier run stored; a content a stored document outside the run already has is not added again. A path whose
/// file became a copy of an earlier one is a duplicate and its old document is dropped, because a path's events
/// follow its current content. A stored document whose file is gone holds nothing either: the first file of the run
/// with its content replaces it (a move or a rename), and what no file replaced is <see cref="Gone"/>.
/// </summary>
internal sealed class ContentClaims
{
    private readonly Dictionary<string, string> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _holders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _ghosts = new(StringComparer.Ordinal);

    public ContentClaims(IEnumerable<StoredDocument> stored, IEnumerable<string> run, Func<string, bool>? isGone = null)
    {
        isGone ??= StoredFiles.IsGone;
        var inRun = new HashSet<string>(run, StringComparer.Ordinal);
        foreach (var document in stored)
        {
            _stored[document.Path] = document.ContentHash;

            // A stored document of this run holds nothing until its file is read: its content may have changed.
            if (inRun.Contains(document.Path))
            {
                continue;
            }

            if (isGone(document.Path))
            {
                if (!_ghosts.TryGetValue(document.ContentHash, out var paths))
                {
                    _ghosts[document.ContentHash] = paths = [];
                }

                paths.Add(document.Path);
            }
            else
            {
                _holders.TryAdd(document.ContentHash, document.Path);
            }
        }
    }

    /// <summary>Stored documents whose files are gone and that no file of the run has replaced (so far), in path order.</summary>
    public IReadOnlyList<string> Gone => [.. _ghosts.Values.SelectMany(p => p).Order(StringComparer.Ordinal)];

    /// <summary>Whether the store holds a document under this path (which must go if its file no longer has a text).</summary>
    public bool Stores(string path) => _stored.ContainsKey(path);

    /// <summary>The decision for a document just read, in the run's order.</summary>
    public Claim Decide(ReadResult read)
    {
        var document = read.Document ?? throw new ArgumentException("Only documents that were read have a content to claim.", nameof(read));
        var hash = document.ContentHash;
        var stored = _stored.GetValueOrDefault(read.Path);
        if (_holders.TryGetValue(hash, out var holder) && holder != read.Path)
        {
            return new Claim(read, ClaimKind.Duplicate, holder, stored is not null);
        }

        _holders[hash] = read.Path;
        IReadOnlyList<string> replaces = _ghosts.Remove(hash, out var ghosts) ? ghosts : [];
        return new Claim(read, stored == hash ? ClaimKind.Unchanged : ClaimKind.Extract) { Replaces = replaces };
    }
}
