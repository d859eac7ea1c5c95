namespace Dyad.Extraction.Tests;

public class TimeTests
{
    private static string DateOf(string text) => Coding.Render(text).Single().Split(' ')[2];

    [Theory]
    [InlineData("On May 1, 1962, India recognised Algeria.", "1962-05-01")]
    [InlineData("On 14th August, 1962, India recognised Algeria.", "1962-08-14")]
    [InlineData("India recognised Algeria in April 1962.", "1962-04")]
    [InlineData("India recognised Algeria in 1962.", "1962")]
    [InlineData("In the summer of 1962 India recognised Algeria.", "1962")]
    public void Reads_full_and_partial_dates(string text, string expected) => Assert.Equal(expected, DateOf(text));

    [Theory]
    [InlineData("Iraq fought a war against Iran from 1980 to 1988.", "1980/1988")]
    [InlineData("Iraq fought a war against Iran in 1980-1988.", "1980/1988")]
    [InlineData("In the 1980s Iraq fought a war against Iran.", "1980/1989")]
    [InlineData("During the decade of 1980s Iraq fought a war against Iran.", "1980/1989")]
    public void Reads_spans_and_decades(string text, string expected) => Assert.Equal(expected, DateOf(text));

    [Theory]
    [InlineData("Egypt hosted Tito in 1961. The following year, India visited Egypt.", "1962")]
    [InlineData("Egypt hosted Tito in March 1961. Later that summer, India visited Egypt.", "1961")]
    [InlineData("Egypt hosted Tito in 1961. Six years later, India visited Egypt.", "1967")]
    public void Resolves_relative_expressions_against_the_running_date(string text, string expected) =>
        Assert.Equal(expected, Coding.Render(text).Last().Split(' ')[2]);

