namespace Dyad.Extraction.Tests;

public class EventCodingTests
{
    [Fact]
    public void A_list_of_targets_gives_one_event_each()
    {
        Assert.Equal(["CHN>PAK 042 1963", "CHN>AFG 042 1963", "CHN>NPL 042 1963"],
            Coding.Render("In 1963 Zhou Enlai toured the region, visiting Pakistan, Afghanistan, and Nepal."));
    }

    [Fact]
    public void Codes_noun_phrases_of_narrative_history()
    {
        Assert.Equal(["CHN~IND 19"], Coding.Roots("The 1962 Sino-Indian war changed everything."));
        Assert.Equal(["EGY~RUS 05"], Coding.Roots("The Soviet-Egyptian Treaty of Friendship (1971) did not last."));
        Assert.Equal(["IND>USA 042 1949"], Coding.Render("Nehru's 1949visit to the United States was long."));
        Assert.Equal(["RUS>HUN 190 1956"], Coding.Render("The 1956 Soviet invasion of Hungary shocked the world."));
    }

    [Fact]
    public void Symmetric_events_are_marked()
    {
        var e = Assert.Single(Coding.Events("In 1993 Israel and Jordan held talks in Washington."));
        Assert.True(e.Symmetric);
        Assert.Equal(("ISR", "JOR", "040"), (e.Source.Code, e.Target!.Code, e.Cameo.Code));
    }

    [Fact]
    public void Three_states_meeting_together_give_every_pair()
    {
        Assert.Equal(["ARG~BRA 04", "ARG~CHL 04", "BRA~CHL 04"], Coding.Roots("In 1998 Argentina, Brazil and Chile met in Montevideo."));
    }

    [Fact]
    public void Protesters_and_their_own_government_are_two_actors_of_one_state()
    {
        Assert.Equal(["PERGOV>PEROPP 173 2001"], Coding.Render("In 2001 the Peruvian government arrested Peruvian protesters."));
        // Two organs of one state stay one actor.
        Assert.Empty(Coding.Render("In 2001 the Peruvian government praised the Peruvian army."));
    }

    [Fact]
    public void A_demonstration_held_in_a_capital_is_aimed_at_its_state()
    {
        Assert.Equal(["CHLOPP>PER 141 2003"], Coding.Render("In 2003 Chilean activists staged a protest in Lima."));
        // Where the sentence names what it is against, that wins over the place.
        Assert.Equal(["CHLOPP>BOL 141 2003"], Coding.Render("In 2003 Chilean activists held a rally in Lima against Bolivia."));
    }

    [Fact]
    public void Agreeing_to_something_is_an_agreement_unless_the_something_is_an_event_of_its_own()
    {
        Assert.Equal(["ARG~BRA 057 1988"], Coding.Render("In 1988 Argentina and Brazil agreed to set up a joint commission."));
        Assert.Equal(["ARG~BRA 054 1988"], Coding.Render("In 1988 Argentina and Brazil agreed to restore diplomatic relations."));
    }

    [Fact]
    public void A_noun_between_two_states_is_theirs_even_as_the_subject_of_the_sentence()
    {
        Assert.Equal(["CHL~PER 054 1950"], Coding.Render("In 1950 diplomatic relations between Chile and Peru were established."));
        Assert.Equal(["HUN~RUS 054 1950-05-01"], Coding.Render("Diplomatic relations between Hungary and the former Soviet Union were established on May 1, 1950."));
    }

    [Fact]
    public void Cooperation_that_names_no_one_goes_to_the_other_state_of_the_story()
    {
        var text = "In 1972 Chile and Peru agreed to restore normal relations, and Peru resumed economic assistance.";
        Assert.Equal(["CHL~PER 054 1972", "PER>CHL 071 1972"], Coding.Render(text));
        // Not when the object names someone else, nor for acts that are not cooperation.
        Assert.Equal(["CHL~PER 054 1972"], Coding.Render("In 1972 Chile and Peru agreed to restore normal relations, and Peru supported the rebels."));
    }

