namespace Dyad.Extraction.Tests;

/// <summary>
/// The event vocabulary (data/events) covers the CAMEO codebook rather than the phrasing of a few essays: for every
/// root, sentences written for this test state an event the way news and history writing usually does, and the
/// coder must find it with the right code. The sentences are invented; only the country names are real.
/// </summary>
public class VocabularyTests
{
    [Theory]
    [InlineData("In 1994 Chile declined to comment on Peru.", "CHL>PER 011")]
    [InlineData("In 1994 Chile expressed doubts about Peru's plan.", "CHL>PER 012")]
    [InlineData("In 1994 Chile expressed confidence in Peru.", "CHL>PER 013")]
    [InlineData("In 1994 Peru acknowledged responsibility for Chile's losses.", "PER>CHL 015")]
    [InlineData("In 1994 Peru denied the Chilean allegations.", "PER>CHL 016")]
    [InlineData("In 1994 Chile expressed its condolences to Peru.", "CHL>PER 018")]
    [InlineData("In 1994 Chile and Peru shared the same concerns.", "CHL~PER 019")]
    [InlineData("In 1994 Chile saw eye to eye with Peru.", "CHL~PER 019")]
    public void Public_statements_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile called upon Peru to act.", "CHL>PER 020")]
    [InlineData("In 1994 Chile sought the cooperation of Peru.", "CHL>PER 021")]
    [InlineData("In 1994 Chile sought the extradition of a Peruvian general from Bolivia.", "CHL>PER 0213")]
    [InlineData("In 1994 Chile sought the backing of Peru.", "CHL>PER 022")]
    [InlineData("In 1994 Chile turned to Peru for economic aid.", "CHL>PER 023")]
    [InlineData("In 1994 Chile called for the release of Peruvian fishermen.", "CHL>PER 0253")]
    [InlineData("In 1994 Chile urged Peru to exercise restraint.", "CHL>PER 0256")]
    [InlineData("In 1994 Chile urged Peru to withdraw its troops.", "CHL>PER 0256")]
    [InlineData("In 1994 Chile called for a ceasefire between Peru and Ecuador.", "CHL>ECU 0256")]
    [InlineData("In 1994 Chile urged Peru to resume talks.", "CHL>PER 026")]
    [InlineData("In 1994 Chile called for a peaceful solution with Peru.", "CHL>PER 027")]
    public void Appeals_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile offered an olive branch to Peru.", "CHL>PER 030")]
    [InlineData("In 1994 Chile offered concessions to Peru.", "CHL>PER 035")]
    [InlineData("In 1994 Chile proposed talks with Peru.", "CHL>PER 036")]
    [InlineData("In 1994 Chile accepted an invitation from Peru.", "CHL>PER 036")]
    [InlineData("In 1994 Chile expressed its readiness to hold talks with Peru.", "CHL~PER 036")]
    [InlineData("In 1994 Chile announced the decision to provide arms to Peru.", "CHL>PER 033")]
    [InlineData("In 1994 Chile accepted Peruvian mediation.", "CHL>PER 038")]
    [InlineData("In 1994 Chile offered its good offices to Peru and Ecuador.", "CHL>ECU 039")]
    public void Intents_to_cooperate_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile and Peru held discussions in Lima.", "CHL~PER 040")]
    [InlineData("In 1994 Chile and Peru exchanged views on the border.", "CHL~PER 040")]
    [InlineData("In 1994 Chile contacted Peru.", "CHL>PER 040")]
    [InlineData("In 1994 Chile established contacts with Peru.", "CHL~PER 040")]
    [InlineData("In 1994 Chile held a telephone conversation with Peru.", "CHL~PER 041")]
    [InlineData("In 1994 the Peruvian president left for Santiago.", "PER>CHL 042")]
    [InlineData("In 1994 the Chilean president greeted the Peruvian president at the airport.", "CHL>PER 043")]
    [InlineData("In 1994 Chile played a mediating role between Peru and Ecuador.", "CHL>ECU 045")]
    [InlineData("In 1994 Chile brokered a truce between Peru and Ecuador.", "CHL>PER 045")]
    [InlineData("In 1994 Chile opened negotiations with Peru.", "CHL~PER 046")]
    public void Consultations_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile and Peru normalised ties.", "CHL~PER 050")]
    [InlineData("The normalization of relations between Chile and Peru came in 1994.", "CHL~PER 050")]
    [InlineData("In 1994 Chile reconciled with Peru.", "CHL~PER 050")]
    [InlineData("In 1994 Chile and Peru patched up their differences.", "CHL~PER 050")]
    [InlineData("In 1994 Chile paid tribute to Peru.", "CHL>PER 051")]
    [InlineData("In 1994 Chile lent moral support to Peru.", "CHL>PER 051")]
    [InlineData("In 1994 Chile came to the defence of Peru.", "CHL>PER 052")]
    [InlineData("In 1994 Chile campaigned for Peru's admission to the OAS.", "CHL>PER 053")]
    [InlineData("In 1994 Chile opened a consulate in Peru.", "CHL>PER 054")]
    [InlineData("In 1994 Chile and Peru resumed diplomatic relations.", "CHL~PER 054")]
    [InlineData("In 1994 Chile acknowledged Peru as an independent state.", "CHL>PER 054")]
    [InlineData("In 1994 Chile expressed regret to Peru.", "CHL>PER 055")]
    [InlineData("In 1994 Chile struck a deal with Peru.", "CHL~PER 057")]
    [InlineData("In 1994 Chile settled its border dispute with Peru.", "CHL~PER 057")]
    [InlineData("In 1994 Chile and Peru issued a joint communique.", "CHL~PER 057")]
    [InlineData("In 1994 Peru signed a memorandum of understanding with Chile.", "PER~CHL 057")]
    public void Diplomatic_cooperation_is_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile and Peru agreed to co-operate on fisheries.", "CHL~PER 060")]
    [InlineData("In 1994 Chile teamed up with Peru against the smugglers.", "CHL~PER 060")]
    [InlineData("In 1994 Chile and Peru resumed trade.", "CHL~PER 061")]
    [InlineData("In 1994 Chile leased a naval base to Peru.", "CHL>PER 062")]
    [InlineData("In 1994 Chile granted overflight rights to Peru.", "CHL>PER 062")]
    [InlineData("Chilean exports of missile technology to Peru began in 1994.", "CHL>PER 062")]
    [InlineData("In 1994 Chile extradited a Peruvian banker to Peru.", "CHL>PER 063")]
    [InlineData("In 1994 Chile shared intelligence with Peru.", "CHL~PER 064")]
    public void Material_cooperation_is_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile armed Peru.", "CHL>PER 072")]
    [InlineData("In 1994 Chile donated wheat to Peru.", "CHL>PER 070")]
    [InlineData("In 1994 Chile airlifted humanitarian aid to Peru.", "CHL>PER 073")]
    [InlineData("In 1994 Chile wrote off Peru's debts.", "CHL>PER 071")]
    [InlineData("In 1994 Chile bailed out Peru.", "CHL>PER 071")]
    [InlineData("In 1994 Chile sent peacekeepers to Peru.", "CHL>PER 074")]
    [InlineData("In 1994 Chile gave sanctuary to the Peruvian rebels.", "CHL>PERREB 075")]
    public void Aid_is_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile gave in to Peru.", "CHL>PER 080")]
    [InlineData("In 1994 Chile bowed to Peruvian pressure.", "CHL>PER 080")]
    [InlineData("In 1994 Chile accepted Peru's demands.", "CHL>PER 080")]
    [InlineData("In 1994 Chile ceded the islands to Peru.", "CHL>PER 080")]
    [InlineData("In 1994 Chile lifted the curfew in Peru.", "CHL>PER 0813")]
    [InlineData("In 1994 Chile freed Peruvian fishermen.", "CHL>PER 0841")]
    [InlineData("In 1994 Chile and Peru exchanged prisoners.", "CHL~PER 0841")]
    [InlineData("The 1994 prisoner exchange between Chile and Peru went well.", "CHL~PER 0841")]
    [InlineData("In 1994 Chile returned the islands to Peru.", "CHL>PER 0842")]
    [InlineData("In 1994 Chile unfroze Peruvian assets.", "CHL>PER 0842")]
    [InlineData("In 1994 Chile lowered tariffs on Peruvian goods.", "CHL>PER 085")]
    [InlineData("In 1994 Chile lifted the ban on Peruvian imports.", "CHL>PER 085")]
    [InlineData("In 1994 Chile allowed inspectors into Peru.", "CHL>PER 0862")]
    [InlineData("In 1994 Peru accepted Chilean peacekeepers.", "PER>CHL 0861")]
    [InlineData("In 1994 Chile pulled back its troops from Peru.", "CHL>PER 087")]
    [InlineData("In 1994 Chile reduced its troops along the border with Peru.", "CHL>PER 087")]
    [InlineData("The Chilean pullout from Peru ended in 1994.", "CHL>PER 087")]
    [InlineData("In 1994 Chile and Peru signed an armistice.", "CHL~PER 0871")]
    [InlineData("The 1994 ceasefire between Chile and Peru held.", "CHL~PER 0871")]
    [InlineData("In 1994 Chile lifted the blockade of Peru.", "CHL>PER 0872")]
    [InlineData("In 1994 the Peruvian troops laid down their arms to Chile.", "PERMIL>CHL 0874")]
    public void Yielding_is_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile launched an investigation into the Peruvian bank.", "CHL>PER 090")]
    [InlineData("In 1994 Chile flew reconnaissance missions over Peru.", "CHL>PER 090")]
    [InlineData("In 1994 Chile investigated the massacre by Peruvian troops.", "CHL>PERMIL 092")]
    public void Investigations_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile put pressure on Peru.", "CHL>PER 100")]
    [InlineData("In 1994 Chile demanded an explanation from Peru.", "CHL>PER 101")]
    [InlineData("In 1994 Chile demanded the release of the Peruvian opposition leader.", "CHL>PEROPP 1053")]
    [InlineData("In 1994 Chile demanded a ceasefire with Peru.", "CHL>PER 107")]
    [InlineData("In 1994 Chile demanded talks with Peru.", "CHL>PER 108")]
    public void Demands_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile voiced concern over Peru's missile tests.", "CHL>PER 110")]
    [InlineData("In 1994 Chile took issue with Peru.", "CHL>PER 110")]
    [InlineData("In 1994 Chile disputed Peru's claim to the islands.", "CHL>PER 110")]
    [InlineData("In 1994 Chile lambasted Peru.", "CHL>PER 111")]
    [InlineData("In 1994 Chile hit out at Peru.", "CHL>PER 111")]
    [InlineData("In 1994 Chile took Peru to task.", "CHL>PER 111")]
    [InlineData("In 1994 Chile held Peru responsible for the attack.", "CHL>PER 112")]
    [InlineData("In 1994 Chile accused Peru of aggression.", "CHL>PER 1123")]
    [InlineData("In 1994 Chile accused Peru of espionage.", "CHL>PER 1125")]
    [InlineData("In 1994 Chile campaigned against Peru.", "CHL>PER 113")]
    [InlineData("In 1994 Chile lodged a complaint with Peru.", "CHL>PER 114")]
    [InlineData("In 1994 Chile summoned the Peruvian ambassador.", "CHL>PER 114")]
    [InlineData("The Chilean complaint against Peru came in 1994.", "CHL>PER 114")]
    [InlineData("In 1994 Chile took Peru to court.", "CHL>PER 115")]
    public void Disapproval_is_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile refused Peru's offer.", "CHL>PER 120")]
    [InlineData("In 1994 Chile declined the Peruvian invitation.", "CHL>PER 120")]
    [InlineData("In 1994 Chile dismissed the Peruvian allegations.", "CHL>PER 120")]
    [InlineData("In 1994 Chile reneged on its promise to Peru.", "CHL>PER 120")]
    [InlineData("In 1994 Chile blocked Peru's entry into the OAS.", "CHL>PER 120")]
    [InlineData("In 1994 Chile rejected Peruvian aid.", "CHL>PER 122")]
    [InlineData("In 1994 Chile resisted pressure from Peru.", "CHL>PER 124")]
    [InlineData("In 1994 Chile ruled out talks with Peru.", "CHL>PER 125")]
    [InlineData("In 1994 Chile refused Peruvian mediation.", "CHL>PER 126")]
    [InlineData("In 1994 Chile rejected the peace plan of Peru.", "CHL>PER 127")]
    [InlineData("In 1994 Chile violated its agreement with Peru.", "CHL>PER 128")]
    [InlineData("In 1994 Chile cast its veto against Peru.", "CHL>PER 129")]
    public void Rejections_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile issued a warning to Peru.", "CHL>PER 130")]
    [InlineData("In 1994 Chile vowed revenge against Peru.", "CHL>PER 138")]
    [InlineData("In 1994 Chile threatened to use force against Peru.", "CHL>PER 138")]
    [InlineData("In 1994 Chile threatened Peru with a blockade.", "CHL>PER 1381")]
    [InlineData("In 1994 Chile threatened to sever relations with Peru.", "CHL>PER 1313")]
    [InlineData("In 1994 Chile gave Peru an ultimatum.", "CHL>PER 139")]
    public void Threats_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile threatened to invade Peru.", "CHL>PER 138")]
    [InlineData("In 1994 Chile threatened to cut off aid to Peru.", "CHL>PER 1311")]
    public void A_threatened_act_is_the_threat_not_the_act(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void Refusing_to_act_denies_the_act_rather_than_adding_a_rejection()
    {
        var e = Assert.Single(Coding.Events("In 1994 Chile refused to recognise Peru."));
        Assert.Equal(("054", true), (e.Cameo.Code, e.Negated));
    }

    [Fact]
    public void Posing_a_threat_describes_a_state_not_an_act()
    {
        Assert.Empty(Codes("In 1994 Peru posed a threat to Chile."));
    }

    [Theory]
    [InlineData("In 1994 Chile and Peru agreed to a ceasefire.")]
    [InlineData("In 1994 Chile and Peru agreed to a cease-fire.")]
    public void A_pattern_alternative_may_be_a_hyphenated_spelling(string text)
    {
        Assert.Equal(["CHL~PER 0871"], Codes(text));
    }

    [Fact]
    public void Moral_support_is_diplomatic_and_material_support_is_aid()
    {
        Assert.Equal(["CHL>PER 051", "CHL>PER 070"], Codes("In 1994 Chile provided moral and material support to Peru."));
    }

    [Fact]
    public void A_trade_agreement_is_one_agreement_not_trade_and_an_agreement()
    {
        Assert.Equal(["CHL~PER 057"], Codes("In 1994 Chile and Peru signed a trade agreement."));
    }

    [Fact]
    public void A_declaration_of_war_is_war_not_an_agreement()
    {
        Assert.Equal(["PER>CHL 190"], Codes("Peru's 1994 declaration of war on Chile surprised no one."));
    }

    /// <summary>Source, direction ("~" when symmetric), target and code of each event, without dates.</summary>
    private static List<string> Codes(string text) =>
        Coding.Events(text).Select(e => $"{e.Source.Code}{(e.Symmetric ? "~" : ">")}{e.Target?.Code} {e.Cameo.Code}").ToList();

    private static void AssertCoded(string text, string expected) => Assert.Contains(expected, Codes(text));
}
