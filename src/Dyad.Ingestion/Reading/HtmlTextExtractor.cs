using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dyad.Core.Documents;

namespace Dyad.Ingestion.Reading;

/// <summary>
/// The visible text of an HTML page, parsed with AngleSharp: scripts, styles, templates and other invisible
/// elements are dropped; block elements (paragraphs, headings, list items, table rows) end lines so sentences
/// do not run together. Title, canonical URL and publication date come from the head.
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "button", "select", "input", "textarea",
    };

    // Paragraph-like blocks are separated by a blank line; line-like ones (list items, rows, breaks) by a line break.
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "figcaption", "address", "hr", "title",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase) { "li", "dt", "dd", "tr", "br" };

    public static (DocumentMetadata Metadata, string Text) Extract(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var text = new StringBuilder(html.Length / 2);
        if (document.Body is { } body)
        {
            Append(body, text);
        }

        return (ReadMetadata(document), Tidy(text));
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when Invisible.Contains(e.LocalName) || e.HasAttribute("hidden"):
                    break;
                case IElement e:
                    var paragraph = Paragraphs.Contains(e.LocalName);
                    if (paragraph)
                    {
                        text.Append("\n\n");
                    }
                    else if (Lines.Contains(e.LocalName))
                    {
                        text.Append('\n');
                    }

                    Append(e, text);
                    if (paragraph)
                    {
                        text.Append("\n\n");
                    }

                    break;
            }
        }
    }

    /// <summary>Collapses runs of spaces and of blank lines the markup left behind.</summary>
    private static string Tidy(StringBuilder raw)
    {
        var result = new StringBuilder(raw.Length);
        var newlines = 0;
        var space = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\n')
            {
                newlines++;
                space = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (newlines > 0)
            {
                if (result.Length > 0)
                {
                    result.Append(newlines > 1 ? "\n\n" : "\n");
                }

                newlines = 0;
            }
            else if (space && result.Length > 0)
            {
                result.Append(' ');
            }

            space = false;
            result.Append(c);
        }

        return result.ToString();
    }

    private static DocumentMetadata ReadMetadata(IDocument document)
    {
        string? Meta(params string[] names)
        {
            foreach (var name in names)
            {
                var element = document.QuerySelector($"meta[name='{name}'], meta[property='{name}'], meta[itemprop='{name}']");
                var content = element?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return content.Trim();
                }
            }

            return null;
        }

        var title = document.Title is { Length: > 0 } t ? t.Trim() : Meta("og:title", "twitter:title");
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("og:url");
        var date = Meta("article:published_time", "date", "pubdate", "publication_date", "DC.date", "dc.date", "datePublished")
                   ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return new DocumentMetadata(title, url, FrontMatter.ParseDate(date));
    }
}
