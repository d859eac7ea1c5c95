namespace Dyad.Extraction.Tests.Syntax;

/// <summary>The grammatical relations the parser finds, on sentences written for these tests.</summary>
public class ClauseParserTests
{
    private static void Has(string sentence, params string[] relations)
    {
        var parse = Parse.Relations(sentence);
        foreach (var relation in relations)
        {
            Assert.True(parse.Contains(relation, StringComparison.Ordinal), $"expected {relation} in: {Parse.Full(sentence)}");
        }
    }

    private static void Lacks(string sentence, string relation)
    {
        var parse = Parse.Relations(sentence);
        Assert.False(parse.Contains(relation, StringComparison.Ordinal), $"did not expect {relation} in: {Parse.Full(sentence)}");
    }

    [Fact]
    public void A_reduced_relative_with_an_agent_leaves_the_later_verb_its_subject() =>
        Has("Weapons supplied by France reached the rebels.", "acl(Weapons, supplied)", "agent(supplied, France)", "nsubj(reached, Weapons)");

    [Fact]
    public void After_with_a_coordinated_subject_and_its_verb_opens_a_clause() =>
        Has("After the Chilean president and his Peruvian counterpart met in Lima, the talks resumed.", "nsubj(met, president)", "advcl(resumed, met)", "root(ROOT, resumed)");

    [Fact]
    public void A_participle_on_the_object_of_a_fronted_preposition_leaves_the_clause_its_verb()
    {
        Has("With Chile poised to wipe out the garrison, Brazilian envoys flew to Lima.", "advcl(flew, poised)", "xcomp(poised, wipe)", "nsubj(flew, envoys)", "root(ROOT, flew)");
        Has("In a statement issued later, Chile and Peru condemned the raid.", "nsubj(condemned, Chile)", "root(ROOT, condemned)");
        Has("In 1990 Chilean envoys visited Lima, and talks began.", "nsubj(visited, envoys)", "root(ROOT, visited)");
    }

    [Fact]
    public void A_phrase_fronted_before_the_subject_is_an_adjunct() =>
        Has("During her visit to Peru, the Chilean president met the Peruvian foreign minister.", "obl(met, visit)", "nmod(visit, Peru)", "nsubj(met, president)");

    [Fact]
    public void A_copula_takes_an_attribute_with_its_possessor() =>
        Has("Brazil remains Argentina's largest trading partner.", "nsubj(remains, Brazil)", "attr(remains, partner)", "poss(partner, Argentina)");

    [Fact]
    public void A_relative_clause_with_its_own_subject_hangs_on_its_noun_and_the_main_verb_keeps_the_noun() =>
        Has("The war that Peru fought in 1879 ended badly.", "acl(war, fought)", "nsubj(fought, Peru)", "nsubj(ended, war)");

    [Fact]
    public void A_clause_after_a_verb_of_saying_has_its_own_subject() =>
        Has("Chile said Bolivia had violated the treaty.", "ccomp(said, violated)", "nsubj(violated, Bolivia)", "obj(violated, treaty)");

    [Fact]
    public void A_passive_takes_its_agent_from_by() =>
        Has("The accord was signed by Chile and Peru in 1929.", "nsubjpass(signed, accord)", "agent(signed, Chile)", "conj(Chile, Peru)", "time(signed, 1929)");

    [Fact]
    public void Coordinated_verbs_share_the_subject() =>
        Has("Argentine troops landed on the islands in 1982 and expelled the British garrison.", "nsubj(landed, troops)", "conj(landed, expelled)", "obj(expelled, garrison)");

    [Fact]
    public void A_list_of_verbs_with_commas_shares_the_subject() =>
        Lacks("Chilean troops took the port within days, arrested the governor, and installed a new council.", "nsubj(arrested, governor)");

    [Fact]
    public void A_fronted_participle_waits_for_the_main_subject() =>
        Has("Backed by Brazil, Paraguay rejected the offer.", "advcl(rejected, Backed)", "agent(Backed, Brazil)", "nsubj(rejected, Paraguay)");

    [Fact]
    public void A_present_verb_before_an_infinitive_with_a_participle_in_its_object_is_the_clauses_verb() =>
        Has("Chile fights to recover occupied land.", "nsubj(fights, Chile)", "root(ROOT, fights)", "xcomp(fights, recover)");

    [Fact]
    public void An_infinitive_after_the_phrase_that_says_whose_a_noun_is_belongs_to_the_noun() =>
        Has("Chile announced a decision by its cabinet to withdraw from Peru.", "nmod(decision, cabinet)", "xcomp(decision, withdraw)");

    [Fact]
    public void A_relative_word_after_a_preposition_leaves_the_relative_clause_its_own_subject()
    {
        Has("Riots broke out in Lima during which Chilean shops were looted.", "nsubjpass(looted, shops)", "acl(Lima, looted)");
        Lacks("Riots broke out in Lima during which Chilean shops were looted.", "nsubjpass(looted, which)");
        Has("Chile sent envoys to the talks in which Peruvian officials rejected the plan.", "nsubj(rejected, officials)", "obj(rejected, plan)");
    }

    [Fact]
    public void A_relative_clause_between_commas_closes_before_the_main_verb() =>
        Has("Peru, which had supported Bolivia, condemned the Chilean attack.", "acl(Peru, supported)", "nsubj(condemned, Peru)", "obj(condemned, attack)");