    [Fact]
    public void A_second_verb_after_a_visit_concerns_the_host()
    {
        Assert.Equal(["PER>CHL 042 1970-06", "PER>CHL 023 1970-06"], Coding.Render("The Peruvian president travelled to Santiago in June 1970 and asked for more economic aid."));
    }

    [Fact]
    public void A_relative_clause_on_a_plain_noun_has_that_noun_as_its_subject()
    {
        var events = Coding.Render("In 1947 Burma and China held talks. Burma sought a partner that could provide economic and military support.");
        Assert.Equal(["MMR~CHN 040 1947"], events);
    }

    [Fact]
    public void A_fronted_phrase_like_in_return_does_not_hide_the_subject()
    {
        Assert.Equal(["CHL~PER 040 2001", "PER>CHL 085 2001"], Coding.Render("Chile and Peru held talks in 2001. In return Peru lifted the sanctions."));
    }

    [Fact]
    public void A_subject_it_after_and_and_a_date_continues_the_first_subject()
    {
        Assert.Equal(["RUS>EGY 051 1961"],
            Coding.Render("The Soviet Union ignored resolutions that Israel opposed, and in 1961 it praised Egypt."));
    }

    [Theory]
    [InlineData("In 1990 Iraq mobilised troops along the border with Kuwait.", "IRQ>KWT 154 1990")]
    [InlineData("In 1961 Ghana broke with Britain.", "GHA>GBR 161 1961")]
    [InlineData("In 2011 Turkey closed the NATO supply routes.", "TUR>NATO 191 2011")]
    [InlineData("In 2019 Ghana suspended bilateral trade with Togo.", "GHA>TGO 163 2019")]
    [InlineData("In 2020 Japan banned dozens of South Korean products.", "JPN>KOR 163 2020")]
    [InlineData("In 2018 Canada retaliated with tariffs on American steel.", "CAN>USA 163 2018")]
    public void Coercive_moves_are_coded(string text, string expected)
    {
        Assert.Equal([expected], Coding.Render(text));
    }

    [Fact]
    public void A_possessive_pronoun_before_its_noun_is_not_the_target_of_a_verb()
    {
        Assert.Empty(Coding.Render("In 1970 Chile and Peru argued. Brazil hoped that the two leaders would come to their senses."));
    }

    [Fact]
    public void A_promise_to_act_is_not_the_act()
    {
        var e = Assert.Single(Coding.Events("In 1988 the Soviet Union promised to withdraw its forces from Afghanistan."));
        Assert.Equal(("087", true), (e.Cameo.Code, e.Hypothetical));
    }

    [Fact]
    public void Mediation_between_two_states_gives_an_event_for_each()
    {
        Assert.Equal(["DZA>IRN 045 1975", "DZA>IRQ 045 1975"], Coding.Render("In 1975 Algeria mediated between Iran and Iraq."));
    }

    [Fact]
    public void Object_classes_choose_codes_one_per_domain()
    {
        Assert.Equal(["USA>EGY 072", "USA>EGY 071"], Coding.Render("The United States provided military and economic aid to Egypt."));
        Assert.Equal(["RUS>IND 072", "RUS>IND 051", "RUS>IND 071"], Coding.Render("Moscow fully supported India; militarily, diplomatically and economically."));
    }

    [Theory]
    [InlineData("Turkey refused to recognise Cyprus.")]
    [InlineData("Turkey did not recognise Cyprus.")]
    [InlineData("Turkey never recognised Cyprus.")]
    public void Negations_are_flagged_not_asserted(string text)
    {
        var e = Assert.Single(Coding.Events(text));
        Assert.True(e.Negated);
        Assert.Equal("054", e.Cameo.Code);
    }

