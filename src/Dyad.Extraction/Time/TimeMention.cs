using Dyad.Core.Dates;

namespace Dyad.Extraction.Time;

public enum TimeKind : byte
{
    /// <summary>A stated date: "May 1, 1948", "April 1965", "1969".</summary>
    Absolute,

    /// <summary>A day or month with no year ("14 August", "in March"): the year comes from context.</summary>
    Yearless,

    /// <summary>"1979-1989", "from 1973 to 1979", "the 1980s".</summary>
    Span,

    /// <summary>"the following year", "six years later", "later that summer".</summary>
    Relative,

    /// <summary>A well-known happening used as a date: "9/11", "the Soviet withdrawal".</summary>
    Anchor,

    /// <summary>The time of writing: "recently", "at present" (the publication year, if known).</summary>
    Present,

    /// <summary>
    /// Counted from the time of writing: "yesterday", "on Tuesday", "last week", "next month", "three years ago",
    /// "last April". Only the publication date resolves it; without one it dates nothing.
    /// </summary>
    Deictic,
}

public enum TimeDirection : sbyte
{
    Backward = -1,
    Same = 0,
    Forward = 1,
}

public enum TimeUnit : byte
{
    Year,
    Month,
    Decade,
    Week,
    Day,
}

/// <summary>How a time expression attaches to the sentence around it.</summary>
public enum TimeRole : byte
{
    /// <summary>A time adjunct of the clause: "in 1969", "on May 1, 1948", "In 2002,".</summary>
    Adjunct,

    /// <summary>Inside a noun phrase: "the 1965 war", "his 1974visit".</summary>
    Modifier,

    /// <summary>After "after", "following" or "since": the event comes after this time.</summary>
    After,

    /// <summary>After "before" or "until".</summary>
    Before,

    /// <summary>After "since": a state of affairs from then on; it dates the event but does not move the narrative.</summary>
    Since,
}

/// <summary>A time expression found in a sentence: tokens [Start, End), what kind, and once resolved, its date.</summary>
public sealed class TimeMention
{
    public int Start { get; set; }

    public int End { get; set; }

    public TimeKind Kind { get; init; }

    /// <summary>For <see cref="TimeKind.Present"/>: a habit across time ("traditionally"), which dates nothing.</summary>
    public bool Timeless { get; init; }

    public TimeRole Role { get; set; }

    /// <summary>The date as stated, or after resolution against the document's running date.</summary>
    public DateSpan? Value { get; set; }

    /// <summary>For yearless dates, the month and day stated.</summary>
    public int Month { get; init; }

    public int Day { get; init; }

    /// <summary>For relative expressions: how many units, in which direction.</summary>
    public int Amount { get; init; }

    public TimeUnit Unit { get; init; }

    public TimeDirection Direction { get; init; }

    /// <summary>For <see cref="TimeKind.Deictic"/>: the weekday named (1 Monday .. 7 Sunday), or 0.</summary>
    public int Weekday { get; init; }

    /// <summary>A time after the writing ("tomorrow", "later this year", "to visit in March" written in January).</summary>
    public bool Ahead { get; set; }

    /// <summary>"three years ago": without a publication date it counts from the running date, as it always did.</summary>
    public bool Ago { get; init; }

    public override string ToString() => $"[{Start},{End}) {Kind} {Role} {Value}";
}