    [Fact]
    public void A_fronted_subordinate_clause_depends_on_the_main_verb() =>
        Has("After Chile occupied the port, Bolivia broke off relations.", "advcl(broke, occupied)", "nsubj(occupied, Chile)", "nsubj(broke, Bolivia)");

    [Fact]
    public void A_plural_that_could_be_a_verb_is_a_noun_when_the_clause_has_its_verb() =>
        Has("Peru condemned the Bolivian nuclear tests.", "obj(condemned, tests)");

    [Fact]
    public void A_plural_before_a_surer_verb_is_its_subject() =>
        Has("Chilean forces attacked the port.", "nsubj(attacked, forces)");

    [Fact]
    public void Lists_hang_on_their_first_member() =>
        Has("Peru sent envoys to Chile, Bolivia, Ecuador and Colombia.", "conj(Chile, Bolivia)", "conj(Chile, Ecuador)", "conj(Chile, Colombia)");

    [Fact]
    public void A_gerund_after_a_preposition_governs_an_object() =>
        Has("Chile responded by sending warships to the coast.", "advcl(responded, sending)", "obj(sending, warships)");

    [Fact]
    public void An_infinitive_after_a_noun_of_deciding_belongs_to_the_noun() =>
        Has("Peru announced its decision to buy tanks from Russia.", "xcomp(decision, buy)", "obj(buy, tanks)");

    [Fact]
    public void The_object_of_a_verb_of_asking_is_the_subject_of_what_follows() =>
        Has("Brazil urged Paraguay to sign the treaty.", "obj(urged, Paraguay)", "xcomp(urged, sign)");

    [Fact]
    public void A_floating_quantifier_leaves_the_subject_in_place() =>
        Has("Chile and Peru both signed the accord.", "nsubj(signed, Chile)", "conj(Chile, Peru)");

    [Fact]
    public void A_name_after_a_fronted_phrase_starts_the_clause() =>
        Has("In return Peru lifted the sanctions.", "nsubj(lifted, Peru)");

    [Fact]
    public void A_verb_of_saying_before_a_pronoun_subject_is_a_verb() =>
        Has("The Kremlin says he also apologised.", "nsubj(apologised, he)", "ccomp(says, apologised)");

    [Fact]
    public void An_unknown_capitalised_first_word_before_lower_case_is_not_a_name() =>
        Has("Full diplomatic relations between Chile and Peru were restored.", "nsubjpass(restored, relations)");

    [Fact]
    public void Two_bare_objects_are_a_recipient_and_a_thing() =>
        Has("France sold Peru twelve fighter aircraft.", "iobj(sold, Peru)", "obj(sold, aircraft)");

    [Fact]
    public void A_date_between_a_possessive_and_its_noun_stays_in_the_noun_phrase() =>
        Has("Brazil mediated after their 1995 war.", "obl(mediated, war)", "poss(war, their)");

    [Fact]
    public void A_bare_verb_after_two_titled_names_is_their_verb() =>
        Has("Pakistani Prime Minister Mian Nawaz Sharif and Indian Prime Minister Shri Atal Vajpayee meet in Lahore.", "root(ROOT, meet)", "obl(meet, Lahore)");

    [Fact]
    public void A_comma_between_finite_clauses_opens_a_new_subject() =>
        Has("Allende visited Lima in June, Velasco visited Santiago in July.", "nsubj(visited, Velasco)", "conj(visited, visited)");

    [Fact]
    public void A_participle_with_its_agent_before_the_clauses_verb_is_a_reduced_relative() =>
        Has("A rebel government backed by Chile seized the capital.", "acl(government, backed)", "agent(backed, Chile)", "nsubj(seized, government)");

    [Fact]
    public void By_after_a_passive_names_its_agent_past_places_and_dates() =>
        Has("The treaty was signed on 5 May 1929 in Lima by the envoys of Chile and Peru.", "agent(signed, envoys)");

    [Fact]
    public void Such_as_and_including_after_a_plural_name_its_members()
    {
        Has("In 1980 Chile received support from countries such as Peru, Bolivia and Brazil.", "appos(countries, Peru)", "conj(countries, Brazil)");
        Has("The signatories of the pact, including Peru and Bolivia, protested.", "appos(signatories, Peru)", "conj(signatories, Bolivia)");
        Has("Chile hosted a summit including Peru and Bolivia.", "nmod(summit, Peru)");
    }

    [Fact]
    public void A_participle_after_a_subject_with_its_agent_later_is_a_reduced_relative()
    {
        Has("The pact signed by Chile and Peru in 1929 remains in force.", "acl(pact, signed)", "agent(signed, Chile)", "conj(Chile, Peru)", "nsubj(remains, pact)");
        Has("Lima Accord, a treaty signed on 3 June 1929, by the envoys of Chile and Peru.", "acl(treaty, signed)", "agent(signed, envoys)");
        Lacks("Chile signed on Monday a pact with Peru.", "acl(");
    }

    [Fact]
    public void A_parenthesis_is_set_aside_and_the_sentence_resumes_after_it()
    {
        Has("The pact was signed by Chile (which had won the war) and Peru in 1929.", "agent(signed, Chile)", "conj(Chile, Peru)", "nsubj(won, which)", "time(signed, 1929)");
        Has("Bolivia (then a military regime) and Peru signed the pact.", "nsubj(signed, Bolivia)", "conj(Bolivia, Peru)");
    }
}
