namespace Dyad.Extraction.Tests;

/// <summary>Event coding that reads grammatical relations, on sentences written for these tests.</summary>
public class GrammaticalCodingTests
{
    [Theory]
    [InlineData("In 1994 Chile wanted Peru to withdraw its troops.")]
    [InlineData("In 1994 Chile called on Peru to withdraw its troops.")]
    [InlineData("In 1994 Chile appealed to Peru to withdraw its troops.")]
    [InlineData("In 1994 Chile persuaded Peru to withdraw its troops.")]
    public void Asking_someone_to_act_is_an_appeal_to_them_and_their_act_is_not_reported(string sentence) =>
        Assert.Equal(["CHL>PER 020 1994"], Coding.Render(sentence));

    [Fact]
    public void An_act_someone_is_pressed_to_do_by_a_noun_of_asking_has_not_happened() =>
        Assert.DoesNotContain("CHL>PER 190 1990", Coding.Render("In 1990 Chile faced pressure from Brazil to attack Peru."));

    [Fact]
    public void An_act_one_was_urged_to_do_in_the_passive_has_not_happened() =>
        Assert.Equal(["BRA>CHL 020 1990"], Coding.Render("In 1990 Chile was urged by Brazil to attack Peru."));

    [Fact]
    public void A_wish_without_someone_to_ask_stays_the_wisher_s_own()
    {
        Assert.Equal(["CHL>PER 138 1994"], Coding.Render("In 1994 Chile wanted to attack Peru."));
        Assert.Equal(["CHL>PER 042 1994"], Coding.Render("In 1994 Chile called on Peru."));
    }

    [Fact]
    public void A_failed_appeal_was_made_but_a_failed_act_did_not_happen()
    {
        Assert.Equal(["CHL>PER 020 1994"], Coding.Render("In 1994 Chile failed to convince Peru to withdraw its troops."));
        Assert.Equal(["CHL>PER 042 1994 neg"], Coding.Render("In 1994 Chile failed to visit Peru."));
    }

    [Fact]
    public void A_chain_of_acts_of_one_kind_keeps_its_target_until_it_names_another()
    {
        var events = Coding.Render("In 1880 Chilean forces invaded Peru and occupied the city of Tacna.");
        Assert.Contains("CHLMIL>PER 192 1880", events);
        Assert.DoesNotContain(Coding.Render("In 1880 Chile praised Peru and bombed the city of Tacna."), e => e.StartsWith("CHL>PER 19", StringComparison.Ordinal));
        Assert.Contains("CHL>PER 194 1881", Coding.Render("In 1881 Chile attacked Peru, shelling the port of Callao."));
    }

    [Fact]
    public void A_material_act_of_two_parties_naming_no_one_else_is_between_them()
    {
        Assert.Equal(["CHL~PER 087 1996"], Coding.Render("In 1996 Chile and Peru withdrew their troops from the border."));
        Assert.Contains("CHL~PER 192 1879", Coding.Render("The war between Chile and Peru began in 1879. Both sides won notable victories and seized territory."));
        Assert.DoesNotContain(Coding.Render("In 1996 Chile and Peru agreed to withdraw their troops."), e => e.Contains(" 087", StringComparison.Ordinal));
    }

    [Fact]
    public void An_object_naming_no_one_belongs_to_the_agent_of_its_participle()
    {
        Assert.Equal(["CHL>PER 120 1999"], Coding.Render("In 1999 Chile rejected the offer made by Peru."));
        Assert.Equal(["PER>ECU 194 1969"], Coding.Render("In 1969 Peruvian gunboats shelled the villages held by Ecuador."));
        Assert.DoesNotContain(Coding.Render("In 1999 Chile joined a body sponsored by Peru."), e => e.StartsWith("CHL>PER", StringComparison.Ordinal));
    }

    [Fact]
    public void Force_or_a_sanction_promised_on_a_condition_is_an_ultimatum_to_whom_the_condition_is_put()
    {
        Assert.Equal(["CHL>PER 139 1990"], Coding.Render("In 1990 Chile announced that it would boycott the games in Lima if Peru did not withdraw its troops."));
        Assert.Equal(["CHL>PER 139 1991"], Coding.Render("In 1991 Chile said it would impose sanctions on Peru unless Lima released the prisoners."));
        Assert.Contains("CHL>PER 190 1992 hyp", Coding.Render("In 1992 Chile warned that it would attack Peru."));
        Assert.Equal(["CHL>PER 139 1993"], Coding.Render("In 1993 Chile said it would massacre Peruvians unless Lima withdrew its troops."));
    }

