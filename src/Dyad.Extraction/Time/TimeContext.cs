using Dyad.Core.Dates;

namespace Dyad.Extraction.Time;

/// <summary>
/// The date a narrative has reached: what "the following year" counts from. It moves with each sentence that
/// dates an event or states a date, and it never starts from the publication date.
/// </summary>
public sealed class TimeContext
{
    public DateSpan? Current { get; private set; }

    /// <summary>The sentence index at which <see cref="Current"/> was last set.</summary>
    public int SetAtSentence { get; private set; } = -1;

    public void MoveTo(DateSpan date, int sentence)
    {
        Current = date;
        SetAtSentence = sentence;
    }
}
