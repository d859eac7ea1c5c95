using Dyad.Core.Dates;

namespace Dyad.Extraction.Time;

/// <summary>
/// Calendar arithmetic from the publication date, kept to the precision the publication date has: a report dated
/// only "2014-03" puts "Monday" in 2014-03, one dated 1993-09-07 puts "Tuesday" on 1993-09-07.
/// </summary>
public static class WritingTime
{
    /// <summary>The date of an expression of the time of writing (<see cref="TimeKind.Deictic"/>).</summary>
    public static PartialDate Resolve(PartialDate published, TimeMention mention)
    {
        var sign = (int)mention.Direction;
        switch (mention.Unit)
        {
            case TimeUnit.Day when mention.Weekday > 0:
                return published.Precision == DatePrecision.Day ? Day(Weekday(ToDate(published), mention.Weekday, mention.Direction, mention.Ahead)) : published;
            case TimeUnit.Day:
                return published.Precision == DatePrecision.Day ? Day(ToDate(published).AddDays(sign * mention.Amount)) : published;
            case TimeUnit.Week:
                return published.Precision == DatePrecision.Day ? Month(ToDate(published).AddDays(7 * sign * mention.Amount)) : published;
            case TimeUnit.Month when mention.Month > 0:
                return NamedMonth(published, mention.Month, mention.Direction);
            case TimeUnit.Month:
                return published.Precision >= DatePrecision.Month ? AddMonths(published, sign * mention.Amount) : published;
            case TimeUnit.Decade:
                return PartialDate.OfYear(published.Year + (sign * mention.Amount * 10));
            default:
                return PartialDate.OfYear(published.Year + (sign * mention.Amount));
        }
    }

    /// <summary>
    /// A date without a year in a report: its month in the publication year, or in the year before when the month
    /// comes after the publication month (what the report tells has happened), or in the year after when the month
    /// comes before it and a plan looks ahead ("to visit in March", written in January, is the coming March).
    /// </summary>
    public static PartialDate YearlessDate(PartialDate published, int month, int day, bool ahead)
    {
        var year = published.Year;
        if (published.Precision >= DatePrecision.Month)
        {
            if (ahead && month < published.Month)
            {
                year++;
            }
            else if (!ahead && month > published.Month)
            {
                year--;
            }
        }

        return day > 0 && PartialDate.IsValidDay(year, month, day) ? PartialDate.OfDay(year, month, day) : PartialDate.OfMonth(year, month);
    }

    /// <summary>True when <paramref name="date"/> lies after <paramref name="published"/> at the precision both state.</summary>
    public static bool IsAfter(PartialDate date, PartialDate published)
    {
        var precision = (DatePrecision)Math.Min((int)date.Precision, (int)published.Precision);
        return date.Truncate(precision).CompareTo(published.Truncate(precision)) > 0;
    }

    /// <summary>"on Tuesday": the latest Tuesday on or before the writing; "last Tuesday" the one before; "next" or a plan, the one after.</summary>
    private static DateOnly Weekday(DateOnly writing, int weekday, TimeDirection direction, bool ahead)
    {
        var today = writing.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)writing.DayOfWeek;
        if (direction == TimeDirection.Forward || ahead)
        {
            var forward = (weekday - today + 7) % 7;
            return writing.AddDays(forward == 0 ? 7 : forward);
        }

        var back = (today - weekday + 7) % 7;
        return writing.AddDays(-(back == 0 && direction == TimeDirection.Backward ? 7 : back));
    }

    /// <summary>
    /// "last April": the latest April before the writing's month; "next April" the first after; "this April" the
    /// writing's year. A report dated only by its year keeps its year.
    /// </summary>
    private static PartialDate NamedMonth(PartialDate published, int month, TimeDirection direction)
    {
        var year = published.Year;
        if (published.Precision >= DatePrecision.Month)
        {
            year += direction switch
            {
                TimeDirection.Backward when month >= published.Month => -1,
                TimeDirection.Forward when month <= published.Month => 1,
                _ => 0,
            };
        }

        return PartialDate.OfMonth(year, month);
    }

    private static DateOnly ToDate(PartialDate date) => new(date.Year, Math.Max(1, date.Month), Math.Max(1, date.Day));

    private static PartialDate AddMonths(PartialDate date, int months)
    {
        var index = (date.Year * 12) + date.Month - 1 + months;
        return PartialDate.OfMonth(index / 12, (index % 12) + 1);
    }

    private static PartialDate Day(DateOnly date) => PartialDate.OfDay(date.Year, date.Month, date.Day);

    private static PartialDate Month(DateOnly date) => PartialDate.OfMonth(date.Year, date.Month);
}