    [Fact]
    public void A_counted_span_that_lands_after_the_writing_gives_no_date()
    {
        var events = Coding.Events("In 1990 Chile signed a treaty with Peru. 300 years later, Chile attacked Peru.");
        Assert.All(events, e => Assert.True(e.When is not { } when || when.Start.Year <= DateTime.UtcNow.Year, e.ToString()));
        Assert.All(Coding.Render("In 1990 Chile signed a treaty with Peru. Twenty years later, Chile attacked Peru.", "2005"),
            e => Assert.DoesNotContain(" 2010", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_back_from_a_date_in_the_same_sentence()
    {
        var rendered = Coding.Render("In 2010, Manmohan Singh visited Dhaka, the first such visit since Narasimha Rao's trip 15 years earlier.");
        Assert.Contains("IND>BGD 042 2010", rendered);
        Assert.Contains("IND>BGD 042 1995", rendered);
    }

    [Fact]
    public void Dates_by_well_known_anchors()
    {
        Assert.Equal("2001", DateOf("Following 9/11, Uzbekistan offered military assistance to the United States.")[..4]);
        Assert.Equal("1989", DateOf("After the fall of the Berlin Wall, Hungary joined the Council of Europe.")[..4]);
    }

    [Fact]
    public void After_a_span_the_event_takes_the_span_end()
    {
        var mediation = Coding.Render("The Soviet premier mediated between India and Pakistan after their 1965-1966 war.").First();
        Assert.Equal("RUS>IND 045 1966", mediation);
    }

    [Fact]
    public void The_publication_date_is_never_used_as_an_event_date()
    {
        var events = Dyad.Testing.TestLexicons.NewPipeline().Extract("Japan recognised Mongolia.", "hash", publishedYear: 2020).Events;
        Assert.Null(Assert.Single(events).When);
    }

    [Fact]
    public void Their_after_between_two_states_is_the_pair_and_their_war_keeps_its_own_span()
    {
        Assert.Equal(["DZA>IRN 045 1988", "DZA>IRQ 045 1988", "IRN~IRQ 190 1980/1988"],
            Coding.Render("Algeria mediated between Iran and Iraq after their 1980-1988 war."));
    }

    [Fact]
    public void A_list_of_dates_after_a_verb_gives_one_event_per_date()
    {
        Assert.Equal(["IND>USA 042 1982-04", "IND>USA 042 1985-06"], Coding.Render("Rajiv's mother Indira Gandhi visited Washington twice; April 1982 and June 1985."));
    }

    [Fact]
    public void A_date_in_a_later_clause_with_its_own_subject_is_not_the_earlier_events_date()
    {
        Assert.Equal(["CHN>NPL 051 1958", "NPL>CHN 051 1958", "NPL>CHN 042 1961-05"],
            Coding.Render("China praised Nepal in 1958. Nepal welcomed the praise and in the following years, King Mahendra visited Beijing in May 1961."));
        Assert.Equal(["CHN>NPL 042 1961-05", "CHN~NPL 057 1961-05"], Coding.Render("In 1958 little happened. Zhou visited Nepal and signed a treaty in May 1961."));
    }

    [Fact]
    public void A_date_opening_a_later_clause_before_its_subject_belongs_to_that_clause()
    {
        Assert.Equal(["CHN>NPL 051 1958", "NPL>CHN 110 1958", "NPL>CHN 051 1961"],
            Coding.Render("China praised Nepal in 1958. Nepal opposed China, and in 1961 it praised China."));
    }

    [Fact]
    public void A_present_perfect_event_with_no_date_of_its_own_does_not_move_the_running_date()
    {
        const string text = "In 1979 Nepal recognised Bhutan. Nepal has criticised Bhutan. Nepal then hosted Bhutanese officials.";
        var events = Dyad.Testing.TestLexicons.NewPipeline().Extract(text, "hash", publishedYear: 2021).Events;
        Assert.Equal(["NPL>BTN 054 1979", "NPL>BTN 111 2021", "NPL>BTNGOV 043 1979"], events.Select(Coding.Render));
    }

    [Fact]
    public void The_time_of_writing_takes_the_publication_year_or_nothing_never_the_running_date()
    {
        const string text = "In 1979 Nepal recognised Bhutan. Recently, Nepal has criticised Bhutan.";
        var undated = Dyad.Testing.TestLexicons.NewPipeline().Extract(text, "hash").Events;
        Assert.Equal(["NPL>BTN 054 1979", "NPL>BTN 111"], undated.Select(Coding.Render));
        var published = Dyad.Testing.TestLexicons.NewPipeline().Extract(text, "hash", publishedYear: 2021).Events;
        Assert.Equal(["NPL>BTN 054 1979", "NPL>BTN 111 2021"], published.Select(Coding.Render));
    }

    [Fact]
    public void A_running_date_outside_a_leaders_tenure_is_not_used()
    {
        Assert.Equal(["IND>PAK 042 1960", "PAK>RUS 111"], Coding.Render("In 1960 Nehru visited Pakistan. Imran Khan criticised Russia."));
    }

    [Fact]
    public void Present_perfect_habits_and_organisations_outside_their_lifetime_do_not_take_the_running_date()
    {
        Assert.Equal(["NPL>BTN 054 1979", "NPL>BTN 051"], Coding.Render("In 1979 Nepal recognised Bhutan. Nepal has praised Bhutan."));
        Assert.Equal(["NPL>BTN 054 1979", "IND>NPL 072"], Coding.Render("In 1979 Nepal recognised Bhutan. India traditionally supplied arms to Nepal."));
        Assert.Equal(["NPL>BTN 054 1979", "NPL>SCO 057"], Coding.Render("In 1979 Nepal recognised Bhutan. Nepal joined the SCO."));
    }

    [Fact]
    public void A_happening_named_in_passing_does_not_move_the_running_date()
    {
        Assert.Equal(["CHL>PER 054 1971", "PER>CHL 111 1971"],
            Coding.Render("In 1971 Chile recognised Peru. It was the largest surrender after World War II. Peru then criticised Chile."));
    }

    [Fact]
    public void What_a_state_of_affairs_dates_from_does_not_move_the_running_date()
    {
        Assert.Equal(["CHL>PER 054 1962", "PER~BOL 190 1965", "PER>CHL 111 1962"],
            Coding.Render("In 1962 Chile recognised Peru. Cut off from aid since the war with Bolivia in 1965, Peru feels isolated. Peru then criticised Chile."));
    }

    [Fact]
    public void A_date_between_the_actors_and_the_trigger_dates_the_event()
    {
        Assert.Equal(["CHL>PER 054 1960", "PER>CHL 042 1965-04"], Coding.Render(
            "Chile recognised Peru in 1960. In the following years, the Peruvian president visited Santiago in April 1965, the first visit of a Peruvian leader to Chile."));
    }

    [Fact]
    public void Areas_and_quantities_are_not_years()
    {
        Assert.Equal(["CHL>PER 054 1960", "PER>CHL 0874 1960"], Coding.Render("Chile recognised Peru in 1960. Peru surrendered 2050 sqmi of territory to Chile."));
    }
}
