using Dyad.Extraction.Text;
using Dyad.Testing;

namespace Dyad.Extraction.Tests;

public class DocumentLayoutTests
{
    private static List<(LineKind Kind, string Text)> Lines(string text, string? title = null)
    {
        var folded = new TextNormalizer().Fold(text);
        var layout = DocumentLayout.Analyze(folded, TestLexicons.Instance.Furniture, title);
        return [.. layout.Lines.Where(l => l.Kind != LineKind.Blank).Select(l => (l.Kind, text[l.TextStart..l.End]))];
    }

    private static LineKind KindOf(string line, string context = "The ministers of both countries met in the capital and agreed on a plan.") =>
        Lines(line + "\n\n" + context)[0].Kind;

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Share this article")]
    [InlineData("Read more")]
    [InlineData("By ANNA KOWALSKA")]
    [InlineData("By Tomas Ruiz and Mei Lin")]
    [InlineData("Reporting by Omar Haddad; Editing by Jo Park")]
    [InlineData("Published: 12 March 2015")]
    [InlineData("Updated 2016-04-02 10:31")]
    [InlineData("Posted: Jun 3, 2011 08:15 PM")]
    [InlineData("Copyright 2014 The Daily Courier")]
    [InlineData("© 2020 Example Media. All rights reserved.")]
    [InlineData("Preferred citation: R. Varga, \"Border Talks\", Review 4 (2001)")]
    [InlineData("Archive of the mission, [Accessed : 4 May 2010]")]
    [InlineData("Home > World > Asia")]
    [InlineData("https://example.org/news/2015/border-talks")]
    [InlineData("chile-and-peru-sign-border-treaty")]
    [InlineData("(Photo: Lena Marsh / Example Agency)")]
    [InlineData("Photograph: Lena Marsh/Example")]
    [InlineData("Lena Marsh, Staff Writer")]
    [InlineData("5 min read")]
    [InlineData("This article is more than 4 years old")]
    public void Known_furniture_lines_are_set_aside(string line) => Assert.Equal(LineKind.Furniture, KindOf(line));

    [Theory]
    [InlineData("By 1990 the two states had restored relations.")]
    [InlineData("Published reports say the talks failed in March.")]
    [InlineData("Share prices fell when Chile recalled its ambassador.")]
    public void Prose_that_starts_like_furniture_stays_prose(string line) => Assert.Equal(LineKind.Body, KindOf(line));

    [Theory]
    [InlineData("Chile and Peru sign border pact")]
    [InlineData("Talks in Lima")]
    [InlineData("== Background ==")]
    public void Short_lines_without_a_full_stop_are_headings(string line) => Assert.Equal(LineKind.Heading, KindOf(line));

    [Fact]
    public void The_title_repeated_in_the_body_is_a_heading_even_with_a_full_stop()
    {
        const string title = "Chile and Peru agree to end a long quarrel over their maritime border after years of talks.";
        Assert.Equal(LineKind.Heading, Lines(title + "\n\nThe two governments signed the text on Monday.", title)[0].Kind);
    }

    [Fact]
    public void A_short_last_line_is_a_cut_sentence_not_a_heading()
    {
        var lines = Lines("Chile and Peru held talks in Lima on Monday.\nThe two ministers then signed a");
        Assert.Equal(LineKind.Body, lines[^1].Kind);
    }

    [Theory]
    [InlineData("In this photo taken on May 2, 2009, the two presidents shake hands in Lima.")]
    [InlineData("The two presidents shake hands in Lima. Photograph: Lena Marsh/Example")]
    [InlineData("The two presidents during a state dinner in Lima, May 2, 2009. (Example Library)")]
    public void Photo_captions_are_told_from_prose(string line) => Assert.Equal(LineKind.Caption, KindOf(line));

    [Theory]
    [InlineData("LIMA -- Chile and Peru signed a treaty on their maritime border on Tuesday.", "Chile and Peru")]
    [InlineData("SANTIAGO, Chile (Reuters) - The two governments agreed on Tuesday to reopen the border.", "The two")]
    [InlineData("QUITO (AP) — The foreign ministers of both states met in the capital for talks.", "The foreign")]
    [InlineData("Lima: The foreign ministers of both states met in the capital for two days.", "The foreign")]
    [InlineData("Quito - The foreign ministers of both states met in the capital for two days.", "The foreign")]
    [InlineData("Lima | Andes News Desk: The foreign ministers of both states met in the capital.", "The foreign")]
    public void A_dateline_is_cut_off_the_first_paragraph(string line, string textStart) =>
        Assert.StartsWith(textStart, Lines(line)[0].Text, StringComparison.Ordinal);

    [Fact]
    public void Only_the_opening_paragraphs_have_a_dateline()
    {
        var lines = Lines("The two ministers met in the capital for a long day of talks.\nThey spoke to the press after the meeting ended.\n"
            + "LIMA: Peru said on Tuesday that it had accepted the offer of talks.");
        Assert.StartsWith("LIMA:", lines[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_inside_a_name_is_no_dateline()
    {
        Assert.StartsWith("US-Chile", Lines("US-Chile trade talks collapsed after the two sides failed to agree on tariffs.")[0].Text, StringComparison.Ordinal);
    }
}
