using Dyad.Ingestion.Reading;
using Dyad.Storage;
using Dyad.Storage.Sqlite;
using Dyad.Testing;

namespace Dyad.Ingestion.Tests;

/// <summary>Inputs that once crashed a whole run: each is read, or refused alone, and the batch goes on.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("---\n---\nPakistan attacked India in 1965.\n")]
    [InlineData("---\n\n---\nPakistan attacked India in 1965.\n")]
    [InlineData("---\n---")]
    public void Empty_front_matter_is_no_metadata_and_the_body_is_read(string text)
    {
        var (metadata, body) = FrontMatter.Split(text);
        Assert.Null(metadata.Title);
        Assert.DoesNotContain("---", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> ", 1000)]
    [InlineData("[", 2000)]
    [InlineData("*a ", 5000)]
    [InlineData("_a ", 5000)]
    [InlineData("- ", 2000)]
    public void Deeply_nested_markdown_is_read_as_plain_text(string unit, int times)
    {
        var path = _dir.Write("deep.md", string.Concat(Enumerable.Repeat(unit, times)) + " Pakistan attacked India in 1965.\n");
        var read = new DocumentReader().Read(path);
        Assert.True(read.Ok, read.Problem);
        Assert.Contains("Pakistan attacked India in 1965.", read.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_too_deep_for_the_parser_says_so_in_a_warning()
    {
        var read = new DocumentReader().Read(_dir.Write("quotes.md", string.Concat(Enumerable.Repeat("> ", 1000)) + "India met Nepal in 1950."));
        Assert.Contains("plain text", read.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_once_aborted_a_run_are_each_stored_and_the_files_after_them_too()
    {
        _dir.Write("corpus/a-empty-front-matter.txt", "---\n---\nPakistan attacked India in 1965.");
        _dir.Write("corpus/b-deep.md", string.Concat(Enumerable.Repeat("> ", 1000)) + "China invaded Vietnam in 1979.");
        _dir.Write("corpus/c-brackets.md", new string('[', 2000) + "\n\nIraq invaded Kuwait in 1990.");
        _dir.Write("corpus/d-decade-after.txt", "Egypt signed a treaty with Israel in 1979 and the decade after\nIndia met Pakistan in the years after");
        _dir.Write("corpus/e-good.txt", "In 1972 Nixon visited China.");
        using var store = new SqliteEventStore(_dir.File("dyad.db"));
        var summary = new IngestService(TestLexicons.Instance, store).Run([_dir.File("corpus")], new IngestOptions { Workers = 2 });
        Assert.Equal((5, 0, 0), (summary.Ingested, summary.Failed, summary.Skipped));
        Assert.Equal(0, summary.ExitCode);
        var pairs = store.QueryEvents(new EventQuery()).Select(e => $"{e.Source}>{e.Target}").ToHashSet();
        Assert.Superset(new HashSet<string> { "PAK>IND", "CHN>VNM", "IRQ>KWT", "EGY>ISR", "USA>CHN" }, pairs);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void Deeply_nested_html_is_read_without_overflowing_the_stack(int depth)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", depth)) + "Pakistan attacked India in 1965."
                   + string.Concat(Enumerable.Repeat("</span></div>", depth)) + "<p>India met Nepal in 1950.</p></body></html>";
        var (_, text) = HtmlTextExtractor.Extract(html);
        Assert.Equal("Pakistan attacked India in 1965.\n\nIndia met Nepal in 1950.", text);
    }

    [Fact]
    public void Unclosed_and_stray_tags_at_depth_keep_the_text_and_hide_what_is_hidden()
    {
        // Stray end tags that close nothing, never-closed divs and a hidden block that an outer end tag closes.
        var html = string.Concat(Enumerable.Repeat("<div>", 50_000)) + string.Concat(Enumerable.Repeat("</span>", 50_000))
                   + "<section><p hidden>Secret <b>words</b></section>Pakistan attacked India in 1965. <script>if (a<b) { x = '</div>' }</script>"
                   + "<style>div { }</style>Tom &amp; Jerry&#33;";
        var (_, text) = HtmlTextExtractor.Extract(html);
        Assert.Equal("Pakistan attacked India in 1965. Tom & Jerry!", text);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    public void Deeply_nested_front_matter_is_set_aside_and_the_body_is_read(string open, string close)
    {
        var yaml = "title: " + string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000));
        var (metadata, body) = FrontMatter.Split($"---\n{yaml}\n---\nPakistan attacked India in 1965.\n");
        Assert.Null(metadata.Title);
        Assert.Equal("Pakistan attacked India in 1965.\n", body);
    }

    [Fact]
    public void Nested_front_matter_values_are_skipped_and_the_flat_ones_kept()
    {
        var (metadata, _) = FrontMatter.Split("---\ntags: [a, [b, {c: d}]]\nauthors:\n  - name: X\ntitle: Kept\ndate: 2001-02-03\n---\nBody.\n");
        Assert.Equal(("Kept", "2001-02-03"), (metadata.Title, metadata.Published?.ToIsoString()));
    }

    public void Dispose() => _dir.Dispose();
}
