using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Dyad.Core.Documents;

namespace Dyad.Ingestion.Reading;

/// <summary>
/// The visible text of an HTML page, read from AngleSharp's tokenizer in one pass: scripts, styles, templates
/// and other invisible elements are dropped; block elements (paragraphs, headings, list items, table rows) end
/// lines so sentences do not run together. Title, canonical URL and publication date come from the markup.
/// </summary>
/// <remarks>
/// The tokens are read without building a DOM on purpose: AngleSharp's tree builder checks the whole stack of open
/// elements for each start tag, so 10^5 nested divs took minutes, and walking a tree that deep recursively would
/// overflow the stack. Here the open elements are a list with a count per name, so each token costs O(1)
/// amortised and the depth of the markup does not matter.
/// </remarks>
public static class HtmlTextExtractor
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "button", "select", "textarea",
        "title", "noembed", "noframes", "datalist",
    };

    // Paragraph-like blocks are separated by a blank line; line-like ones (list items, rows, breaks) by a line break.
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "figcaption", "address", "hr", "body",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase) { "li", "dt", "dd", "tr", "br" };

    // Elements that never have content, so they are never open.
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    public static (DocumentMetadata Metadata, string Text) Extract(string html)
    {
        using var source = new TextSource(html);
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver) { SkipComments = true, SkipProcessingInstructions = true };
        var text = new StringBuilder(html.Length / 2);
        var open = new OpenElements();
        var head = new HeadReader();
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token.Type)
            {
                case HtmlTokenType.Character when open.InTitle:
                    head.TitleText(token.Data);
                    break;
                case HtmlTokenType.Character when open.Visible:
                    text.Append(token.Data);
                    break;
                case HtmlTokenType.StartTag:
                    var start = token.AsTag();
                    head.Read(start);
                    tokenizer.State = ContentMode(start.Name);
                    if (open.Visible)
                    {
                        Separate(start.Name, text);
                    }

                    if (!Void.Contains(start.Name))
                    {
                        open.Push(start.Name, Invisible.Contains(start.Name) || Attribute(start, "hidden") is not null);
                    }

                    break;
                case HtmlTokenType.EndTag:
                    open.Pop(token.Name);
                    if (open.Visible && Paragraphs.Contains(token.Name))
                    {
                        text.Append("\n\n");
                    }

                    break;
            }
        }

        return (head.Metadata(), Tidy(text));
    }

    /// <summary>An attribute's value, or null when the tag does not have it (AngleSharp's own lookup answers "" for both).</summary>
    private static string? Attribute(HtmlTagToken tag, string name)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static void Separate(string name, StringBuilder text)
    {
        if (Paragraphs.Contains(name))
        {
            text.Append("\n\n");
        }
        else if (Lines.Contains(name))
        {
            text.Append('\n');
        }
    }

    /// <summary>How the tokenizer must read what follows a start tag, as the HTML standard's tree builder tells it.</summary>
    private static HtmlParseMode ContentMode(string name) => name.ToLowerInvariant() switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => HtmlParseMode.PCData,
    };

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

    /// <summary>
    /// The stack of open elements, with a count per name so an end tag nothing matches is ignored at once, and
    /// the number of open invisible ones so visibility is known without walking the stack.
    /// </summary>
    private sealed class OpenElements
    {
        private readonly List<(string Name, bool Hidden)> _stack = [];
        private readonly Dictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);
        private int _hidden;

        public bool Visible => _hidden == 0;

        public bool InTitle => _stack.Count > 0 && string.Equals(_stack[^1].Name, "title", StringComparison.OrdinalIgnoreCase);

        public void Push(string name, bool hidden)
        {
            _stack.Add((name, hidden));
            _counts[name] = _counts.GetValueOrDefault(name) + 1;
            if (hidden)
            {
                _hidden++;
            }
        }

        /// <summary>Closes the innermost open element of that name and every element opened inside it.</summary>
        public void Pop(string name)
        {
            if (_counts.GetValueOrDefault(name) == 0)
            {
                return;
            }

            while (_stack.Count > 0)
            {
                var (top, hidden) = _stack[^1];
                _stack.RemoveAt(_stack.Count - 1);
                _counts[top]--;
                if (hidden)
                {
                    _hidden--;
                }

                if (string.Equals(top, name, StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }
        }
    }

    /// <summary>Title, canonical URL and publication date, each the first one in document order.</summary>
    private sealed class HeadReader
    {
        private static readonly string[] DateNames =
            ["article:published_time", "date", "pubdate", "publication_date", "DC.date", "dc.date", "datePublished"];

        private readonly Dictionary<string, string> _meta = new(StringComparer.Ordinal);
        private readonly StringBuilder _title = new();
        private int _titles;
        private string? _canonical;
        private string? _time;

        public void TitleText(string data)
        {
            if (_titles == 1)
            {
                _title.Append(data);
            }
        }

        public void Read(HtmlTagToken tag)
        {
            switch (tag.Name.ToLowerInvariant())
            {
                case "title":
                    _titles++;
                    break;
                case "meta" when Attribute(tag, "content") is { } content && !string.IsNullOrWhiteSpace(content):
                    foreach (var key in new[] { "name", "property", "itemprop" })
                    {
                        if (Attribute(tag, key) is { Length: > 0 } name)
                        {
                            _meta.TryAdd(name, content.Trim());
                        }
                    }

                    break;
                case "link" when Attribute(tag, "rel") == "canonical" && Attribute(tag, "href") is { } href:
                    _canonical ??= href;
                    break;
                case "time" when Attribute(tag, "datetime") is { } datetime:
                    _time ??= datetime;
                    break;
            }
        }

        public DocumentMetadata Metadata()
        {
            string? Meta(params string[] names) => names.Select(n => _meta.GetValueOrDefault(n)).FirstOrDefault(v => v is not null);

            var title = _title.ToString().Trim() is { Length: > 0 } t ? t : Meta("og:title", "twitter:title");
            var url = _canonical ?? Meta("og:url");
            var date = Meta(DateNames) ?? _time;
            return new DocumentMetadata(title, url, FrontMatter.ParseDate(date));
        }
    }
}
