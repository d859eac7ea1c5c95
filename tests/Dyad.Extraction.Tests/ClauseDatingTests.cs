namespace Dyad.Extraction.Tests;

/// <summary>Clauses joined by a comma, dates hung on their verb, ranges and places (texts written for these tests).</summary>
public class ClauseDatingTests
{
    [Fact]
    public void A_headline_in_the_present_tells_the_news_of_its_publication_day()
    {
        const string title = "Chile praises Peru over border deal";
        Assert.Equal(["CHL>PER 051 2019-03-04"], Coding.Render(title + "\n\nOfficials in Santiago spoke warmly of the neighbour.\n", "2019-03-04", title));
        Assert.Equal(["CHL>PER 051"], Coding.Render("Chile praised Peru over the border deal\n\nOfficials in Santiago spoke warmly of the neighbour.\n", "2019-03-04", "Chile praised Peru over the border deal"));
    }

    [Fact]
    public void A_timeline_entry_stands_at_its_label_not_at_the_dates_it_talks_about() =>
        Assert.Contains("CHL>PER 114 1995-07-14", Coding.Render(
            "Chile and Peru clashed in May 1995.\n\n12 July: Peru says the Chile of 1995 is different from 1879, when it fought a war with Peru.\n\n14 July: Chile protests to Peru.\n"));

    [Fact]
    public void A_comma_between_two_finite_clauses_gives_each_its_own_subject_and_date()
    {
        var events = Coding.Render("Allende visited Peru in June 1971, Velasco visited Chile in May 1972.");
        Assert.Contains("CHL>PER 042 1971-06", events);
        Assert.Contains("PER>CHL 042 1972-05", events);
    }

    [Fact]
    public void The_date_on_a_coordinated_verb_is_that_verbs() =>
        Assert.Contains("PER>CHL 042 1972-05", Coding.Render("Allende visited Peru in June 1971 and Velasco visited Chile in May 1972."));

    [Fact]
    public void A_yearless_day_takes_the_year_closing_its_range() =>
        Assert.Contains("CHL>PER 042 1991-03-10", Coding.Render("March 10-12, 1991: Chilean President Aylwin visits Peru."));

    [Fact]
    public void A_place_that_names_no_one_leaves_the_other_party_to_the_story()
    {
        var events = Coding.Render("Chile and Peru have long disputed their border. Peru and Chile signed a pact in 1929. In 1995 Peru amassed troops along the border.");
        Assert.Contains("PER>CHL 154 1995", events);
    }
}