    [Fact]
    public void A_joint_statement_in_which_an_act_is_done_is_its_medium_not_an_agreement()
    {
        Assert.Equal(["CHL>BOL 111 2018", "PER>BOL 111 2018"], Coding.Render("In a joint statement issued later, Chile and Peru condemned Bolivia in 2018."));
        Assert.Equal(["CHL~PER 057 2018"], Coding.Render("In 2018 Chile and Peru issued a joint statement."));
    }

    [Fact]
    public void A_phrase_s_owner_is_its_actor_before_what_it_is_about()
    {
        Assert.Equal(["CHL>BOL 051 2018"], Coding.Render("In 2018 Chile praised Bolivia's Peru policy."));
        Assert.Equal(["CHL>RUS 111 2018"], Coding.Render("In 2018 Chile criticised Soviet tanks."));
    }

    [Fact]
    public void An_event_noun_as_subject_is_not_its_actors_act() =>
        Assert.Equal(["CHL~GBR 050 1982"], Coding.Render("The 1982 Argentine invasion brought Chile and Britain closer."));

    [Fact]
    public void A_mediation_naming_no_parties_is_between_the_sides_of_the_war_it_follows()
    {
        var events = Coding.Render("After the 1995 war between Peru and Ecuador, Brazil mediated a peace accord.");
        Assert.Contains("BRA>PER 045 1995", events);
        Assert.Contains("BRA>ECU 045 1995", events);
    }

    [Fact]
    public void A_relative_clause_names_who_waged_a_war() =>
        Assert.Contains("CHL~BOL 190 1879", Coding.Render("In 1879 there began the war that Chile waged against Bolivia."));

    [Fact]
    public void A_pattern_spanning_two_verbs_takes_the_partner_of_the_last() =>
        Assert.Equal(["PER>CHL 030 2010"], Coding.Render("In 2010 Peru expressed its desire to engage with Chile."));

    [Fact]
    public void A_phrase_fronted_before_the_verb_is_not_its_target() =>
        Assert.Contains("PER>BRA 023", Coding.Render("Apart from its trade with Chile, Peru seeks Brazilian economic aid."));

    [Fact]
    public void Coordinated_demonyms_before_a_noun_are_both_parties() =>
        Assert.Equal(["CHL~PER 19"], Coding.Roots("In 1990 Chilean and Peruvian troops clashed at the border."));

    [Fact]
    public void What_a_copula_says_its_subject_is_makes_the_subject_the_source() =>
        Assert.Equal(["BRA>ARG 072 2001"], Coding.Render("In 2001 Brazil became Argentina's main supplier of arms."));

    [Fact]
    public void A_name_renamed_after_a_comma_acts() =>
        Assert.Equal(["PER>CHL 04"], Coding.Roots("The president of Peru, Alan Garcia, visited Chile in 2007."));

    [Fact]
    public void A_noun_as_the_subject_of_a_passive_takes_its_agent() =>
        Assert.Equal(["USA>CUB 163 1962"], Coding.Render("In 1962 sanctions on Cuba were imposed by the United States."));

    [Fact]
    public void A_pattern_ending_in_its_preposition_takes_the_phrase_after_it() =>
        Assert.Equal(["GHA>GBR 161 1961"], Coding.Render("In 1961 Ghana broke with Britain."));

    [Fact]
    public void Agreeing_to_act_is_the_agreement_when_the_act_names_no_one_else() =>
        Assert.Equal(["CHL~PER 057 1990"], Coding.Render("In 1990 Chile and Peru agreed to withdraw all troops behind the line."));

    [Fact]
    public void A_between_phrase_on_the_verb_names_the_parties_of_its_noun_subject() =>
        Assert.Equal(["CHL~PER 046 1991-05"], Coding.Render("In May 1991 negotiations began between Chile and Peru."));

    [Fact]
    public void An_ing_noun_takes_its_patient_from_of_and_its_agent_from_by() =>
        Assert.Equal(["CHL>PER 19"], Coding.Roots("May 1999: Bombing of the Peruvian embassy in Santiago by Chile."));

    [Fact]
    public void A_bare_verb_after_a_coordinated_subject_is_the_verb() =>
        Assert.Equal(["CHL~EU 057 1999"], Coding.Render("In 1999 Chile and the EU finally agree a trade deal."));

    [Fact]
    public void A_comma_closes_every_participle_before_the_subject() =>
        Assert.Equal(["BRA>BOL 070"], Coding.Render("Seeing the talks faltering, Brazil sent supplies to assist Bolivia."));

