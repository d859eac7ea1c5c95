using System.Text;
using Dyad.Ingestion.Reading;
using Dyad.Testing;

namespace Dyad.Ingestion.Tests;

public class TextDecoderTests
{
    private const string Text = "Moscow’s envoy — 1955";

    [Fact]
    public void Reads_utf8_with_and_without_a_byte_order_mark()
    {
        Assert.Equal(Text, TextDecoder.Decode(Encoding.UTF8.GetBytes(Text), out _, out var warning));
        Assert.Null(warning);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Text)).ToArray();
        Assert.Equal(Text, TextDecoder.Decode(withBom, out _, out _));
    }

    [Fact]
    public void Reads_utf16_with_a_byte_order_mark_either_way()
    {
        Assert.Equal(Text, TextDecoder.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray(), out _, out _));
        Assert.Equal(Text, TextDecoder.Decode(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Text)).ToArray(), out _, out _));
    }

    [Fact]
    public void Falls_back_to_windows_1252_with_a_warning_on_invalid_utf8()
    {
        var bytes = new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'a', (byte)'c', (byte)'c', (byte)'o', (byte)'r', (byte)'d' };
        var text = TextDecoder.Decode(bytes, out var problem, out var warning);
        Assert.Equal("Café accord", text);
        Assert.Null(problem);
        Assert.Contains("UTF-8", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_binary_data()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        Assert.Null(TextDecoder.Decode(bytes, out var problem, out _));
        Assert.Contains("binary", problem, StringComparison.Ordinal);
    }
}

public class HtmlAndFrontMatterTests
{
    [Fact]
    public void Html_keeps_visible_text_only_and_reads_the_head()
    {
        var html = """
            <html><head><title>Talks resume</title><link rel="canonical" href="https://example.org/talks">
            <meta property="article:published_time" content="2019-06-14T08:00:00Z"><style>p{color:red}</style></head>
            <body><script>var x = "India attacked China";</script><h1>Talks resume</h1>
            <p>In 2019 India and China held talks.</p><p hidden>Hidden text.</p><noscript>Enable scripts</noscript>
            <ul><li>First point</li><li>Second point</li></ul></body></html>
            """;
        var (metadata, text) = HtmlTextExtractor.Extract(html);
        Assert.Equal("Talks resume", metadata.Title);
        Assert.Equal("https://example.org/talks", metadata.Url);
        Assert.Equal("2019-06-14", metadata.Published?.ToIsoString());
        Assert.DoesNotContain("attacked", text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Enable", text, StringComparison.Ordinal);
        Assert.Contains("In 2019 India and China held talks.", text, StringComparison.Ordinal);
        Assert.Contains("First point\nSecond point", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_gives_title_url_and_date_and_is_not_part_of_the_text()
    {
        var (metadata, body) = FrontMatter.Split("---\ntitle: A history\nurl: https://example.org/a\ndate: 2021-03-04\n---\nBody text.\n");
        Assert.Equal(("A history", "https://example.org/a", "2021-03-04"), (metadata.Title, metadata.Url, metadata.Published?.ToIsoString()));
        Assert.Equal("Body text.\n", body);
    }

    [Fact]
    public void Text_without_front_matter_is_left_alone()
    {
        var (metadata, body) = FrontMatter.Split("--- not front matter\nBody.");
        Assert.Null(metadata.Title);
        Assert.Equal("--- not front matter\nBody.", body);
    }
}

public sealed class DocumentReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Markdown_is_read_as_plain_text()
    {
        var path = _dir.Write("note.md", "---\ntitle: Note\n---\n# Heading\n\nIn 1999 **India** tested [missiles](http://x.org).\n");
        var read = new DocumentReader().Read(path);
        Assert.True(read.Ok);
        Assert.Equal("Note", read.Document!.Metadata.Title);
        Assert.Contains("In 1999 India tested missiles.", read.Document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", read.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused_with_one_clear_reason()
    {
        Assert.Equal("empty file", new DocumentReader().Read(_dir.Write("empty.txt", string.Empty)).Problem);
        Assert.Equal("no text in it", new DocumentReader().Read(_dir.Write("blank.txt", " \n\t\n")).Problem);
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        Assert.Equal("no such file", new DocumentReader().Read(_dir.File("nope.txt")).Problem);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = _dir.File("big.txt");
        File.WriteAllBytes(path, new byte[3 * 1024 * 1024]);
        var read = new DocumentReader(maxBytes: 1024 * 1024).Read(path);
        Assert.StartsWith("too large (3.0 MB", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_hash_depends_on_the_text_only()
    {
        var a = new DocumentReader().Read(_dir.Write("a.txt", "Same words."));
        var b = new DocumentReader().Read(_dir.Write("sub/b.txt", "Same words."));
        Assert.Equal(a.Document!.ContentHash, b.Document!.ContentHash);
    }

    public void Dispose() => _dir.Dispose();
}
