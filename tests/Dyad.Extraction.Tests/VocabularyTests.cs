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
    [InlineData("In 1994 Chile reassured Peru about its intentions.", "CHL>PER 010")]
    [InlineData("In 1994 Chile expressed its sorrow to Peru.", "CHL>PER 018")]
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
    [InlineData("In 1994 Chile made an appeal to Peru.", "CHL>PER 020")]
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
    [InlineData("In 1994 Peru received assurances from Chile.", "CHL>PER 030")]
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
    [InlineData("The 1994 trade talks between Chile and Peru went badly.", "CHL~PER 046")]
    public void Consultations_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile and Peru normalised ties.", "CHL~PER 050")]
    [InlineData("The normalization of relations between Chile and Peru came in 1994.", "CHL~PER 050")]
    [InlineData("In 1994 Chile reconciled with Peru.", "CHL~PER 050")]
    [InlineData("In 1994 Chile and Peru patched up their differences.", "CHL~PER 050")]
    [InlineData("In 1994 Chile paid tribute to Peru.", "CHL>PER 051")]
    [InlineData("In 1994 the Chilean decision won plaudits from Peru.", "PER>CHL 051")]
    [InlineData("In 1994 Chile granted a visa to the Peruvian president.", "CHL>PER 050")]
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
    [InlineData("In 1994 Chile and Peru agreed a new trade deal.", "CHL~PER 057")]
    [InlineData("In 1994 Chile and Peru exchanged the instruments of ratification.", "CHL~PER 057")]
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
    [InlineData("In 1994 Chile shipped tanks to Peru.", "CHL>PER 062")]
    [InlineData("In 1994 Chile sent military advisers to Peru.", "CHL>PER 062")]
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
    [InlineData("In 1994 Chile ordered a halt to all operations in Peru.", "CHL>PER 087")]
    [InlineData("In 1994 Chile released the captured pilot to Peru.", "CHL>PER 0841")]
    [InlineData("In 1994 Chile announced an end to the sanctions on Peru.", "CHL>PER 085")]
    [InlineData("The cease fire between Chile and Peru took effect in 1994.", "CHL~PER 0871")]
    public void Yielding_is_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile launched an investigation into the Peruvian bank.", "CHL>PER 090")]
    [InlineData("In 1994 Chile flew reconnaissance missions over Peru.", "CHL>PER 090")]
    [InlineData("In 1994 Chile investigated the massacre by Peruvian troops.", "CHL>PERMIL 092")]
    [InlineData("In 1994 Chile ordered an investigation against Peru.", "CHL>PER 090")]
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
    [InlineData("In 1994 Chile spoke out against Peru.", "CHL>PER 111")]
    [InlineData("In 1994 Chile reacted angrily to Peru's decision.", "CHL>PER 111")]
    [InlineData("In 1994 Chile charged that Peru had armed the rebels.", "CHL>PER 112")]
    [InlineData("In 1994 Chile sent a note to Peru.", "CHL>PER 114")]
    [InlineData("In 1994 Chile presented evidence against Peru.", "CHL>PER 112")]
    [InlineData("In 1994 Chile expressed “dismay and concern” over the Peruvian decision.", "CHL>PER 110")]
    [InlineData("In 1994 Chile claimed that Peru had armed the rebels.", "CHL>PER 112")]
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
    [InlineData("In 1994 Chile ended its truce with Peru.", "CHL>PER 1246")]
    [InlineData("In 1994 Chile voted against Peru's admission.", "CHL>PER 120")]
    public void Rejections_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile issued a warning to Peru.", "CHL>PER 130")]
    [InlineData("In 1994 Chile vowed revenge against Peru.", "CHL>PER 138")]
    [InlineData("In 1994 Chile threatened to use force against Peru.", "CHL>PER 138")]
    [InlineData("In 1994 the Chilean leader vowed “swift retaliation” against Peru.", "CHL>PER 138")]
    [InlineData("In 1994 Chile threatened Peru with a blockade.", "CHL>PER 1381")]
    [InlineData("In 1994 Chile threatened to sever relations with Peru.", "CHL>PER 1313")]
    [InlineData("In 1994 Chile gave Peru an ultimatum.", "CHL>PER 139")]
    [InlineData("In 1994 Chile threatened to intervene in Peru.", "CHL>PER 138")]
    [InlineData("In 1994 Chile gave Peru three days to withdraw.", "CHL>PER 139")]
    public void Threats_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile threatened to invade Peru.", "CHL>PER 138")]
    [InlineData("In 1994 Chile threatened to cut off aid to Peru.", "CHL>PER 1311")]
    [InlineData("In 1994 Chile vowed to retaliate against Peru.", "CHL>PER 138")]
    [InlineData("In 1994 Chile said it wanted to impose sanctions on Peru.", "CHL>PER 1312")]
    [InlineData("In 1994 Chile pledged to blockade the ports of Peru.", "CHL>PER 1381")]
    public void A_threatened_act_is_the_threat_not_the_act(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Fact]
    public void A_wish_to_use_force_that_is_denied_or_only_planned_is_no_threat()
    {
        Assert.DoesNotContain(Codes("In 1994 Chile did not want to attack Peru."), c => c.Contains(" 13", StringComparison.Ordinal));
        Assert.DoesNotContain(Codes("In 1994 Chile planned to attack Peru."), c => c.Contains(" 13", StringComparison.Ordinal));
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
    [InlineData("In 1994 Chilean students demonstrated against Peru.", "CHL>PER 141")]
    [InlineData("In 1994 Chile held a rally against Peru.", "CHL>PER 141")]
    [InlineData("In 1994 Chile boycotted Peru.", "CHL>PER 143")]
    [InlineData("In 1994 Chilean troops blocked a Peruvian convoy.", "CHLMIL>PER 144")]
    [InlineData("In 1994 a Chilean mob stormed the Peruvian embassy.", "CHL>PERGOV 145")]
    public void Protests_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile stationed troops near the border with Peru.", "CHL>PER 150")]
    [InlineData("The 1994 standoff between Chile and Peru lasted a month.", "CHL~PER 150")]
    [InlineData("In 1994 Chile placed its forces on alert against Peru.", "CHL>PER 152")]
    [InlineData("In 1994 Chile amassed troops along the border with Peru.", "CHL>PER 154")]
    [InlineData("In 1994 Chile reinforced its garrison on the border with Peru.", "CHL>PER 154")]
    [InlineData("The Chilean military build-up along the Peruvian border began in 1994.", "CHLMIL>PER 154")]
    public void Force_postures_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile distanced itself from Peru.", "CHL>PER 160")]
    [InlineData("In 1994 Chile cancelled its visit to Peru.", "CHL>PER 160")]
    [InlineData("In 1994 Chile withdrew from the treaty with Peru.", "CHL>PER 160")]
    [InlineData("In 1994 Chile cut ties with Peru.", "CHL~PER 161")]
    [InlineData("In 1994 Chile recalled its envoy from Peru.", "CHL>PER 161")]
    [InlineData("In 1994 Chile closed its consulates in Peru.", "CHL>PER 161")]
    [InlineData("In 1994 Chile declared a Peruvian diplomat persona non grata.", "CHL>PER 161")]
    [InlineData("In 1994 Chile slashed aid to Peru.", "CHL>PER 162")]
    [InlineData("In 1994 Chile imposed an embargo on Peru.", "CHL>PER 163")]
    [InlineData("In 1994 Chile tightened sanctions on Peru.", "CHL>PER 163")]
    [InlineData("In 1994 Chile froze Peruvian assets.", "CHL>PER 163")]
    [InlineData("In 1994 Chile restricted imports from Peru.", "CHL>PER 163")]
    [InlineData("In 1994 Chile broke off talks with Peru.", "CHL~PER 164")]
    [InlineData("In 1994 Chile walked out of the negotiations with Peru.", "CHL>PER 164")]
    [InlineData("In 1994 Chile expelled the Peruvian advisers.", "CHL>PER 166")]
    [InlineData("In 1994 Chile ordered the Peruvian advisers out.", "CHL>PER 166")]
    [InlineData("In 1994 Peru expelled the Chilean inspectors.", "PER>CHL 1662")]
    [InlineData("In 1994 Chile banned official visits with Peru.", "CHL>PER 161")]
    [InlineData("In 1994 Chile blocked loans to Peru.", "CHL>PER 162")]
    [InlineData("In 1994 Chile issued a trade embargo on Peru.", "CHL>PER 163")]
    [InlineData("In 1994 Chile advised against travel to Peru.", "CHL>PER 160")]
    public void Reduced_relations_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile nationalised Peruvian mines.", "CHL>PER 1711")]
    [InlineData("In 1994 Chile seized a Peruvian tanker.", "CHL>PER 1711")]
    [InlineData("In 1994 Chile denied entry to a Peruvian minister.", "CHL>PER 172")]
    [InlineData("In 1994 Chile jailed a Peruvian journalist.", "CHL>PER 173")]
    [InlineData("In 1994 Chile took a Peruvian officer into custody.", "CHL>PER 173")]
    [InlineData("The arrest of a Peruvian officer by Chile came in 1994.", "CHL>PER 173")]
    [InlineData("In 1994 Chile exiled the Peruvian dissidents.", "CHL>PEROPP 174")]
    [InlineData("In 1994 Chile crushed the Peruvian rebels.", "CHL>PERREB 175")]
    [InlineData("The 1994 Chilean crackdown on Peruvian traders was harsh.", "CHL>PERBUS 175")]
    [InlineData("In 1994 Chile took 9,000 Peruvian prisoners and gave the people of Ecuador their freedom.", "CHL>PER 173")]
    public void Coercion_is_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chilean militants held a Peruvian diplomat hostage.", "CHLREB>PER 181")]
    [InlineData("In 1994 Chile tortured a Peruvian prisoner.", "CHL>PER 1822")]
    [InlineData("In 1994 Chilean agents blew up the Peruvian embassy.", "CHL>PERGOV 183")]
    [InlineData("In 1994 Chile murdered a Peruvian diplomat.", "CHL>PER 186")]
    [InlineData("In 1994 Chile backed a coup in Peru.", "CHL>PER 180")]
    public void Assaults_are_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile ambushed a Peruvian patrol.", "CHL>PER 190")]
    [InlineData("In 1994 Chilean troops skirmished with Peruvian troops.", "CHLMIL~PERMIL 190")]
    [InlineData("The 1994 clash between Chile and Peru killed ten.", "CHL~PER 190")]
    [InlineData("In 1994 Chile repulsed the Peruvian attack.", "CHL>PER 190")]
    [InlineData("In 1994 Chile mounted an offensive against Peru.", "CHL>PER 190")]
    [InlineData("In 1994 Chilean troops fired on Peruvian soldiers.", "CHLMIL>PERMIL 190")]
    [InlineData("In 1994 Chilean jets violated Peruvian airspace.", "CHL>PER 190")]
    [InlineData("In 1994 Chile landed marines on the Peruvian coast.", "CHL>PER 190")]
    [InlineData("In 1994 Chile laid siege to the Peruvian capital.", "CHL>PER 191")]
    [InlineData("In 1994 Chile imposed a naval blockade on Peru.", "CHL>PER 191")]
    [InlineData("In 1994 Chile closed the strait to Peru.", "CHL>PER 191")]
    [InlineData("In 1994 Chile captured the Peruvian town.", "CHL>PER 192")]
    [InlineData("In 1994 Chile took control of the Peruvian islands.", "CHL>PER 192")]
    [InlineData("In 1994 Chilean troops opened fire on Peruvian soldiers.", "CHLMIL>PERMIL 193")]
    [InlineData("In 1994 Chile exchanged fire with Peru.", "CHL~PER 193")]
    [InlineData("In 1994 Chile bombarded Peru.", "CHL>PER 194")]
    [InlineData("The 1994 Chilean shelling of Peruvian posts went on for days.", "CHL>PER 194")]
    [InlineData("In 1994 Chile carried out air strikes on Peru.", "CHL>PER 195")]
    [InlineData("In 1994 Chile launched missiles at Peru.", "CHL>PER 195")]
    [InlineData("In 1994 Chile violated the ceasefire with Peru.", "CHL>PER 196")]
    [InlineData("In 1994 Chile and Peru locked horns over the border.", "CHL~PER 190")]
    [InlineData("In 1994 Chile defeated Peru.", "CHL>PER 190")]
    [InlineData("In 1994 Chile dealt a heavy blow to Peru.", "CHL>PER 190")]
    [InlineData("In 1994 Chile lobbed missiles at Peru.", "CHL>PER 195")]
    [InlineData("In 1994 Chile shut the border crossings with Peru.", "CHL>PER 191")]
    [InlineData("In 1994 Chile invaded the northern provinces of Peru.", "CHL>PER 190")]
    [InlineData("In 1994 Chile fired artillery shells at Peru.", "CHL>PER 190")]
    [InlineData("In 1994 Chilean troops engaged Peruvian troops in a firefight.", "CHLMIL~PERMIL 193")]
    public void Fighting_is_coded(string text, string expected) => AssertCoded(text, expected);

    [Theory]
    [InlineData("In 1994 Chile expelled civilians from Peru.", "CHL>PER 201")]
    [InlineData("The 1994 massacre of Peruvian villagers by Chilean troops shocked the world.", "CHLMIL>PER 202")]
    [InlineData("In 1994 Chile used chemical weapons against Peru.", "CHL>PER 2041")]
    public void Mass_violence_is_coded(string text, string expected) => AssertCoded(text, expected);

    [Fact]
    public void Forces_after_a_state_stay_a_noun()
    {
        // No verb pattern may start with "force": "NATO forces" would read as a clause and lose the withdrawal's source.
        Assert.Contains("NATO>AFG 087", Codes("Peace came after the withdrawal of US and NATO forces from Afghanistan in 2014."));
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
