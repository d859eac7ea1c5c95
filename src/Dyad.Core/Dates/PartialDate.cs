using System.Globalization;

namespace Dyad.Core.Dates;

/// <summary>
/// A date known only as far as the text states it: a decade, a year, a month or a day.
/// Unknown parts are zero. A decade is stored as its first year.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public int Year { get; }
    public int Month { get; }
    public int Day { get; }
    public DatePrecision Precision { get; }

    private PartialDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    public static PartialDate OfYear(int year) => new(year, 0, 0, DatePrecision.Year);

    public static PartialDate OfDecade(int year) => new(year - (year % 10), 0, 0, DatePrecision.Decade);

    public static PartialDate OfMonth(int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1-12");
        }

        return new(year, month, 0, DatePrecision.Month);
    }

    public static PartialDate OfDay(int year, int month, int day)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1-12");
        }

        if (day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "no such day in that month");
        }

        return new(year, month, day, DatePrecision.Day);
    }

    /// <summary>True when <paramref name="month"/> and <paramref name="day"/> form a real calendar day.</summary>
    public static bool IsValidDay(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The last year this date can mean: a decade covers ten years.</summary>
    public int LastYear => Precision == DatePrecision.Decade ? Year + 9 : Year;

    /// <summary>The same date shifted by whole years, keeping its precision.</summary>
    public PartialDate AddYears(int years) => Precision switch
    {
        DatePrecision.Day when Month == 2 && Day == 29 && !DateTime.IsLeapYear(Year + years) => new(Year + years, 2, 28, DatePrecision.Day),
        _ => new(Year + years, Month, Day, Precision),
    };

    /// <summary>The same date cut down to at most <paramref name="precision"/>.</summary>
    public PartialDate Truncate(DatePrecision precision) => precision switch
    {
        _ when precision >= Precision => this,
        DatePrecision.Month => new(Year, Month, 0, DatePrecision.Month),
        DatePrecision.Year => new(Year, 0, 0, DatePrecision.Year),
        DatePrecision.Decade => OfDecade(Year),
        _ => this,
    };

    /// <summary>ISO-8601 text as far as known: <c>1965</c>, <c>1965-04</c>, <c>1965-04-01</c>. A decade prints its first year.</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public override string ToString() => Precision == DatePrecision.Decade ? $"{Year}s" : ToIsoString();

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>YYYYs</c> (a decade).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length == 5 && text[4] == 's' && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var decade))
        {
            date = OfDecade(decade);
            return true;
        }

        if (text.Length < 4 || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = OfYear(year);
            return true;
        }

        if (text.Length < 7 || text[4] != '-' || !int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = OfMonth(year, month);
            return true;
        }

        if (text.Length != 10 || text[7] != '-' || !int.TryParse(text[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || !IsValidDay(year, month, day))
        {
            return false;
        }

        date = OfDay(year, month, day);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"not a date: '{text}' (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYs)");

    /// <summary>Orders by the earliest day each date can mean, then by precision (less precise first).</summary>
    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = Month.CompareTo(other.Month);
        if (c != 0)
        {
            return c;
        }

        c = Day.CompareTo(other.Day);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
