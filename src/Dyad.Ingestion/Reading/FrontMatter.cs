using Dyad.Core.Dates;
using Dyad.Core.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dyad.Ingestion.Reading;

/// <summary>
/// YAML front matter at the top of a text or Markdown file (between two "---" lines): title, url (or link, source)
/// and date (or published). Returns the metadata and the body after the front matter.
/// </summary>
public static class FrontMatter
{
    private const int MaxYamlChars = 64 * 1024;
    private const int MaxFlowDepth = 64;

    public static (DocumentMetadata Metadata, string Body) Split(string text)
    {
        var start = text.StartsWith("---\n", StringComparison.Ordinal) ? 4 : text.StartsWith("---\r\n", StringComparison.Ordinal) ? 5 : -1;
        if (start < 0)
        {
            return (DocumentMetadata.Empty, text);
        }

        var end = text.IndexOf("\n---", start - 1, StringComparison.Ordinal);
        if (end < 0)
        {
            return (DocumentMetadata.Empty, text);
        }

        // An empty block ("---" right after "---") closes at the opening line's own newline.
        var yaml = end < start ? string.Empty : text[start..end];
        var bodyStart = text.IndexOf('\n', end + 1);
        var body = bodyStart < 0 ? string.Empty : text[(bodyStart + 1)..];
        if (yaml.Length > MaxYamlChars || FlowDepth(yaml) > MaxFlowDepth)
        {
            // Metadata is never that big or that deep; YAML's scanner slows down quadratically with the depth of
            // nested brackets (10^5 took 19 s), so such a block is set aside unread and the body is still read.
            return (DocumentMetadata.Empty, body);
        }

        try
        {
            return Fields(yaml) is { } fields
                ? (new DocumentMetadata(Get(fields, "title"), Get(fields, "url", "link", "source"), ParseDate(Get(fields, "date", "published", "publication_date"))), body)
                : (DocumentMetadata.Empty, text);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return (DocumentMetadata.Empty, text);
        }
    }

    /// <summary>The deepest nesting of flow brackets, counted roughly (quotes are not looked at), which is enough to refuse.</summary>
    private static int FlowDepth(string yaml)
    {
        int depth = 0, deepest = 0;
        foreach (var c in yaml)
        {
            depth = c is '[' or '{' ? depth + 1 : c is ']' or '}' ? Math.Max(0, depth - 1) : depth;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static string? Get(Dictionary<string, string> fields, params string[] keys) =>
        keys.Select(k => fields.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

    /// <summary>
    /// The top-level scalar fields of the block (the first of each name; none for an empty block), or null when it is not a mapping.
    /// Read from the parser's events, not a node tree: building the tree recurses once per level of nesting, and
    /// ten thousand nested brackets overflowed the stack, which no catch can stop. Nested values are skipped.
    /// </summary>
    private static Dictionary<string, string>? Fields(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (parser.Accept<StreamEnd>(out _))
        {
            // Nothing but blank lines or comments: front matter with no fields.
            return fields;
        }

        if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
        {
            return null;
        }

        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.TryConsume<Scalar>(out var key) && parser.TryConsume<Scalar>(out var value))
            {
                fields.TryAdd(key.Value, value.Value);
                continue;
            }

            // A key or value that is itself a collection (or an alias): skipped whole, however deep it goes.
            parser.SkipThisAndNestedEvents();
        }

        return fields;
    }

    /// <summary>Reads the leading YYYY, YYYY-MM or YYYY-MM-DD of a date or timestamp.</summary>
    public static PartialDate? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        foreach (var length in new[] { 10, 7, 4 })
        {
            if (value.Length >= length && PartialDate.TryParse(value.AsSpan(0, length), out var date))
            {
                return date;
            }
        }

        return null;
    }
}
