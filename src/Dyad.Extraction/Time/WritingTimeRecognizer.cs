using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Time;

/// <summary>
/// Pipeline stage 5a': finds the time expressions that count from the time of writing, after
/// <see cref="TimeRecognizer"/> found the others: "yesterday", "last week", "later this year" (data/time/deictic.tsv),
/// weekdays ("on Tuesday", "last Friday"), months named with "last", "this" or "next" ("last April"), and
/// "N years ago". <see cref="TimeResolver"/> dates them from the publication date.
/// </summary>
public sealed class WritingTimeRecognizer
{
    private const int FutureReach = 10;

    private readonly TimeLexicon _lexicon;
    private readonly int _last;
    private readonly int _next;
    private readonly int _this;
    private readonly int _ago;
    private readonly int _comma;
    private readonly int _since;
    private readonly int _possessive;
    private readonly int _semicolon;
    private readonly int _colon;
    private readonly HashSet<int> _afterWords;
    private readonly HashSet<int> _beforeWords;

    public WritingTimeRecognizer(TimeLexicon lexicon, Vocabulary vocabulary)
    {
        _lexicon = lexicon;
        _last = vocabulary.Intern("last");
        _next = vocabulary.Intern("next");
        _this = vocabulary.Intern("this");
        _ago = vocabulary.Intern("ago");
        _comma = vocabulary.Intern(",");
        _since = vocabulary.Intern("since");
        _possessive = vocabulary.Intern("'s");
        _semicolon = vocabulary.Intern(";");
        _colon = vocabulary.Intern(":");
        _afterWords = [.. new[] { "after", "following", "post" }.Select(vocabulary.Intern)];
        _beforeWords = [.. new[] { "before", "until", "till", "prior", "pre", "by" }.Select(vocabulary.Intern)];
    }

    public void Process(SentenceAnalysis s)
    {
        var times = s.Times;
        for (var m = 0; m < times.Count; m++)
        {
            if (Rewrite(s, times[m]) is { } deictic)
            {
                times[m] = deictic;
            }
        }

        var tokens = s.Tokens;
        var covered = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (covered < times.Count && times[covered].End <= i)
            {
                covered++;
            }

            if (covered < times.Count && times[covered].Start <= i)
            {
                continue;
            }

            if (Match(s, i) is { } found && (covered >= times.Count || found.End <= times[covered].Start))
            {
                found.Role = RoleOf(s, found);
                times.Insert(covered, found);
                i = found.End - 1;
            }
        }
    }

    /// <summary>True when a word before <paramref name="mention"/> in its clause puts it after the time of writing ("would sign ... on Friday").</summary>
    public bool IsFutureMarked(SentenceAnalysis s, TimeMention mention)
    {
        for (var k = mention.Start - 1; k >= 0 && k >= mention.Start - FutureReach; k--)
        {
            var id = s.Tokens[k].WordId;
            if (id == _semicolon || id == _colon)
            {
                return false;
            }

            if (id >= 0 && _lexicon.IsFutureMarker(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"three years ago" counts from the writing; "last April", "next March" too.</summary>
    private TimeMention? Rewrite(SentenceAnalysis s, TimeMention mention)
    {
        var tokens = s.Tokens;
        if (mention.Kind == TimeKind.Relative && tokens[mention.End - 1].WordId == _ago)
        {
            return new TimeMention
            {
                Start = mention.Start, End = mention.End, Kind = TimeKind.Deictic, Role = mention.Role, Amount = mention.Amount, Unit = mention.Unit,
                Direction = TimeDirection.Backward, Ago = true,
            };
        }

        if (mention.Kind == TimeKind.Yearless && mention.Day == 0 && mention.Start > 0 && DirectionWord(tokens[mention.Start - 1].WordId) is { } direction)
        {
            return new TimeMention
            {
                Start = mention.Start - 1, End = mention.End, Kind = TimeKind.Deictic, Role = mention.Role, Unit = TimeUnit.Month, Month = mention.Month,
                Direction = direction, Ahead = direction == TimeDirection.Forward,
            };
        }

        return null;
    }

    private TimeMention? Match(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        var length = _lexicon.Deictic.MatchLongest(tokens, i, null, out var phrases);
        if (length > 0)
        {
            var phrase = phrases[0];
            return new TimeMention
            {
                Start = i, End = i + length, Kind = TimeKind.Deictic, Unit = phrase.Unit, Amount = Math.Abs(phrase.Offset),
                Direction = phrase.Offset < 0 ? TimeDirection.Backward : phrase.Offset > 0 ? TimeDirection.Forward : TimeDirection.Same, Ahead = phrase.Ahead,
            };
        }

        var t = tokens[i];
        if (t.WordId < 0 || !t.IsCapitalized || !_lexicon.TryWeekday(t.WordId, out var weekday) || IsPartOfName(s, i) || IsPartOfDate(s, i))
        {
            return null;
        }

        var start = i;
        var direction = TimeDirection.Same;
        if (i > 0 && DirectionWord(tokens[i - 1].WordId) is { } named)
        {
            start = i - 1;
            direction = named;
        }

        return new TimeMention
        {
            Start = start, End = i + 1, Kind = TimeKind.Deictic, Unit = TimeUnit.Day, Weekday = weekday, Direction = direction,
            Ahead = direction == TimeDirection.Forward,
        };
    }

    private TimeDirection? DirectionWord(int id) =>
        id == _last ? TimeDirection.Backward : id == _next ? TimeDirection.Forward : id == _this ? TimeDirection.Same : null;

    /// <summary>"Good Friday", "Bloody Sunday", "Super Tuesday" (data/time/words.tsv); "Assad Tuesday" is a day.</summary>
    private bool IsPartOfName(SentenceAnalysis s, int i) => i > 0 && s.Tokens[i - 1].IsCapitalized && _lexicon.IsWeekdayName(s.Tokens[i - 1].WordId);

    /// <summary>"Wednesday, March 21, 2012": the weekday of a stated date adds nothing to it.</summary>
    private bool IsPartOfDate(SentenceAnalysis s, int i)
    {
        var k = i + 1;
        if (k < s.Tokens.Count && s.Tokens[k].WordId == _comma)
        {
            k++;
        }

        foreach (var m in s.Times)
        {
            if (m.Start == k && m.Kind is TimeKind.Absolute or TimeKind.Yearless)
            {
                return true;
            }
        }

        return false;
    }

    private TimeRole RoleOf(SentenceAnalysis s, TimeMention mention)
    {
        if (mention.End < s.Tokens.Count && s.Tokens[mention.End].WordId == _possessive)
        {
            return TimeRole.Modifier; // "last week's talks"
        }

        var p = mention.Start - 1;
        if (p < 0)
        {
            return TimeRole.Adjunct;
        }

        var id = s.Tokens[p].WordId;
        return id == _since ? TimeRole.Since : _afterWords.Contains(id) ? TimeRole.After : _beforeWords.Contains(id) ? TimeRole.Before : TimeRole.Adjunct;
    }
}
