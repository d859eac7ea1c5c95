using Dyad.Analysis.Reconciliation;
using static Dyad.Analysis.Tests.Reports;

namespace Dyad.Analysis.Tests;

public class ReconciliationTests
{
    private static IReadOnlyList<EventCluster> Cluster(params Model.ObservedEvent[] events) => new Reconciler().Cluster(events);

    [Fact]
    public void The_same_visit_in_two_documents_is_one_happening_with_a_date_disagreement()
    {
        var clusters = Cluster(
            Event("a.txt", 3, "1950-05", "NPL", "IND", "042", "King Tribhuvan of Nepal visited New Delhi in May 1950 for talks with Nehru."),
            Event("b.txt", 7, "1951", "NPL", "IND", "042", "In 1951 the Nepalese king paid a visit to New Delhi, where Nehru received him."),
            Event("c.txt", 1, "1950", "NPL", "IND", "042", "Tribhuvan's 1950 visit to New Delhi was his first abroad."));
        var visit = Assert.Single(clusters);
        Assert.Equal(3, visit.Documents);
        Assert.Equal("1950-05", visit.Date.ToString());
        Assert.Equal(2, visit.Support);
        var conflict = Assert.Single(new ConflictFinder().Find(clusters, clusters.SelectMany(c => c.Members)));
        Assert.Equal(ConflictKind.Date, conflict.Kind);
        Assert.Equal(["a.txt", "c.txt"], conflict.Sides[0].Reports.Select(r => r.Doc).Order());
        Assert.Equal("b.txt", Assert.Single(conflict.Sides[1].Reports).Doc);
    }

    [Fact]
    public void Two_visits_months_apart_in_one_year_stay_two_happenings()
    {
        Assert.Equal(2, Cluster(
            Event("a.txt", 3, "1972-03", "NPL", "IND", "042", "In March 1972 the king visited New Delhi."),
            Event("a.txt", 9, "1972-10", "NPL", "IND", "042", "He visited New Delhi again in October 1972.")).Count);
        Assert.Equal(2, Cluster(
            Event("a.txt", 3, "1972-03", "NPL", "IND", "042", "In March 1972 the king visited New Delhi."),
            Event("b.txt", 4, "1972-10", "NPL", "IND", "042", "In October 1972 the king visited New Delhi.")).Count);
    }

    [Fact]
    public void Events_of_one_sentence_opposite_visits_and_different_codes_are_never_merged()
    {
        Assert.Equal(2, Cluster(
            Event("a.txt", 3, "1972", "NPL", "IND", "042", "The king visited New Delhi twice; March 1972 and October 1974."),
            Event("a.txt", 3, "1972", "NPL", "IND", "042", "The king visited New Delhi twice; March 1972 and October 1974.")).Count);
        Assert.Equal(2, Cluster(
            Event("a.txt", 3, "1972", "NPL", "IND", "042", "The king visited New Delhi in 1972."),
            Event("b.txt", 3, "1972", "IND", "NPL", "042", "Indira Gandhi visited Kathmandu in 1972.")).Count);
        Assert.Equal(2, Cluster(
            Event("a.txt", 3, "1972", "NPL", "IND", "057", "Nepal and India signed a treaty in 1972.", symmetric: true),
            Event("b.txt", 3, "1972", "NPL", "IND", "054", "Nepal and India established relations in 1972.", symmetric: true)).Count);
    }

    [Fact]
    public void A_general_code_joins_a_specific_one_of_its_root()
    {
        Assert.True(Reconciler.CompatibleCodes("040", "042"));
        Assert.True(Reconciler.CompatibleCodes("190", "195"));
        Assert.False(Reconciler.CompatibleCodes("054", "057"));
        Assert.False(Reconciler.CompatibleCodes("111", "112"));
    }

    [Fact]
    public void Reports_years_apart_or_without_shared_words_stay_apart()
    {
        Assert.Equal(2, Cluster(
            Event("a.txt", 1, "1960", "NPL", "CHN", "057", "Nepal and China signed a boundary treaty in 1960.", symmetric: true),
            Event("b.txt", 1, "1963", "NPL", "CHN", "057", "Nepal and China signed a boundary treaty in 1963.", symmetric: true)).Count);
        Assert.Equal(2, Cluster(
            Event("a.txt", 1, "1960", "NPL", "CHN", "057", "Nepal and China signed a boundary treaty in 1960.", symmetric: true),
            Event("b.txt", 1, "1961", "NPL", "CHN", "057", "Kathmandu and Beijing agreed on air links the year after.", symmetric: true)).Count);
    }

    [Fact]
    public void A_first_since_claim_is_contradicted_by_a_report_in_between()
    {
        var events = new[]
        {
            Event("a.txt", 5, "2002", "NPL", "CHN", "042", "In 2002 the king visited Beijing, the first royal visit since the 1972 trip.", firstSince: "1972"),
            Event("b.txt", 8, "1976-06", "NPL", "CHN", "042", "The king visited Beijing in June 1976."),
            Event("c.txt", 2, "1972", "NPL", "CHN", "042", "The king's 1972 trip to Beijing opened the way."),
        };
        var clusters = new Reconciler().Cluster(events);
        var conflict = Assert.Single(new ConflictFinder().Find(clusters, events));
        Assert.Equal(ConflictKind.Claim, conflict.Kind);
        Assert.Equal("a.txt", Assert.Single(conflict.Sides[0].Reports).Doc);
        Assert.Equal("b.txt", Assert.Single(conflict.Sides[1].Reports).Doc);
    }

    [Fact]
    public void A_dated_denial_is_contradicted_by_another_documents_report()
    {
        var events = new[]
        {
            Event("a.txt", 5, "1949", "PAK", "RUS", "042", "Liaquat never went to Moscow in 1949.", negated: true),
            Event("b.txt", 8, "1949", "PAK", "RUS", "042", "Liaquat visited Moscow in 1949."),
        };
        var clusters = new Reconciler().Cluster(events);
        Assert.Single(clusters);
        var conflict = Assert.Single(new ConflictFinder().Find(clusters, events));
        Assert.Equal(ConflictKind.Claim, conflict.Kind);
    }
}
