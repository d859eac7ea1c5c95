using Dyad.Core.Dates;

namespace Dyad.Core.Documents;

/// <summary>Facts about a document that come with it rather than from its prose: front matter or HTML meta.</summary>
public sealed record DocumentMetadata(string? Title = null, string? Url = null, PartialDate? Published = null)
{
    public static DocumentMetadata Empty { get; } = new();
}

/// <summary>
/// A document as read from disk: its visible text (after decoding and, for HTML, dropping markup), where it came from,
/// and a hash of that text with its publication (title, address, date), which identifies the content whatever the file is called.
/// </summary>
public sealed record SourceDocument(string Path, string Text, DocumentMetadata Metadata, string ContentHash)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
