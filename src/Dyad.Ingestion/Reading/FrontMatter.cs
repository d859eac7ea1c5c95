using Dyad.Core.Dates;
using Dyad.Core.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dyad.Ingestion.Reading;

/// <summary>
/// YAML front matter at the top of a text or Markdown file (between two "---" lines): title, url (or link, source)
/// and date (or published). Returns the metadata and the body after the front matter.
/// </summary>
public static class FrontMatter
{
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
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return (DocumentMetadata.Empty, body);
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return (DocumentMetadata.Empty, text);
            }

            string? Get(params string[] keys)
            {
                foreach (var key in keys)
                {
                    foreach (var (k, v) in map.Children)
                    {
                        if (k is YamlScalarNode ks && string.Equals(ks.Value, key, StringComparison.OrdinalIgnoreCase) && v is YamlScalarNode vs)
                        {
                            return vs.Value;
                        }
                    }
                }

                return null;
            }

            var metadata = new DocumentMetadata(Get("title"), Get("url", "link", "source"), ParseDate(Get("date", "published", "publication_date")));
            return (metadata, body);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return (DocumentMetadata.Empty, text);
        }
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
