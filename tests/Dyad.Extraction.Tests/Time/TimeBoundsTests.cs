namespace Dyad.Extraction.Tests.Time;

/// <summary>Time phrases cut off at the end of a sentence or a line must not read past the last token.</summary>
public class TimeBoundsTests
{
    [Theory]
    [InlineData("Pakistan attacked India in 1965 and the decade after")]
    [InlineData("India met Pakistan in the years after")]
    [InlineData("the decade after")]
    [InlineData("the first decade after")]
    [InlineData("three years after")]
    public void A_period_after_with_nothing_after_it_is_not_a_date(string line)
    {
        var text = $"{line}\nIndia attacked Pakistan in 1971.\n{line}";
        var events = Coding.Render(text);
        Assert.Contains("IND>PAK 190 1971", events);
    }
}
