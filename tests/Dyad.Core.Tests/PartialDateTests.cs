using Dyad.Core.Dates;

namespace Dyad.Core.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("1965", 1965, 0, 0, DatePrecision.Year)]
    [InlineData("1965-04", 1965, 4, 0, DatePrecision.Month)]
    [InlineData("1948-05-01", 1948, 5, 1, DatePrecision.Day)]
    [InlineData("1980s", 1980, 0, 0, DatePrecision.Decade)]
    public void Parses_each_precision(string text, int year, int month, int day, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
    }

    [Theory]
    [InlineData("1965-13")]
    [InlineData("1965-02-30")]
    [InlineData("65")]
    [InlineData("May 1965")]
    [InlineData("")]
    public void Rejects_what_is_not_a_date(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Iso_text_keeps_only_the_known_parts()
    {
        Assert.Equal("1956-08-02", PartialDate.OfDay(1956, 8, 2).ToIsoString());
        Assert.Equal("1956-03", PartialDate.OfMonth(1956, 3).ToIsoString());
        Assert.Equal("1956", PartialDate.OfYear(1956).ToIsoString());
        Assert.Equal("1980", PartialDate.OfDecade(1987).ToIsoString());
        Assert.Equal(1989, PartialDate.OfDecade(1987).LastYear);
    }

    [Fact]
    public void Shifting_by_years_keeps_precision_and_real_days()
    {
        Assert.Equal(PartialDate.OfMonth(1972, 3), PartialDate.OfMonth(1966, 3).AddYears(6));
        Assert.Equal(PartialDate.OfDay(1973, 2, 28), PartialDate.OfDay(1972, 2, 29).AddYears(1));
    }

    [Fact]
    public void Orders_by_earliest_day_then_precision()
    {
        var dates = new[] { PartialDate.OfDay(1965, 4, 3), PartialDate.OfYear(1965), PartialDate.OfMonth(1965, 4), PartialDate.OfYear(1964) };
        Array.Sort(dates);
        Assert.Equal(["1964", "1965", "1965-04", "1965-04-03"], dates.Select(d => d.ToIsoString()));
    }

    [Fact]
    public void A_decade_span_reports_decade_precision()
    {
        var span = DateSpan.Of(PartialDate.OfDecade(1980));
        Assert.Equal(DatePrecision.Decade, span.Precision);
        Assert.Equal("1980", span.Start.ToIsoString());
        Assert.Equal("1989", span.End!.Value.ToIsoString());
    }
}
