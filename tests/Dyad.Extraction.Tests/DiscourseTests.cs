namespace Dyad.Extraction.Tests;

/// <summary>Parties a sentence leaves implicit, supplied by the sentence or the document (texts written for these tests).</summary>
public class DiscourseTests
{
    [Fact]
    public void The_object_of_an_act_asked_for_is_not_the_asker()
    {
        // The committee asks; Peru is whom the help is for, in the sentence and as the story's other state alike.
        var events = Coding.Render("In 1990 the committee asked Chile to help Peru. In 1991 Chile and Peru signed a treaty.");
        Assert.DoesNotContain(events, e => e.StartsWith("PER>CHL 020", StringComparison.Ordinal));
        Assert.Contains("CHL~PER 057 1991", events);
    }

    [Fact]
    public void The_two_countries_are_two_states_not_two_people_of_one() =>
        Assert.Equal(["USA~CHN 050 1971"],
            Coding.Render("In 1971 Nixon and his aide, Kissinger, found partners in Mao and Zhou Enlai. Their efforts led to a rapprochement between the two countries."));

    [Fact]
    public void A_definite_undated_event_noun_after_the_same_happening_is_that_happening_again()
    {
        var events = Coding.Render("Chile and Peru have a long history. In 1880 Chilean forces invaded Peru. Many Peruvians fought against the Chilean occupation.");
        Assert.DoesNotContain(events, e => e.Contains(" 192", StringComparison.Ordinal));
        Assert.Contains("CHLMIL>PER 190 1880", events);
        Assert.Equal(2, Coding.Render("In 1990 Chile and Peru signed an agreement. The 1995 agreement between Chile and Peru replaced it.").Count);
    }

    [Fact]
    public void An_event_naming_one_state_of_the_documents_main_pair_concerns_the_other() =>
        Assert.Contains("PER>CHL 114 1995",
            Coding.Render("Chile and Peru have long disputed their border. Peru and Chile signed a pact in 1929. In 1995 Peru protested."));

    [Fact]
    public void The_main_pair_is_the_two_states_named_together_not_the_state_named_most()
    {
        const string story = "Brazil hosted a summit in 1990. Brazil welcomed the delegates. Brazil paid for the hall. "
            + "Chile and Peru met at the summit. Chile and Peru disputed their border. In 1991 Peru protested.";
        Assert.Contains("PER>CHL 114 1991", Coding.Render(story));
    }

    [Fact]
    public void A_dated_war_named_in_passing_is_between_the_two_states_of_its_sentence() =>
        Assert.Contains("PER~CHL 190 1879", Coding.Render("Peruvian farmers still remember the 1879 war with bitterness toward Chilean landowners."));

    [Fact]
    public void A_dated_war_in_a_sentence_naming_no_state_is_between_the_documents_pair() =>
        Assert.Contains("CHL~PER 190 1879",
            Coding.Render("Chile and Peru disputed their border for decades. Peru and Chile signed a pact in 1929. Historians in the region still write about the 1879 war."));

    [Fact]
    public void An_undated_war_named_in_passing_is_not_an_event() =>
        Assert.DoesNotContain(Coding.Render("Peruvian farmers still remember the war with bitterness toward Chilean landowners."), e => e.Contains("190"));

    [Fact]
    public void States_coordinated_after_of_describe_and_do_not_become_the_two_countries() =>
        Assert.Contains("CHL~PER 054 1931", Coding.Render("Chile and Peru disputed their border. Peru and Chile signed a pact in 1929. In 1930 Bolivia sent envoys to Lima. "
            + "Bolivia was then a close friend of Chile and Argentina. In 1931 the two countries exchanged ambassadors."));

    [Fact]
    public void A_two_sided_happening_naming_no_side_takes_the_sides_of_the_happening_before_it()
    {
        var events = Coding.Render("In 1990, after Chile and Peru fought a brief war, talks resumed.");
        Assert.Contains("CHL~PER 190 1990", events);
        Assert.Contains("CHL~PER 040 1990", events);
    }

    [Fact]
    public void A_definite_happening_with_no_sides_of_its_own_refers_back_to_one_already_told() =>
        Assert.Single(Coding.Render("Chile and Peru disputed their border. Peru and Chile signed a pact in 1929. Chile and Peru fought a war in 1932. The war lasted until 1935."),
            e => e.Contains(" 190 ", StringComparison.Ordinal));

