using Dyad.Core.Dates;
using Dyad.Extraction.Pipeline;

namespace Dyad.Extraction.Time;

/// <summary>
/// Pipeline stage 5b: gives every time expression of a sentence its date. Relative expressions count from the
/// latest date stated earlier in the same sentence ("In 2002, ... 30 years earlier" is 1972), or else from the
/// document's running date ("the following year"). Expressions of the time of writing ("yesterday", "on Tuesday",
/// "last year") count from the publication date and date nothing without one. A date without a year takes the
/// running year where the text has just narrated a date ("On October 22, 1978 ... On October 23"), and otherwise
/// the publication year, or the year before when its month comes after the publication month ("March 18" in a
/// report of April 1985 is 1985-03-18, "December 12" is 1984-12-12), or the year after when a plan looks ahead.
/// </summary>
public sealed class TimeResolver
{
    /// <summary>A running date set this many sentences before still governs a date without a year, at any precision.</summary>
    private const int NarratedReach = 1;

    /// <summary>A running date of a stated month or day governs a yearless date this far.</summary>
    private const int PreciseReach = 3;

    private readonly WritingTimeRecognizer? _writing;

    public TimeResolver(WritingTimeRecognizer? writing = null)
    {
        _writing = writing;
    }

    /// <summary>The year of a dated expression that follows a yearless one across nothing but numbers, months, dashes and commas.</summary>
    private static int? YearClosingRange(SentenceAnalysis s, TimeMention mention)
    {
        var index = s.Times.IndexOf(mention);
        if (index < 0 || index + 1 >= s.Times.Count || s.Times[index + 1] is not { Kind: TimeKind.Absolute, Value: { } next } closing
            || closing.Start - mention.End > 4)
        {
            return null;
        }

        for (var k = mention.End; k < closing.Start; k++)
        {
            var word = s.Folded(k);
            if (word is not ("-" or "," or "to" or "and") && !(word.Length is > 0 and <= 2 && !word.ContainsAnyExceptInRange('0', '9')))
            {
                return null;
            }
        }

        return next.Start.Year;
    }

    public void Process(SentenceAnalysis s, DocumentContext doc)
    {
        var running = doc.Time.Current;
        var statedHere = false;
        foreach (var mention in s.Times)
        {
            switch (mention.Kind)
            {
                case TimeKind.Absolute:
                case TimeKind.Span:
                case TimeKind.Anchor:
                    if (mention.Role != TimeRole.Modifier && mention.Value is { } stated)
                    {
                        running = stated;
                        statedHere = true;
                    }

                    break;
                case TimeKind.Yearless:
                    if (YearClosingRange(s, mention) is { } rangeYear)
                    {
                        // "March 10-12, 1991", "Feb. 28-March 1, 1991": the year that closes the range is this date's too.
                        mention.Value = DateSpan.Of(mention.Day > 0 && PartialDate.IsValidDay(rangeYear, mention.Month, mention.Day)
                            ? PartialDate.OfDay(rangeYear, mention.Month, mention.Day)
                            : PartialDate.OfMonth(rangeYear, mention.Month));
                    }
                    else if (doc.Published is { } published && !RunningGoverns(doc, running, statedHere))
                    {
                        var ahead = IsFutureMarked(s, mention);
                        var date = WritingTime.YearlessDate(published, mention.Month, mention.Day, ahead);
                        mention.Value = DateSpan.Of(date);
                        mention.Ahead = ahead && WritingTime.IsAfter(date, published);
                    }
                    else if (running is { } r)
                    {
                        var year = r.Start.Year;
                        mention.Value = DateSpan.Of(mention.Day > 0 && PartialDate.IsValidDay(year, mention.Month, mention.Day)
                            ? PartialDate.OfDay(year, mention.Month, mention.Day)
                            : PartialDate.OfMonth(year, mention.Month));
                    }

                    break;
                case TimeKind.Relative:
                    if (running is { } from && Shift(from, mention) is var shifted && !BeyondWriting(doc, shifted))
                    {
                        mention.Value = shifted; // "300 years later" after 1990 is no date the text tells of
                    }

                    break;
                case TimeKind.Present:
                    mention.Value = doc.PublishedYear > 0 && !mention.Timeless ? DateSpan.Of(PartialDate.OfYear(doc.PublishedYear)) : null;
                    break;
                case TimeKind.Deictic:
                    if (doc.Published is { } writing)
                    {
                        if (mention.Weekday > 0 && mention.Direction == TimeDirection.Same && IsFutureMarked(s, mention))
                        {
                            mention.Ahead = true;
                        }

                        mention.Value = DateSpan.Of(WritingTime.Resolve(writing, mention));
                    }
                    else if (mention.Ago && running is { } before)
                    {
                        mention.Value = Shift(before, mention);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The story's own running date governs a date without a year when it was stated in this sentence or the one
    /// before, or a few sentences before as a month or a day ("In August 2016 ... In October ...").
    /// </summary>
    private static bool RunningGoverns(DocumentContext doc, DateSpan? running, bool statedHere)
    {
        if (running is not { } r)
        {
            return false;
        }

        if (statedHere)
        {
            return true;
        }

        var distance = doc.SentenceIndex - doc.Time.SetAtSentence;
        return distance <= NarratedReach || distance <= PreciseReach && r.Precision >= DatePrecision.Month;
    }

    private bool IsFutureMarked(SentenceAnalysis s, TimeMention mention) => _writing?.IsFutureMarked(s, mention) == true;

    /// <summary>A counted date after the document was written (or, undated, after the present year) is not a past the text reports.</summary>
    private static bool BeyondWriting(DocumentContext doc, DateSpan date) =>
        date.Start.Year > (doc.PublishedYear > 0 ? doc.PublishedYear : DateTime.UtcNow.Year);

    private static DateSpan Shift(DateSpan from, TimeMention relative)
    {
        var sign = (int)relative.Direction;
        var start = from.Precision == DatePrecision.Decade && from.End is { } decadeEnd && sign > 0 ? decadeEnd : from.Start;
        return relative.Unit switch
        {
            TimeUnit.Year => DateSpan.Of(PartialDate.OfYear(start.Year + (sign * relative.Amount))),
            TimeUnit.Decade => DateSpan.Of(PartialDate.OfYear(start.Year + (sign * relative.Amount * 10))),
            TimeUnit.Month when start.Precision >= DatePrecision.Month => DateSpan.Of(AddMonths(start, sign * relative.Amount)),
            _ => DateSpan.Of(PartialDate.OfYear(start.Year)),
        };
    }

    private static PartialDate AddMonths(PartialDate date, int months)
    {
        var index = (date.Year * 12) + date.Month - 1 + months;
        return PartialDate.OfMonth(index / 12, (index % 12) + 1);
    }
}
