using Dyad.Analysis.Eras;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Analysis.Reconciliation;
using Dyad.Analysis.Triangles;
using static Dyad.Analysis.Tests.Reports;

namespace Dyad.Analysis.Tests;

public class TriangleTests
{
    private static TriangleReport Analyze(params ObservedEvent[] events)
    {
        var clusters = new Reconciler().Cluster(events);
        var pairs = new RelationshipIndex(new IndexOptions { ThirdParties = false });
        pairs.Prepare(clusters, [], []);
        var era = new Era(1990, 1999, 0, 1, 10, []);
        return new TriangleAnalyzer().Analyze(new DyadSpec("AAA", "BBB", false), ["CCC"], [era], pairs);
    }

    private static ObservedEvent Tie(string a, string b, double tone, int year = 1995) =>
        Event($"{a}{b}.txt", 1, year.ToString(System.Globalization.CultureInfo.InvariantCulture), a, b, tone > 0 ? "051" : "111", $"{a} and {b} in {year}.",
            goldstein: tone, quad: tone > 0 ? 1 : 3);

    [Fact]
    public void Friends_of_friends_and_a_shared_enemy_are_balanced()
    {
        Assert.True(Assert.Single(Analyze(Tie("AAA", "BBB", 5), Tie("AAA", "CCC", 5), Tie("BBB", "CCC", 5)).Eras[0].Triangles).Balanced);
        Assert.True(Assert.Single(Analyze(Tie("AAA", "BBB", 5), Tie("AAA", "CCC", -5), Tie("BBB", "CCC", -5)).Eras[0].Triangles).Balanced);
    }

    [Fact]
    public void A_friend_of_an_enemy_is_unbalanced_and_a_missing_edge_undecided()
    {
        Assert.False(Assert.Single(Analyze(Tie("AAA", "BBB", 5), Tie("AAA", "CCC", 5), Tie("BBB", "CCC", -5)).Eras[0].Triangles).Balanced);
        Assert.False(Assert.Single(Analyze(Tie("AAA", "BBB", -5), Tie("AAA", "CCC", -5), Tie("BBB", "CCC", -5)).Eras[0].Triangles).Balanced);
        Assert.Null(Assert.Single(Analyze(Tie("AAA", "BBB", 5), Tie("AAA", "CCC", 5)).Eras[0].Triangles).Balanced);
    }

    [Fact]
    public void Correlation_reports_its_lag_and_the_years_behind_it()
    {
        var focal = Enumerable.Range(0, 8).Select(i => new IndexYear(1990 + i, i % 2 == 0 ? 3 : -3, 1, [])).ToList();
        var lagged = Enumerable.Range(0, 8).Select(i => new IndexYear(1989 + i, i % 2 == 0 ? 2 : -2, 1, [])).ToList();
        var (r, n) = TriangleAnalyzer.Correlate(focal, lagged, lag: 1);
        Assert.Equal(1.0, r!.Value, 6);
        Assert.Equal(8, n);
        Assert.Equal((null, 2), TriangleAnalyzer.Correlate(focal.Take(2).ToList(), lagged, lag: 1));
    }

    [Fact]
    public void The_index_pulls_apart_two_states_when_one_befriends_the_others_enemy()
    {
        var events = new[]
        {
            Tie("AAA", "CCC", 6, 1995), Tie("AAA", "CCC", 6, 1996),
            Tie("BBB", "CCC", -6, 1995), Tie("BBB", "CCC", -6, 1996),
        };
        var index = new RelationshipIndex().Build(new DyadSpec("AAA", "BBB", false), new Reconciler().Cluster(events), [], []);
        Assert.NotEmpty(index);
        Assert.All(index, y => Assert.True(y.Value < 0));
        Assert.All(index, y => Assert.All(y.Evidence, e => Assert.Equal(EvidenceKind.ThirdParty, e.Kind)));
        Assert.Empty(new RelationshipIndex(IndexOptions.DirectOnly).Build(new DyadSpec("AAA", "BBB", false), new Reconciler().Cluster(events), [], []));
    }

    [Fact]
    public void Helping_the_other_sides_rebels_counts_against_the_relationship()
    {
        var events = new[] { Event("a.txt", 1, "1985", "AAA", "BBBREB", "070", "AAA armed the BBB rebels in 1985.", goldstein: 7, quad: 2) };
        var year = Assert.Single(new RelationshipIndex().Build(new DyadSpec("AAA", "BBB", false), new Reconciler().Cluster(events), [], []));
        Assert.Equal(-7, year.Value);
    }
}
