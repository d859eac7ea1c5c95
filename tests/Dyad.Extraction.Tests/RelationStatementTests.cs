using Dyad.Testing;

namespace Dyad.Extraction.Tests;

public class RelationStatementTests
{
    private static List<string> Statements(string text) =>
        TestLexicons.NewPipeline().Extract(text, "hash").Statements
            .Select(r => $"{r.First.Code}~{r.Second.Code} {r.Tone:+0;-0} {r.Cue} {(r.When is { } w ? w.End is { } end ? $"{w.Start.ToIsoString()}/{end.ToIsoString()}" : w.Start.ToIsoString() : "undated")}")
            .ToList();

    [Fact]
    public void A_judgement_of_relations_between_two_states_is_a_statement_not_an_event()
    {
        const string text = "Relations between India and China deteriorated sharply in 1959.";
        Assert.Equal(["IND~CHN -4 deteriorated 1959"], Statements(text));
        Assert.Empty(TestLexicons.NewPipeline().Extract(text, "hash").Events);
    }

    [Fact]
    public void Pairs_come_from_hyphenated_modifiers_and_possessives_and_spans_date_them()
    {
        Assert.Equal(["RUS~AFG -5 sank 1979/1989"], Statements("The Soviet-Afghan relationship sank to its lowest point from 1979 to 1989."));
        Assert.Equal(["JPN~CHN +3 improved 1972"], Statements("In 1972 Japan's relations with China improved."));
    }

    [Fact]
    public void Bilateral_ties_point_back_to_the_pair_the_text_is_about()
    {
        Assert.Equal(["IND~NPL +3 warmed 1990"], Statements("In 1990 India and Nepal signed a treaty. Bilateral ties warmed quickly."));
    }

    [Fact]
    public void A_negated_judgement_and_a_name_like_the_cold_war_are_not_statements()
    {
        Assert.Empty(Statements("In 1980 relations between Iran and Iraq did not improve."));
        Assert.Empty(Statements("Relations between Cuba and Spain during the Cold War were a subject of study."));
    }
}
