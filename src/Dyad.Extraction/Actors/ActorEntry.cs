using Dyad.Core.Actors;
using Dyad.Core.Dates;

namespace Dyad.Extraction.Actors;

/// <summary>How strictly a lexicon form must match the case of the text.</summary>
public enum CaseRule : byte
{
    /// <summary>Any case ("soviet" and "Soviet").</summary>
    Any,

    /// <summary>The first letter must be a capital (names of people; "^Turkey" in the country file).</summary>
    Capitalized,

    /// <summary>Every word must start with a capital ("^Islamic State" in the group file, not "an Islamic state").</summary>
    EveryWordCapitalized,

    /// <summary>Every letter must be a capital (US, UN, SCO).</summary>
    AllCaps,
}

/// <summary>
/// One thing a phrase in the text can name: an actor code and what it is, with the period in which the name
/// refers to it (a capital before it moved, a leader's tenure, a state before it dissolved).
/// </summary>
public sealed record ActorEntry(
    string Code,
    ActorKind Kind,
    CaseRule Case,
    string? Historical = null,
    PartialDate? From = null,
    PartialDate? To = null,
    string? Role = null,
    string? Name = null,
    bool Combining = false)
{
    /// <summary>How far <paramref name="date"/> lies outside this entry's period, in years (0 when inside or unknown).</summary>
    public int YearsOutside(PartialDate? date)
    {
        if (date is not { } d)
        {
            return 0;
        }

        if (From is { } from && d.LastYear < from.Year)
        {
            return from.Year - d.LastYear;
        }

        if (To is { } to && d.Year > to.Year)
        {
            return d.Year - to.Year;
        }

        return 0;
    }

    /// <summary>True when the date falls inside this entry's period, compared by day where both are known.</summary>
    public bool Covers(PartialDate date)
    {
        if (From is { } from && Compare(date, from, atEnd: true) < 0)
        {
            return false;
        }

        return To is not { } to || Compare(date, to, atEnd: false) <= 0;
    }

    private static int Compare(PartialDate date, PartialDate bound, bool atEnd)
    {
        // A partial date covers a range; compare its latest (or earliest) possible day with the bound.
        var year = atEnd ? date.LastYear : date.Year;
        var c = year.CompareTo(bound.Year);
        if (c != 0 || date.Precision <= DatePrecision.Year || bound.Precision <= DatePrecision.Year)
        {
            return c;
        }

        c = date.Month.CompareTo(bound.Month);
        if (c != 0 || date.Precision == DatePrecision.Month || bound.Precision == DatePrecision.Month)
        {
            return c;
        }

        return date.Day.CompareTo(bound.Day);
    }

    public Actor ToActor() => new(Code, Historical) { IsOrganization = Kind == ActorKind.Organization };
}
