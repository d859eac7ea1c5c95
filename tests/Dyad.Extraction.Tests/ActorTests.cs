using Dyad.Testing;

namespace Dyad.Extraction.Tests;

public class ActorTests
{
    [Fact]
    public void The_soviet_union_is_coded_as_russia_with_its_historical_name()
    {
        var e = Assert.Single(Coding.Events("In 1962 the Soviet Union signed a treaty with Cuba."));
        Assert.Equal("RUS", e.Source.Code);
        Assert.Equal("USSR", e.Source.Historical);
        Assert.Equal("CUB", e.Target!.Code);
    }

    [Fact]
    public void The_palestinian_territories_are_palestine()
    {
        Assert.Equal(["ISR>PSE 195 2014"], Coding.Render("In 2014 Israeli aircraft bombed the Gaza Strip."));
        Assert.Equal(["ISR>PSE 087 2005"], Coding.Render("In 2005 Israel withdrew its troops from the West Bank."));
    }

    [Fact]
    public void A_former_member_of_a_state_is_another_state()
    {
        Assert.Equal(["FRA~EST 057 1994"], Coding.Render("In 1994 the French president visited a former Soviet republic and signed an accord with Estonia."));
        Assert.Contains("CHL>GEO 051 2008", Coding.Render("In 2008 Chile backed another former Soviet state, Georgia, in its war with Russia."));
        Assert.Empty(Coding.Render("In 1995 Chile criticised the ex-Soviet republics."));
        Assert.Equal(["CHL>RUS 111 1999"], Coding.Render("In 1999 Chile criticised the former Soviet leader."));
    }

    [Fact]
    public void Russia_before_1991_also_carries_the_historical_name_but_not_after()
    {
        Assert.Equal("USSR", Coding.Events("In 1958, Russia offered loans to Egypt.").Single().Source.Historical);
        Assert.Null(Coding.Events("In 2008, Russia offered loans to Egypt.").Single().Source.Historical);
    }

    [Fact]
    public void A_trade_body_is_named_by_its_abbreviation_in_its_own_years()
    {
        Assert.Contains("KEN~WTO 057 2005", Coding.Render("In 2005 Kenya signed an accord with the WTO."));
        Assert.Contains("KEN~GATT 057 1980", Coding.Render("In 1980 Kenya signed an accord with GATT."));
    }