    [Fact]
    public void Mediation_named_by_a_noun_is_between_the_parties_of_the_sentence()
    {
        var events = Coding.Render("Full diplomatic relations between Chile and Peru are restored through Brazilian mediation.");
        Assert.Contains("BRA>CHL 045", events);
        Assert.Contains("BRA>PER 045", events);
    }

    [Fact]
    public void A_plural_possessive_and_a_bullet_letter_do_not_break_the_clause() =>
        Assert.Equal(["CHL~PER 040"], Coding.Render("o Chile and Peru hold a foreign ministers' meeting in Lima."));

    [Fact]
    public void Verbs_in_a_list_share_their_subject() =>
        Assert.Equal(["CHLMIL>PER 173 1880"], Coding.Render("In 1880 Chilean troops took the port within days, arrested the Peruvian governor, and left."));
}

/// <summary>Whether an event is asserted, denied or supposed, read from the clauses that govern it.</summary>
public class ModalityTests
{
    [Fact]
    public void Refusing_to_act_denies_the_act() =>
        Assert.Equal(["PER>CHL 045 1996 neg", "PER>BOL 045 1996 neg"], Coding.Render("In 1996 Peru refused to mediate between Chile and Bolivia."));

    [Fact]
    public void A_plan_is_hypothetical() =>
        Assert.Equal(["CHL>PER 036 2026 hyp"], Coding.Render("Chile plans to visit Peru in 2026."));

    [Fact]
    public void A_condition_and_advice_are_not_events()
    {
        Assert.Empty(Coding.Render("If Peru attacked Chile, Brazil would be alarmed."));
        Assert.Empty(Coding.Render("Bolivia should sign the treaty with Chile."));
    }

    [Fact]
    public void A_coordinated_clause_with_its_own_subject_keeps_its_own_modality() =>
        Assert.Contains("CHL~BOL 057 1990", Coding.Render("In 1990 Peru sought to leave the pact, and Chile signed a treaty with Bolivia."));

    [Fact]
    public void The_negation_of_the_verb_group_denies_its_event() =>
        Assert.Equal(["CHL>PER 054 1999 neg"], Coding.Render("In 1999 Chile did not recognise Peru."));

    [Fact]
    public void A_noun_in_the_object_of_an_event_verb_keeps_its_own_modality() =>
        Assert.Contains("PER>CHL 042 1995", Coding.Render("In 1995 Bolivia did not welcome the Peruvian visit to Chile."));

    [Fact]
    public void A_passive_subject_supplies_the_words_of_a_verb_pattern()
    {
        Assert.Equal(["CHL~PER 054 1957"], Coding.Render("Relations between Chile and Peru were restored in 1957."));
        Assert.Equal(["CHL>PER 085 1995"], Coding.Render("Sanctions on Peru were lifted by Chile in 1995."));
        Assert.Contains("UN>PER 045 1995", Coding.Render("A ceasefire between Chile and Peru was secured by the United Nations in 1995."));
    }

    [Fact]
    public void A_claim_that_a_state_acted_accuses_it_and_leaves_the_act_alleged()
    {
        var events = Coding.Events("In 1995 Peru claimed that Chile had attacked Bolivia.");
        Assert.Contains(events, e => e.Source.Code == "PER" && e.Target?.Code == "CHL" && e.Cameo.Code == "112" && !e.Hypothetical);
        Assert.Contains(events, e => e.Source.Code == "CHL" && e.Cameo.Code == "190" && e.Hypothetical);
    }

    [Fact]
    public void A_verb_acting_on_an_event_noun_takes_the_nouns_partner()
    {
        Assert.Equal(["CHL>PER 057 1929"], Coding.Render("In 1929 Chile ratified a sweeping agreement with Peru."));
        Assert.Equal(["CHLLEG>PER 051 1929"], Coding.Render("In 1929 Chilean lawmakers endorsed the accord with Peru."));
    }

    [Fact]
    public void A_with_phrase_with_its_own_ing_verb_is_a_circumstance_not_a_partner() =>
        Assert.Equal(["CHL~PER 057 1929-06-03"],
            Coding.Render("The treaty was signed on 3 June 1929 in Lima by the Chilean president and the Peruvian president, with the US president watching as a witness."));

    [Fact]
    public void Joining_someone_in_an_act_makes_both_its_actors_and_is_no_accession()
    {
        Assert.Equal(["CAN>CHL 143 1980", "JPN>CHL 143 1980", "PER>CHL 143 1980"],
            Coding.Render("In 1980 Canada and Japan joined Peru in boycotting Chile."));
        Assert.Equal(["CHL>NATO 057 1980"], Coding.Render("In 1980 Chile joined NATO."));
    }
}
