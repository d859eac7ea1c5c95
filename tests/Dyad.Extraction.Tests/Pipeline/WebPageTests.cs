namespace Dyad.Extraction.Tests;

/// <summary>Documents as the web gives them: furniture yields nothing, a headline restating the body is coded once.</summary>
public class WebPageTests
{
    [Fact]
    public void A_headline_that_restates_the_body_is_coded_once_in_the_body()
    {
        const string page = "Chile and Peru sign border treaty\n\nIn 1993 Chile and Peru signed a border treaty in Lima.";
        Assert.Equal(["CHL~PER 057 1993"], Coding.Render(page));
    }

    [Fact]
    public void The_title_repeated_as_the_first_line_is_a_heading()
    {
        const string title = "Chile criticises Peru.";
        Assert.Equal(["CHLGOV>PER 111 1993-09-07"], Coding.Render(title + "\n\nThe Chilean government criticised Peru on Tuesday.", "1993-09-07", title));
    }

    [Fact]
    public void A_dated_report_codes_its_headline_once_with_the_bodys_date()
    {
        const string page = "Chile and Peru sign border treaty\n\nLIMA -- Chile and Peru signed a border treaty on Monday after long talks.";
        Assert.Equal(["CHL~PER 057 1993-09-06"], Coding.Render(page, "1993-09-07"));
    }

    [Fact]
    public void A_heading_whose_event_the_body_does_not_restate_keeps_it()
    {
        const string page = "Chile criticises Peru\n\nThe two ministers met in Lima on Tuesday.";
        Assert.Contains("CHL>PER 111", Coding.Render(page));
    }

    [Fact]
    public void A_dated_caption_of_another_year_than_the_bodys_events_is_its_own_event()
    {
        const string page = "In this file photo taken on May 2, 2009, the Chilean president meets the Peruvian president in Lima.\n\n" +
            "In 1993 Chile and Peru held talks in Lima.";
        var events = Coding.Render(page);
        Assert.Contains(events, e => e.EndsWith(" 2009-05-02", StringComparison.Ordinal));
        Assert.Contains(events, e => e.EndsWith(" 1993", StringComparison.Ordinal));
    }

    [Fact]
    public void Bylines_stamps_and_credits_yield_no_events_or_dates()
    {
        const string page = "Advertisement\n\nBy PERU CHILE\n\nPublished: 3 May 2001\n\nChile criticised Peru.\n\n(Photo: Chile Peru Agency)";
        Assert.Equal(["CHL>PER 111"], Coding.Render(page));
    }

    [Fact]
    public void The_dateline_city_is_not_an_actor_of_its_sentence()
    {
        Assert.Equal(["CHL>BOL 111 1993"], Coding.Render("LIMA, Peru (AP) - In 1993 Chile criticised Bolivia in a long statement."));
    }

    [Fact]
    public void A_captions_date_does_not_move_the_story()
    {
        const string page = "In 1962 Chile recognised Peru.\n\nIn this photo taken on May 2, 2009, the two presidents shake hands.\n\nPeru then criticised Chile.";
        Assert.Equal(["CHL>PER 054 1962", "PER>CHL 111 1962"], Coding.Render(page));
    }
}