    [Fact]
    public void A_group_without_a_home_state_is_an_international_militarised_group_named_only_in_capitals()
    {
        Assert.Equal(["IMGISI>PER 190 2016"], Coding.Render("In 2016 the Islamic State attacked Peru."));
        var explained = new Pipeline.Explainer(TestLexicons.NewPipeline()).Explain("In 2016 rebels fought for an Islamic state in Peru.");
        Assert.DoesNotContain("IMGISI", explained, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_ending_in_a_lowercase_syllable_does_not_make_that_syllable_a_surname()
    {
        var explained = new Pipeline.Explainer(TestLexicons.NewPipeline())
            .Explain("In 2019 President Moon Jae-in met Japan's prime minister. In 2020 Chile signed a pact with Peru.");
        Assert.Contains("\"President Moon Jae-in\" = KOR", explained, StringComparison.Ordinal);
        Assert.DoesNotContain("\"In\" = KOR", explained, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leader_is_coded_as_the_state_he_led()
    {
        Assert.Equal(["RUS>IND 042 1955"], Coding.Render("Khrushchev visited India in 1955."));
        Assert.Equal(["PAK>CHN 042 1964"], Coding.Render("In 1964 President Ayub Khan travelled to China."));
    }

    [Fact]
    public void A_shared_surname_is_resolved_by_the_date_of_the_event()
    {
        Assert.Equal("USA", Coding.Events("In 1966 Johnson visited Vietnam.").Single().Source.Code);
        Assert.Equal("GBR", Coding.Events("In 2020 Johnson visited India.").Single().Source.Code);
    }

    [Fact]
    public void A_capital_stands_for_its_government_and_its_period_decides_the_state()
    {
        Assert.Equal("PAK", Coding.Events("In 1965, Dacca hosted the Indonesian delegation.").Single().Source.Code);
        Assert.Equal("BGD", Coding.Events("In 1975, Dacca hosted the Indonesian delegation.").Single().Source.Code);
        Assert.Equal(["RUS>PAK 111"], Coding.Render("The Kremlin condemned Islamabad."));
    }

    [Fact]
    public void Titles_join_state_and_name_into_one_actor()
    {
        var e = Assert.Single(Coding.Events("Soviet Foreign Minister Andrei Gromyko met Zhou Enlai in 1960."));
        Assert.Equal(("RUS", "CHN"), (e.Source.Code, e.Target!.Code));
        Assert.Equal("Soviet Foreign Minister Andrei Gromyko", e.SourceText);
    }

    [Fact]
    public void Role_words_make_sub_state_actors()
    {
        Assert.Equal(["PAKMIL>INDMIL 190"], Coding.Render("The Pakistani army attacked Indian troops."));
        Assert.Equal(["USASPY>RUS 090 1957"], Coding.Render("In 1957 the CIA spied on the Soviet Union."));
    }

    [Fact]
    public void Pronouns_and_descriptions_point_back_to_named_actors()
    {
        var text = "In 1971 Indira Gandhi travelled to Moscow. There she signed a treaty with the Soviet Union. "
                   + "The two countries then held talks on arms supplies.";
        Assert.Equal(["IND>RUS 042 1971", "IND~RUS 057 1971", "IND~RUS 040 1971"], Coding.Render(text));
    }

    [Fact]
    public void The_two_governments_are_the_states_not_the_sector_that_last_named_one()
    {
        var text = "In 1962 Ghanaian newspapers accused Britain of meddling. In 1963 the two governments signed a trade agreement.";
        Assert.Equal(["GHAMED>GBR 112 1962", "GHA~GBR 057 1963"], Coding.Render(text));
    }

    [Fact]
    public void The_two_countries_are_the_two_states_named_before_them_in_the_sentence()
    {
        Assert.Equal(["NOR>ISL 085 2014", "NOR~ISL 057 2014"],
            Coding.Render("In 2014 Norway lifted its embargo on Iceland, and the two countries signed a fisheries agreement."));
    }

    [Fact]
    public void A_pair_already_referred_to_wins_over_a_capital_named_as_a_place()
    {
        var text = "In 1965 Peru and Chile fought a war. Castro invited both leaders to Havana, where the two leaders signed a declaration.";
        Assert.Equal(["CHL~PER 19", "CUB>PER 03", "CUB>CHL 03", "CHL~PER 05"], Coding.Roots(text));
    }

    [Fact]
    public void A_subject_pronoun_after_and_continues_the_first_clause_subject()
    {
        Assert.Equal(["RUS>EGY 072 1973"],
            Coding.Render("In 1973 the Soviet Union ignored Security Council resolutions, and it supplied Egypt with arms."));
    }

    [Fact]
    public void The_object_pronoun_of_a_verb_is_not_its_subject()
    {
        Assert.Equal(["IND>RUS 042 1971", "RUS>IND 051 1971"], Coding.Render("In 1971 Indira Gandhi went to Moscow. Brezhnev welcomed her warmly."));
    }

    [Fact]
    public void A_pronoun_in_an_opening_phrase_points_ahead_to_the_subject()
    {
        var e = Assert.Single(Coding.Events("After its independence, Bangladesh joined the Commonwealth."));
        Assert.Equal(("BGD", "COM"), (e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void A_state_named_inside_a_modifier_is_not_a_party()
    {
        Assert.Empty(Coding.Events("The US-backed government criticized the plan."));
        Assert.Empty(Coding.Events("The Tashkent Declaration was praised widely."));
    }

    [Fact]
    public void A_name_the_lexicons_do_not_know_is_learned_from_the_actor_it_leads()
    {
        Assert.Equal(["CHN~NPL 04", "CHN>NPL 11"],
            Coding.Roots("In 1960 the Nepalese delegation, led by Bishweshwar Tandukarsingh, met Zhou Enlai. Later in 1960 Zhou criticised Tandukarsingh."));
    }

    [Fact]
    public void A_companion_along_with_the_subject_acts_too()
    {
        Assert.Equal(["EU~NOR 05", "EU~ISL 05"], Coding.Roots("In 1994, along with Iceland, Norway signed an accord with the European Union."));
        Assert.Equal(["CZE>NATO 05", "POL>NATO 05"], Coding.Roots("In 1999 the Czech Republic joined NATO, together with Poland."));
    }

    [Fact]
    public void An_office_only_one_government_has_stands_for_it()
    {
        Assert.Equal(["USAGOV>CHL 042 1964"], Coding.Render("In 1964 Assistant Secretary of State Thomas Mann visited Chile."));
        Assert.Equal(["PER~USA 04"], Coding.Roots("The US Trade Representative met Peruvian negotiators in 2003."));
    }

    [Fact]
    public void The_press_spelling_of_an_acronym_names_the_organisation() =>
        Assert.Equal(["NATO>PER 19"], Coding.Roots("In 2011 Nato helicopters attacked Peru."));

    [Fact]
    public void Troops_in_a_country_are_not_its_military_but_its_government_is()
    {
        Assert.DoesNotContain(Coding.Render("In 1931 Chile shut the supply route for allied troops in Peru."), e => e.Contains("PERMIL", StringComparison.Ordinal));
        Assert.Contains(Coding.Render("In 1931 Chile criticised the government in Peru."), e => e.Contains("PERGOV", StringComparison.Ordinal));
    }
}
