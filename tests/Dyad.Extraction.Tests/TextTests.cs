using Dyad.Extraction.Text;
using Dyad.Testing;

namespace Dyad.Extraction.Tests;

public class TextNormalizerTests
{
    [Fact]
    public void Folds_case_quotes_dashes_and_spaces_without_moving_offsets()
    {
        var text = "Moscow\u2019s \u201Cthaw\u201D\u2014in 1956\u00A0\u2013 began";
        var folded = new TextNormalizer().Fold(text);
        Assert.Equal(text.Length, folded.Folded.Length);
        Assert.Equal("moscow's \"thaw\"-in 1956 - began", new string(folded.Folded));
    }

    [Theory]
    [InlineData("the war.[41][42] Then", "the war.         then")]
    [InlineData("Georgia[7] and Peru", "georgia    and peru")]
    [InlineData("it was held[citation needed] in May", "it was held                  in may")]
    [InlineData("the envoy[lower-alpha 1] left", "the envoy                left")]
    [InlineData("the moment possible.3\nOver the", "the moment possible. \nover the")]
    public void Reference_marks_and_footnote_numbers_become_spaces(string text, string expected)
    {
        var folded = new TextNormalizer().Fold(text);
        Assert.Equal(expected, new string(folded.Folded));
    }

    [Theory]
    [InlineData("a credit [amounting to] 1.5 billion")]
    [InlineData("the Republic of China [ROC] said")]
    [InlineData("the report [1998] said")]
    [InlineData("grew by 4.5 per cent")]
    [InlineData("Article No.3 of the treaty")]
    public void Editorial_brackets_years_and_numbers_stay(string text) =>
        Assert.Equal(text.ToLowerInvariant(), new string(new TextNormalizer().Fold(text).Folded));
}

public class TokenizerTests
{
    private static List<string> Tokens(string text)
    {
        var lexicons = TestLexicons.Instance;
        var folded = new TextNormalizer().Fold(text);
        var tokens = new List<Token>();
        lexicons.Tokenizer.Tokenize(folded, 0, text.Length, tokens);
        return tokens.Select(t => text.Substring(t.Start, t.Length)).ToList();
    }

    [Fact]
    public void Splits_hyphenated_compounds_so_combining_forms_are_seen()
    {
        Assert.Equal(["the", "Sino", "-", "Indian", "border"], Tokens("the Sino-Indian border"));
    }

    [Fact]
    public void Splits_possessives_and_negations()
    {
        Assert.Equal(["Delhi", "'s", "envoy", "did", "n't", "go"], Tokens("Delhi's envoy didn't go"));
        Assert.Equal(["the", "Soviets", "\u2019", "plan"], Tokens("the Soviets\u2019 plan"));
    }

    [Fact]
    public void Keeps_dotted_abbreviations_titles_and_initials_whole()
    {
        Assert.Equal(["the", "U.S.", "envoy", "Mr.", "Rao", "met", "A.", "B.", "Singh"], Tokens("the U.S. envoy Mr. Rao met A. B. Singh"));
    }

    [Fact]
    public void Separates_a_year_glued_to_a_word_but_keeps_decades_and_ordinals()
    {
        Assert.Equal(["his", "1961", "visit"], Tokens("his 1961visit"));
        Assert.Equal(["the", "1990s", "and", "the", "12th", "summit"], Tokens("the 1990s and the 12th summit"));
        Assert.Equal(["$", "2,500", "and", "3.75", "%"], Tokens("$2,500 and 3.75%"));
    }
}

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text)
    {
        var lexicons = TestLexicons.Instance;
        var splitter = new SentenceSplitter(lexicons.Abbreviations, lexicons.SentenceStarters);
        var folded = new TextNormalizer().Fold(text);
        return splitter.Split(folded).Select(s => s.TextOf(text)).ToList();
    }

    [Fact]
    public void Titles_initials_and_decimals_do_not_end_sentences()
    {
        Assert.Equal(
            ["Mr. Rao and Dr. J. K. Menon met in 1962.", "Trade grew by 4.5 per cent."],
            Sentences("Mr. Rao and Dr. J. K. Menon met in 1962. Trade grew by 4.5 per cent."));
    }

    [Fact]
    public void Dotted_abbreviations_end_a_sentence_only_before_a_sentence_start()
    {
        Assert.Equal(
            ["The U.S. Navy sailed.", "It returned, i.e. it came back to the U.S.", "Then it left."],
            Sentences("The U.S. Navy sailed. It returned, i.e. it came back to the U.S. Then it left."));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        Assert.Equal(["\u201CWe will not yield.\u201D", "The minister left."], Sentences("\u201CWe will not yield.\u201D The minister left."));
    }

    [Fact]
    public void Line_breaks_end_headings_but_not_hard_wrapped_prose()
    {
        Assert.Equal(["A Heading", "First line of a paragraph."], Sentences("A Heading\nFirst line of a paragraph."));
        var wrapped = string.Join("\n",
            "In the autumn of that year the two delegations met in the capital and",
            "agreed on a timetable for talks that would run into the following spring,",
            "when the ministers themselves were expected to sign the final text of the",
            "accord in front of the press and the diplomatic corps of both countries.",
            "",
            "A second paragraph starts here.");
        var sentences = Sentences(wrapped);
        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("In the autumn", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_stop_glued_to_the_next_sentence_still_ends_one()
    {
        Assert.Equal(["Nepal joined the pact in 1951.", "In 1952 Bhutan followed."], Sentences("Nepal joined the pact in 1951.In 1952 Bhutan followed."));
        Assert.Equal(["It was signed in the US.", "Peru joined later."], Sentences("It was signed in the US.Peru joined later."));
        Assert.Equal(["The U.S.Army and Mr.Rao left Lima."], Sentences("The U.S.Army and Mr.Rao left Lima."));
    }

    [Fact]
    public void Reference_marks_before_a_capital_end_the_sentence()
    {
        Assert.Equal(["Chile attacked Peru.", "The talks failed."], Sentences("Chile attacked Peru.[12][13] The talks failed."));
    }

    [Fact]
    public void A_line_broken_mid_sentence_is_joined_to_its_lower_case_continuation()
    {
        Assert.Equal(["Chile and Peru signed a treaty that\nended the war.", "Then they left."],
            Sentences("Chile and Peru signed a treaty that\nended the war.\nThen they left."));
        Assert.Equal(["The war was fought by\n\nthe two neighbours."], Sentences("The war was fought by\n\nthe two neighbours."));
        Assert.Equal(["A Heading", "o Peru withdrew its troops."], Sentences("A Heading\no Peru withdrew its troops."));
    }

    [Fact]
    public void Furniture_lines_yield_no_sentence_and_a_dateline_is_left_out()
    {
        var lexicons = TestLexicons.Instance;
        var splitter = new SentenceSplitter(lexicons.Abbreviations, lexicons.SentenceStarters, lexicons.Furniture);
        const string text = "Advertisement\n\nBy ANNA KOWALSKA\n\nLIMA -- Chile and Peru signed a treaty on their border on Tuesday.\n\nShare";
        var sentences = splitter.Split(new TextNormalizer().Fold(text)).Select(s => s.TextOf(text));
        Assert.Equal(["Chile and Peru signed a treaty on their border on Tuesday."], sentences);
    }

    [Fact]
    public void A_huge_unpunctuated_line_is_cut_into_bounded_pieces()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 5000));
        var sentences = Sentences(text);
        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.True(s.Length <= SentenceSplitter.MaxSentenceLength));
    }
}
