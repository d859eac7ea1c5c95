using System.Globalization;
using Dyad.Core.Dates;

namespace Dyad.Analysis.Series;

public enum PeriodUnit
{
    Year,
    Month,
    Decade,
}

/// <summary>One period of a series: a year, a month (key = year * 12 + month - 1) or a decade (key = first year).</summary>
public readonly record struct Period(int Key, PeriodUnit Unit) : IComparable<Period>
{
    public int FirstYear => Unit switch
    {
        PeriodUnit.Month => Key / 12,
        _ => Key,
    };

    public int LastYear => Unit == PeriodUnit.Decade ? Key + 9 : FirstYear;

    public string Label => Unit switch
    {
        PeriodUnit.Month => string.Create(CultureInfo.InvariantCulture, $"{Key / 12:0000}-{(Key % 12) + 1:00}"),
        PeriodUnit.Decade => string.Create(CultureInfo.InvariantCulture, $"{Key}s"),
        _ => Key.ToString("0000", CultureInfo.InvariantCulture),
    };

    /// <summary>The period a date falls in, or null when the date is coarser than the unit ("1965" has no month).</summary>
    public static Period? Of(PartialDate date, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month when date.Precision >= DatePrecision.Month => OfMonth(date.Year, date.Month),
        PeriodUnit.Month => null,
        PeriodUnit.Year when date.Precision == DatePrecision.Decade => null,
        PeriodUnit.Year => new Period(date.Year, unit),
        _ => new Period(date.Year - (((date.Year % 10) + 10) % 10), unit),
    };

    public static Period OfMonth(int year, int month) => new((year * 12) + month - 1, PeriodUnit.Month);

    public static Period OfYear(int year, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month => new Period(year * 12, unit),
        PeriodUnit.Decade => new Period(year - (((year % 10) + 10) % 10), unit),
        _ => new Period(year, unit),
    };

    public Period Next() => new(Key + (Unit == PeriodUnit.Decade ? 10 : 1), Unit);

    public int CompareTo(Period other) => Key.CompareTo(other.Key);

    public override string ToString() => Label;
}
