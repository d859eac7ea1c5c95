using Dyad.Core.Dates;
using Dyad.Extraction.Pipeline;

namespace Dyad.Extraction.Time;

/// <summary>
/// Pipeline stage 5b: gives every time expression of a sentence its date. Relative expressions count from the
/// latest date stated earlier in the same sentence ("In 2002, ... 30 years earlier" is 1972), or else from the
/// document's running date ("the following year"); yearless dates take the running year.
/// </summary>
public sealed class TimeResolver
{
    public void Process(SentenceAnalysis s, DocumentContext doc)
    {
        var running = doc.Time.Current;
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
                    }

                    break;
                case TimeKind.Yearless:
                    if (running is { } r)
                    {
                        var year = r.Start.Year;
                        mention.Value = DateSpan.Of(mention.Day > 0 && PartialDate.IsValidDay(year, mention.Month, mention.Day)
                            ? PartialDate.OfDay(year, mention.Month, mention.Day)
                            : PartialDate.OfMonth(year, mention.Month));
                    }

                    break;
                case TimeKind.Relative:
                    if (running is { } from)
                    {
                        mention.Value = Shift(from, mention);
                    }

                    break;
                case TimeKind.Present:
                    mention.Value = doc.PublishedYear > 0 && !mention.Timeless ? DateSpan.Of(PartialDate.OfYear(doc.PublishedYear)) : null;
                    break;
            }
        }
    }

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
