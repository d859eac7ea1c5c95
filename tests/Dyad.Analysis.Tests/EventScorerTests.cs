using Dyad.Analysis.Evaluation;

namespace Dyad.Analysis.Tests;

public class EventScorerTests
{
    private static ScoredEvent Gold(string text, string source, string target, string cameo, string? date = null,
        bool negated = false, bool hypothetical = false, bool optional = false, bool symmetric = false, string doc = "d.txt") =>
        new(doc, text, EventScorer.RootOf(cameo), EventScorer.Country(source), EventScorer.Country(target), EventScorer.YearOf(date),
            negated, hypothetical, optional, symmetric, 1, date ?? "None", source, target, cameo);

    private static ScoredEvent Pred(string sentence, string source, string target, string cameo, string? date = null,
        bool negated = false, bool hypothetical = false, string doc = "d.txt") =>
        Gold(sentence, source, target, cameo, date, negated, hypothetical, doc: doc);

    [Theory]
    [InlineData(0.6785, 3, 0.678)]
    [InlineData(0.0625, 3, 0.062)]
    [InlineData(0.0635, 3, 0.064)]
    [InlineData(2.675, 2, 2.67)]
    [InlineData(0.5, 0, 0.0)]
    [InlineData(1.5, 0, 2.0)]
    [InlineData(0.7785714285714286, 3, 0.779)]
    public void Rounds_like_python(double value, int digits, double expected) =>
        Assert.Equal(expected, EventScorer.PythonRound(value, digits));

    [Theory]
    [InlineData("visited Moscow in 1965", "Ayub Khan visited Moscow in 1965, a first.", true)]
    [InlineData("Ayub Khan visited Moscow in 1965, a first, and then went home.", "Ayub Khan visited Moscow in 1965, a first.", true)]
    [InlineData("Ayub Khan’s visit to Moscow", "Ayub Khan's visit to Moscow was long.", true)]
    [InlineData("the Soviet Union signed the treaty with India", "India signed it with the Soviet Union", true)]
    [InlineData("the Soviet Union signed the treaty with India", "China signed a pact", false)]
    public void Recognises_the_same_statement(string quote, string sentence, bool same) =>
        Assert.Equal(same, EventScorer.SameStatement(quote, sentence));

    [Theory]
    [InlineData("SUN", "RUS")]
    [InlineData("USSR", "RUS")]
    [InlineData("pakmil", "PAK")]
    [InlineData("UN", "UN")]
    [InlineData(" none ", null)]
    public void Codes_countries_like_the_script(string code, string? expected) => Assert.Equal(expected, EventScorer.Country(code));

    [Fact]
    public void Lenient_needs_the_quad_strict_needs_root_direction_and_year()
    {
        var gold = new[] { Gold("Nixon visited China in 1972", "USA", "CHN", "042", "1972") };
        var report = EventScorer.Score(gold, [Pred("Nixon visited China in 1972.", "CHN", "USA", "040", "1971")]);
        Assert.Equal((1, 0, 0), (report.Lenient.TruePositives, report.Lenient.FalsePositives, report.Lenient.FalseNegatives));
        Assert.Equal((0, 1, 1), (report.Strict.TruePositives, report.Strict.FalsePositives, report.Strict.FalseNegatives));
        Assert.Equal(0.0, report.YearAccuracy);
        Assert.Equal(0.0, report.DirectionAccuracy);
    }

    [Fact]
    public void Symmetric_gold_accepts_either_order_in_strict()
    {
        var gold = new[] { Gold("India and Pakistan fought in 1965", "IND", "PAK", "190", "1965", symmetric: true) };
        var report = EventScorer.Score(gold, [Pred("India and Pakistan fought in 1965.", "PAK", "IND", "190", "1965")]);
        Assert.Equal(1, report.Strict.TruePositives);
    }

    [Fact]
    public void Flagged_gold_rewards_the_same_flag_and_punishes_an_assertion()
    {
        var gold = new[] { Gold("China refused to mediate", "CHN", "IND", "045", negated: true) };
        Assert.Equal(1, EventScorer.Score(gold, [Pred("China refused to mediate.", "CHN", "IND", "045", negated: true)]).Lenient.TruePositives);
        var asserted = EventScorer.Score(gold, [Pred("China refused to mediate.", "CHN", "IND", "045")]);
        Assert.Equal((0, 1, 0), (asserted.Lenient.TruePositives, asserted.Lenient.FalsePositives, asserted.Lenient.FalseNegatives));
        var missed = EventScorer.Score(gold, []);
        Assert.Equal((0, 0, 0), (missed.Lenient.TruePositives, missed.Lenient.FalsePositives, missed.Lenient.FalseNegatives));
    }

    [Fact]
    public void Optional_gold_is_neutral_and_other_documents_are_ignored()
    {
        var gold = new[] { Gold("ties were warm", "IND", "RUS", "050", optional: true) };
        var report = EventScorer.Score(gold, [Pred("ties were warm.", "IND", "RUS", "050"), Pred("Other doc.", "IND", "RUS", "050", doc: "other.txt")]);
        Assert.Equal((0, 0, 0), (report.Lenient.TruePositives, report.Lenient.FalsePositives, report.Lenient.FalseNegatives));
        Assert.Equal(1, report.Predicted);
    }

    [Fact]
    public void Each_gold_and_each_prediction_match_at_most_once_best_first()
    {
        var gold = new[]
        {
            Gold("X visited Y twice; 1972 and 1974", "PAK", "RUS", "042", "1972"),
            Gold("X visited Y twice; 1972 and 1974", "PAK", "RUS", "042", "1974"),
        };
        var report = EventScorer.Score(gold, [Pred("X visited Y twice; 1972 and 1974.", "PAK", "RUS", "042", "1974")]);
        Assert.Equal((1, 0, 1), (report.Strict.TruePositives, report.Strict.FalsePositives, report.Strict.FalseNegatives));
        Assert.Equal(1.0, report.YearAccuracy);
    }
}