    [Fact]
    public void A_third_party_mediating_in_a_story_of_two_states_mediates_between_them()
    {
        const string story = "Chile and Peru disputed their border. Peru and Chile signed a pact in 1929. ";
        var events = Coding.Render(story + "In 1930 a new accord was mediated by Brazil.");
        Assert.Contains("BRA>CHL 045 1930", events);
        Assert.Contains("BRA>PER 045 1930", events);
        Assert.DoesNotContain(Coding.Render(story + "In 1932 a war with unnamed sides ended in a truce brokered by Brazil."), e => e.Contains(" 045 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_main_pair_the_other_state_stays_unknown() =>
        Assert.DoesNotContain(Coding.Render("Chile and Peru disputed their border. In 1995 Peru protested."), e => e.Contains("114"));

    [Fact]
    public void A_noun_in_a_phrase_on_an_owned_noun_takes_the_owner() =>
        Assert.Equal(["PER~CHL 057 1929"], Coding.Render("Peru's support for the 1929 treaty with Chile angered Bolivia."));

    [Fact]
    public void A_noun_renamed_by_a_name_is_that_name_not_its_owner() =>
        Assert.Equal(["USA>CUB 163 1962"], Coding.Render("Its closest ally, the United States, imposed sanctions on Cuba in 1962."));

    [Fact]
    public void A_companion_of_the_subject_shares_the_noun_event_it_borrows()
    {
        var events = Coding.Render("Along with Chile, Peru was granted membership of the United Nations in 1945.");
        Assert.Contains("PER>UN 057 1945", events);
        Assert.Contains("CHL>UN 057 1945", events);
    }

    [Fact]
    public void The_country_is_the_state_not_the_part_of_it_last_named()
    {
        var events = Coding.Render("In 2004 Chile and Peru signed a trade pact. In 2005 Peruvian dissidents criticised the pact. Then the country received aid from Chile.");
        Assert.Contains("CHL>PER 070 2005", events);
    }

    [Fact]
    public void A_demonstration_without_its_makers_is_not_given_to_the_other_state_of_the_story()
    {
        var events = Coding.Render("In 2004 Chile and Peru signed a trade pact. In 2005 protests were held in Peru.");
        Assert.Equal(["CHL~PER 057 2004"], events);
    }

    [Fact]
    public void An_intransitive_pattern_does_not_take_a_direct_object()
    {
        Assert.Equal(["CHLOPP>PERGOV 141 1990"], Coding.Render("In 1990 Chilean protesters demonstrated outside the Peruvian embassy."));
        Assert.Empty(Coding.Render("In 1990 Chilean protesters demonstrated the resolve of Peru."));
    }

    [Fact]
    public void The_two_countries_far_from_another_pair_are_the_documents_pair()
    {
        const string story = "Chile and Peru disputed their border for decades. Peru and Chile signed a pact in 1929. In 1930 Bolivia and Peru signed a trade accord.";
        Assert.Contains("PER~CHL 054 1931", Coding.Render(story + " The accord was modest. In 1931 the two countries exchanged ambassadors."));
        Assert.Contains("BOL~PER 054 1931", Coding.Render(story + " In 1931 the two countries exchanged ambassadors."));
    }

    [Fact]
    public void A_passive_event_noun_takes_the_target_phrase_of_its_verb() =>
        Assert.Equal(["CHL>PER 163 1995"], Coding.Render("Sanctions were imposed on Peru by Chile in 1995."));

    [Fact]
    public void They_for_one_state_is_the_pair_it_was_named_in() =>
        Assert.Contains("CHL~PER 057 1884", Coding.Render("Chile and Peru fought a war in 1879. Chile won the war. In 1884 they signed a treaty."));

    [Fact]
    public void A_definite_event_noun_that_names_a_happening_already_told_is_not_reported_again()
    {
        var events = Coding.Render("In 1932 Peru invaded Colombia. The Peruvian invasion of Colombia alarmed Chile.");
        Assert.Single(events, e => e.Contains("190", StringComparison.Ordinal));
        Assert.Equal(2, Coding.Render("In 1932 Peru invaded Colombia. In 1932 a new Peruvian invasion of Colombia followed.").Count(e => e.Contains("190", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_two_sided_happening_naming_no_one_is_between_the_documents_pair()
    {
        const string story = "Chile and Peru have long disputed their border. Peru and Chile signed a pact in 1929.";
        Assert.Contains("CHL~PER 190 1931", Coding.Render(story + " In 1931 fresh clashes broke out along the frontier."));
        Assert.Contains("CHL~PER 057 1934", Coding.Render(story + " A new agreement was reached in 1934."));
        Assert.DoesNotContain(Coding.Render(story + " In 1931 new roads were built to avoid clashes."), e => e.Contains("190", StringComparison.Ordinal));
        Assert.DoesNotContain(Coding.Render(story + " In 1931 trade remained small."), e => e.Contains(" 06", StringComparison.Ordinal));
        Assert.DoesNotContain(Coding.Render("Chile and Peru disputed their border. In 1931 fresh clashes broke out."), e => e.Contains("190", StringComparison.Ordinal));
    }
}
