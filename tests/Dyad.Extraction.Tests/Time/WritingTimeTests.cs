namespace Dyad.Extraction.Tests;

/// <summary>The publication date resolves what counts from the time of writing; it never dates what the text leaves undated.</summary>
public class WritingTimeTests
{
    // 1993-09-07 was a Tuesday.
    private const string Tuesday = "1993-09-07";

    [Theory]
    [InlineData("Chile recognised Peru yesterday.", "CHL>PER 054 1993-09-06")]
    [InlineData("Chile recognised Peru today.", "CHL>PER 054 1993-09-07")]
    [InlineData("Chile recognised Peru on Tuesday.", "CHL>PER 054 1993-09-07")]
    [InlineData("Chile recognised Peru on Friday.", "CHL>PER 054 1993-09-03")]
    [InlineData("Chile recognised Peru last Tuesday.", "CHL>PER 054 1993-08-31")]
    [InlineData("Chile recognised Peru last week.", "CHL>PER 054 1993-08")]
    [InlineData("Chile recognised Peru last month.", "CHL>PER 054 1993-08")]
    [InlineData("Chile recognised Peru last year.", "CHL>PER 054 1992")]
    [InlineData("Chile recognised Peru earlier this year.", "CHL>PER 054 1993")]
    [InlineData("Chile recognised Peru three years ago.", "CHL>PER 054 1990")]
    [InlineData("Chile recognised Peru last April.", "CHL>PER 054 1993-04")]
    [InlineData("Chile recognised Peru last October.", "CHL>PER 054 1992-10")]
    public void Expressions_of_the_time_of_writing_count_from_the_publication_date(string text, string expected) =>
        Assert.Equal([expected], Coding.Render(text, Tuesday));

    [Fact]
    public void A_report_dated_only_by_its_month_keeps_the_month()
    {
        Assert.Equal(["CHL>PER 054 1993-09"], Coding.Render("Chile recognised Peru on Monday.", "1993-09"));
    }

    [Theory]
    [InlineData("On March 18 Chile recognised Peru.", "1985-04", "CHL>PER 054 1985-03-18")]
    [InlineData("On April 2 Chile recognised Peru.", "1985-04", "CHL>PER 054 1985-04-02")]
    [InlineData("On December 12 Chile recognised Peru.", "1985-04", "CHL>PER 054 1984-12-12")]
    [InlineData("On Aug. 16 Chile recognised Peru.", "1988-10-01", "CHL>PER 054 1988-08-16")]
    public void A_date_without_a_year_takes_the_publication_year_or_the_year_before(string text, string published, string expected) =>
        Assert.Equal([expected], Coding.Render(text, published));

    [Fact]
    public void A_date_just_narrated_governs_a_date_without_a_year()
    {
        Assert.Equal(["CHL>PER 054 1962-10-20", "PER>CHL 111 1962-10-23"],
            Coding.Render("On October 20, 1962, Chile recognised Peru. On October 23, Peru criticised Chile.", "2010-05-01"));
    }

    [Fact]
    public void Without_a_publication_date_they_date_nothing()
    {
        Assert.Equal(["CHL>PER 054"], Coding.Render("Chile recognised Peru on Tuesday."));
        Assert.Equal(["CHL>PER 054"], Coding.Render("Chile recognised Peru last year."));
    }

    [Fact]
    public void The_publication_date_never_dates_an_undated_statement()
    {
        Assert.Equal(["CHL>PER 054"], Coding.Render("Chile recognised Peru.", Tuesday));
        Assert.Equal(["CHL>PER 054 1962", "PER>CHL 111"], Coding.Render("In 1962 Chile recognised Peru. A dozen sentences of history follow. "
            + string.Concat(Enumerable.Repeat("Nothing happened then. ", 14)) + "Peru criticised Chile.", Tuesday));
    }

    [Fact]
    public void Good_Friday_is_a_name_not_a_day()
    {
        Assert.Equal(["CHL>PER 057"], Coding.Render("Chile and Peru signed the Good Friday treaty.", Tuesday).Select(e => e.Replace('~', '>')).ToList());
    }

    [Fact]
    public void A_weekday_after_a_future_word_is_the_next_one()
    {
        Assert.Equal(["CHL~PER 036 1993-09-10 hyp"], Coding.Render("Chile said it would meet Peru on Friday.", Tuesday));
    }

    [Theory]
    [InlineData("The Chilean president is arriving in Peru tomorrow.")]
    [InlineData("The Chilean president visits Peru next week.")]
    [InlineData("The Chilean president visits Peru later this year.")]
    public void An_event_dated_after_the_writing_is_a_plan(string text) =>
        Assert.EndsWith(" hyp", Assert.Single(Coding.Render(text, Tuesday)), StringComparison.Ordinal);

    [Fact]
    public void A_month_after_a_plan_word_is_the_coming_one()
    {
        Assert.Equal(["CHL>PER 036 1994-03 hyp"], Coding.Render("Chile invited Peru's president to visit in March.", "1994-01-12")
            .Where(e => e.Contains("036", StringComparison.Ordinal)).ToList());
    }
}