    [Fact]
    public void Offers_and_possibilities_are_hypothetical_and_coded_as_intent()
    {
        var offer = Assert.Single(Coding.Events("China offered economic assistance to Nepal."));
        Assert.True(offer.Hypothetical);
        Assert.Equal("033", offer.Cameo.Code);
        var possible = Assert.Single(Coding.Events("Officials said Nepal could receive Chinese economic aid."));
        Assert.Equal(("CHN", "NPL", "033", true), (possible.Source.Code, possible.Target!.Code, possible.Cameo.Code, possible.Hypothetical));
    }

    [Theory]
    [InlineData("The Chilean president is slated to visit Peru.")]
    [InlineData("The Chilean president is scheduled to visit Peru.")]
    [InlineData("The Chilean president expects to visit Peru.")]
    [InlineData("Chile prepared for the upcoming visit of its president to Peru.")]
    public void Plans_and_expectations_are_hypothetical(string text)
    {
        var plan = Assert.Single(Coding.Events(text));
        Assert.True(plan.Hypothetical);
        Assert.StartsWith("03", plan.Cameo.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Advice_and_conditions_are_not_events()
    {
        Assert.Empty(Coding.Events("India should help Nepal."));
        Assert.Empty(Coding.Events("If Iraq attacked Kuwait, Britain would respond."));
    }

    [Fact]
    public void The_passive_swaps_source_and_target()
    {
        Assert.Equal(["RUS>IND 036 1971"], Coding.Render("In 1971 Indira Gandhi was invited to Moscow."));
        Assert.Equal(["USA>IRN 163 1980"], Coding.Render("In 1980 sanctions on Iran were imposed by the United States."));
    }

    [Fact]
    public void A_sentence_repeated_in_a_document_is_coded_once()
    {
        Assert.Single(Coding.Events("Chile joined APEC. Chile joined APEC."));
    }

    [Fact]
    public void Event_ids_are_stable_for_the_same_content()
    {
        var first = Coding.Events("In 1972 Nixon visited China.").Single().Id;
        var second = Coding.Events("In 1972 Nixon visited China.").Single().Id;
        Assert.Equal(first, second);
        Assert.StartsWith("ev_", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reaction_to_an_earlier_event_targets_its_author()
    {
        Assert.Equal(["IRQ>KWT 190 1990", "EGY>IRQ 111 1990"], Coding.Render("In 1990 Iraq invaded Kuwait. Egypt condemned the invasion."));
    }

    [Fact]
    public void Reciprocals_and_coordinated_verbs_share_the_pair()
    {
        Assert.Equal(["ISR~JOR 05"], Coding.Roots("In 1994 Israel and Jordan recognised each other."));
        Assert.Equal(["CHN~JPN 04", "CHN~JPN 05"], Coding.Roots("In 1972 China and Japan met and signed a treaty."));
    }

    [Fact]
    public void A_copula_subject_owns_a_role_noun()
    {
        Assert.Equal(["UKR>PAK 07"], Coding.Roots("Ukraine was the main supplier of tanks to Pakistan in 1997."));
    }

    [Fact]
    public void A_fronted_subordinate_clause_keeps_its_arguments_to_itself()
    {
        Assert.Equal(["CHN~IND 19", "USA>IND 07"], Coding.Roots("When China and India fought their border war in October 1962, the United States sent weapons to India."));
    }

    [Fact]
    public void A_new_clause_after_and_is_not_another_object()
    {
        Assert.DoesNotContain("ERI>SOM 19", Coding.Roots("In 1998 Ethiopia fought Eritrea, and Somalia continued to watch the border."));
        Assert.Equal(["ERI~ETH 19", "SOM>ETH 13"], Coding.Roots("In 1998 Ethiopia fought Eritrea, and in 1999 Somalia warned Ethiopia."));
    }

    [Fact]
    public void A_reaction_names_the_author_of_the_same_kind_of_event_first()
    {
        Assert.Equal("IRQ", Coding.Events("In 1990 Iraq invaded Kuwait. Jordan shelled Israel. Egypt condemned the invasion.").Last().Target!.Code);
    }
}
