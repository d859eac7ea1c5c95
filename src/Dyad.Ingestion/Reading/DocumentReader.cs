using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Documents;

namespace Dyad.Ingestion.Reading;

/// <summary>
/// Reads one file into a <see cref="SourceDocument"/>: decodes it, takes the visible text of HTML or the plain
/// text of Markdown, reads front matter, and refuses with one clear reason what it cannot use (missing,
/// unreadable, binary, empty, larger than the limit).
/// </summary>
public sealed class DocumentReader
{
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml",
    };

    public DocumentReader(long maxBytes = DefaultMaxBytes)
    {
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }

    public ReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return ReadResult.Skipped(path, "no such file");
            }

            if (info.Length == 0)
            {
                return ReadResult.Skipped(path, "empty file");
            }

            if (info.Length > MaxBytes)
            {
                return ReadResult.Skipped(path, $"too large ({Megabytes(info.Length)} MB; the limit is {Megabytes(MaxBytes)} MB)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failure(path, $"cannot read: {ex.Message}");
        }

        return FromBytes(path, bytes);
    }

    /// <summary>Reads a document from bytes already in memory (an upload, a test); the extension of <paramref name="name"/> picks the format.</summary>
    public ReadResult FromBytes(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return ReadResult.Skipped(name, $"too large ({Megabytes(bytes.Length)} MB; the limit is {Megabytes(MaxBytes)} MB)");
        }

        var raw = TextDecoder.Decode(bytes, out var problem, out var warning);
        if (raw is null)
        {
            return ReadResult.Skipped(name, problem ?? "unreadable");
        }

        raw = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var (metadata, text) = extension switch
        {
            ".html" or ".htm" or ".xhtml" => HtmlTextExtractor.Extract(raw),
            ".md" or ".markdown" => MarkdownText(raw, ref warning),
            _ => FrontMatter.Split(raw),
        };

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Skipped(name, "no text in it");
        }

        // Where and when a text was published is part of the document: the same wire story under two addresses or two
        // dates is two reports (its "yesterday" differs), while a copy of a file is one document.
        var identity = metadata == DocumentMetadata.Empty ? text : $"{text}\u0000{metadata.Title}\u0000{metadata.Url}\u0000{metadata.Published}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        return new ReadResult(name, new SourceDocument(name, text, metadata, hash), null, warning);
    }

    private static (DocumentMetadata, string) MarkdownText(string raw, ref string? warning)
    {
        var (metadata, body) = FrontMatter.Split(raw);
        try
        {
            return (metadata, Markdig.Markdown.ToPlainText(body));
        }
        catch (ArgumentException)
        {
            // Markdig refuses markup nested past its depth limit; the words are still worth reading as they stand.
            warning = Join(warning, "Markdown nested too deeply to parse; read as plain text");
            return (metadata, StripQuoteMarkers(body));
        }
    }

    /// <summary>Drops the block-quote markers that start lines, the nesting the parser gave up on.</summary>
    private static string StripQuoteMarkers(string body)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimStart('>', ' ', '\t');
        }

        return string.Join('\n', lines);
    }

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
