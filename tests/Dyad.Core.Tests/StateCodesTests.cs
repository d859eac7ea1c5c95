using Dyad.Core.Actors;
using Dyad.Testing;

namespace Dyad.Core.Tests;

public class StateCodesTests
{
    private static readonly StateCodes Codes = StateCodes.Load(Path.Combine(RepoPaths.Data, "actors", "state-codes.tsv"));

    [Theory]
    [InlineData("PAK", 770, 770)]
    [InlineData("IND", 750, 750)]
    [InlineData("RUS", 365, 365)]
    [InlineData("USA", 2, 2)]
    [InlineData("CHN", 710, 710)]
    [InlineData("AFG", 700, 700)]
    public void States_have_their_cow_and_gw_numbers(string iso, int cow, int gw)
    {
        foreach (var date in new[] { "1965", "1979-12-27", "2001-10" })
        {
            var period = Codes.Find(iso, null, date);
            Assert.NotNull(period);
            Assert.Equal((cow, gw), (period.Cow, period.Gw));
        }
    }

    [Theory]
    [InlineData("DEU", null, "1980-05-01", 260, 260)]
    [InlineData("DEU", null, "1990-10-02", 260, 260)]
    [InlineData("DEU", null, "1990-10-03", 255, 260)]
    [InlineData("DEU", null, "2005", 255, 260)]
    [InlineData("DEU", "West Germany", "1975", 260, 260)]
    [InlineData("DEU", "East Germany", "1975-03", 265, 265)]
    [InlineData("DEU", null, "1938", 255, 255)]
    [InlineData("RUS", "USSR", "1979-12-27", 365, 365)]
    [InlineData("YEM", "North Yemen", "1980", 678, 678)]
    [InlineData("YEM", "South Yemen", "1980", 680, 680)]
    [InlineData("YEM", null, "1995", 679, 678)]
    [InlineData("SRB", "Yugoslavia", "1999-03-24", 345, 345)]
    [InlineData("SRB", null, "2010", 345, 340)]
    [InlineData("CZE", "Czechoslovakia", "1968-08-21", 315, 315)]
    [InlineData("CZE", null, "2000", 316, 316)]
    public void Codes_that_changed_are_found_by_date(string iso, string? historical, string date, int cow, int gw)
    {
        var period = Codes.Find(iso, historical, date);
        Assert.NotNull(period);
        Assert.Equal((cow, gw), (period.Cow, period.Gw));
    }

    [Fact]
    public void A_historical_name_past_its_dates_falls_back_to_the_code_and_unknown_codes_have_none()
    {
        Assert.Equal(255, Codes.Find("DEU", "West Germany", "1995")?.Cow);
        Assert.Null(Codes.Find("DEU", null, "1947"));
        Assert.Null(Codes.Find("NATO", null, "1990"));
    }

    [Fact]
    public void Every_country_in_the_actor_lexicon_has_numbers_and_periods_of_one_name_do_not_overlap()
    {
        var countries = File.ReadLines(Path.Combine(RepoPaths.Data, "actors", "countries.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]);
        var missing = countries.Where(c => c is not ("PSE" or "VAT") && Codes.Find(c, null, "2020-01-01") is not { Cow: not null, Gw: not null }).ToList();
        Assert.Empty(missing);
        foreach (var group in Codes.Periods.GroupBy(p => (p.Iso, p.Historical)))
        {
            var sorted = group.OrderBy(p => p.From, StringComparer.Ordinal).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                Assert.True(sorted[i - 1].To.Length > 0 && string.CompareOrdinal(sorted[i - 1].To, sorted[i].From) < 0, $"{group.Key} periods overlap");
            }
        }
    }

    [Fact]
    public void A_malformed_line_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("codes.tsv", "# header\nDEU\t\t1990-13-01\t\t255\t260\n");
        var error = Assert.Throws<InvalidDataException>(() => StateCodes.Load(path));
        Assert.Contains("codes.tsv:2", error.Message, StringComparison.Ordinal);
    }
}
