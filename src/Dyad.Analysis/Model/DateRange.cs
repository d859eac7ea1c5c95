using Dyad.Core.Dates;

namespace Dyad.Analysis.Model;

/// <summary>
/// The stretch of time a stated date can mean, in months since year 0: "1950" is January-December 1950, "the 1980s"
/// is 1980-1989, "May 1950" is one month. Two sources agree on a date when their ranges overlap.
/// </summary>
public readonly record struct DateRange(int FirstMonth, int LastMonth)
{
    public int FirstYear => FirstMonth / 12;

    public int LastYear => LastMonth / 12;

    public static DateRange Of(PartialDate date) => date.Precision switch
    {
        DatePrecision.Decade => new(date.Year * 12, ((date.Year + 9) * 12) + 11),
        DatePrecision.Year => new(date.Year * 12, (date.Year * 12) + 11),
        _ => new((date.Year * 12) + date.Month - 1, (date.Year * 12) + date.Month - 1),
    };

    public bool Overlaps(DateRange other) => FirstMonth <= other.LastMonth && other.FirstMonth <= LastMonth;

    /// <summary>Whole years between the two ranges (0 when they overlap or touch within a year).</summary>
    public int YearGap(DateRange other) => Math.Max(0, Math.Max(FirstYear, other.FirstYear) - Math.Min(LastYear, other.LastYear));

    /// <summary>Months between the ranges (0 when they overlap).</summary>
    public int MonthGap(DateRange other) => Math.Max(0, Math.Max(FirstMonth, other.FirstMonth) - Math.Min(LastMonth, other.LastMonth));
}
