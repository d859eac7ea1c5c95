namespace Dyad.Core.Dates;

/// <summary>How much of a date the text actually states. Ordered from least to most precise.</summary>
public enum DatePrecision
{
    None = 0,
    Decade = 1,
    Year = 2,
    Month = 3,
    Day = 4,
}
