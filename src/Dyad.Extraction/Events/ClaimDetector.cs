using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Events;

/// <summary>
/// Pipeline stage 9: claims a sentence makes about its events beyond their date. "paid a visit to Moscow, the first
/// by a Pakistani head of state since Bhutto's trip 30 years earlier" says no such visit happened in between, which
/// other documents may contradict. The "since" part must be an event of the same kind with a date ("Bhutto's trip
/// 30 years earlier") or a bare date ("since 1972"); "since Pakistan's emergence in 1947" claims too little.
/// </summary>
public sealed class ClaimDetector
{
    private const int Reach = 14;

    private readonly int _first;
    private readonly int _since;
    private readonly int _the;

    public ClaimDetector(Vocabulary vocabulary)
    {
        _first = vocabulary.Intern("first");
        _since = vocabulary.Intern("since");
        _the = vocabulary.Intern("the");
    }

    public void Process(SentenceAnalysis s)
    {
        if (s.Events.Count == 0)
        {
            return;
        }

        var tokens = s.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].WordId != _first || tokens[i - 1].WordId != _the)
            {
                continue;
            }

            var since = -1;
            for (var k = i + 1; k < tokens.Count && k <= i + Reach; k++)
            {
                if (tokens[k].WordId == _since)
                {
                    since = k;
                    break;
                }
            }

            if (since < 0 || Claimed(s, i) is not { } claimed || SinceDate(s, since, claimed) is not { } date)
            {
                continue;
            }

            claimed.FirstSince = date.Start;
        }
    }

    /// <summary>The event the phrase describes: the last one whose words end before "the first".</summary>
    private static EventDraft? Claimed(SentenceAnalysis s, int first)
    {
        EventDraft? best = null;
        foreach (var e in s.Events)
        {
            if (e.Trigger.End <= first && !e.Negated && !e.Hypothetical && e.When is not null && (best is null || e.Trigger.Start > best.Trigger.Start))
            {
                best = e;
            }
        }

        return best;
    }

    private static Core.Dates.DateSpan? SinceDate(SentenceAnalysis s, int since, EventDraft claimed)
    {
        // "since 1972"
        if (s.TimeAt(since + 1) is { Kind: TimeKind.Absolute, Value: { } stated })
        {
            return stated;
        }

        // "since Bhutto's trip 30 years earlier": an event of the same kind, dated, right after "since".
        foreach (var e in s.Events.Concat(s.Restatements))
        {
            if (e != claimed && e.Trigger.Start > since && e.Trigger.Start <= since + 4 && e.Code[..2] == claimed.Code[..2] && e.When is { } when
                && when.Start.CompareTo(claimed.When!.Value.Start) < 0)
            {
                return when;
            }
        }

        return null;
    }
}
