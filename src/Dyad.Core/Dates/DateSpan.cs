namespace Dyad.Core.Dates;

/// <summary>
/// When an event happened: a start, an end when the text gives a span ("1979-1989", "the 1980s"),
/// and how precisely the text states it. A decade is the span of its ten years with decade precision.
/// </summary>
public readonly record struct DateSpan(PartialDate Start, PartialDate? End, DatePrecision Precision)
{
    public static DateSpan Of(PartialDate date) => date.Precision == DatePrecision.Decade
        ? new DateSpan(PartialDate.OfYear(date.Year), PartialDate.OfYear(date.LastYear), DatePrecision.Decade)
        : new DateSpan(date, null, date.Precision);

    public static DateSpan Between(PartialDate start, PartialDate end) =>
        new(start, end, start.Precision == DatePrecision.Decade ? DatePrecision.Decade : start.Precision);

    /// <summary>The same span moved by whole years ("six years later").</summary>
    public DateSpan AddYears(int years) => new(Start.AddYears(years), End?.AddYears(years), Precision);

    /// <summary>The span reduced to year precision, as relative expressions keep only the year they count from.</summary>
    public DateSpan ToYear() => new(Start.Truncate(DatePrecision.Year), null, Precision == DatePrecision.Decade ? DatePrecision.Decade : DatePrecision.Year);

    public override string ToString() => End is { } end ? $"{Start.ToIsoString()}/{end.ToIsoString()}" : Start.ToIsoString();
}
