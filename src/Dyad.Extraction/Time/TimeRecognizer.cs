using System.Globalization;
using Dyad.Core.Dates;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Time;

/// <summary>
/// Pipeline stage 5a: finds time expressions in a sentence's tokens: full and partial dates ("May 1, 1948",
/// "14th August, 1948", "April 1965", "1969"), spans ("1979-1989", "from 1973 to 1979", "the 1980s"),
/// relative expressions ("the following year", "six years later", "later that summer") and anchors ("9/11").
/// Dates that need context (relative, yearless) are resolved by <see cref="TimeResolver"/>.
/// </summary>
public sealed class TimeRecognizer
{
    private const int MinYear = 1000;
    private const int MaxYear = 2099;

    private readonly TimeLexicon _lexicon;
    private readonly Vocabulary _vocabulary;
    private readonly int _comma;
    private readonly int _hyphen;
    private readonly int _slash;
    private readonly int _of;
    private readonly int _the;
    private readonly int _firstWord;
    private readonly int _to;
    private readonly int _and;
    private readonly int _from;
    private readonly int _between;
    private readonly int _in;
    private readonly int _decade;
    private readonly int _later;
    private readonly int _earlier;
    private readonly int _that;
    private readonly int _same;
    private readonly int _year;
    private readonly int _since;
    private readonly HashSet<int> _currency;
    private readonly HashSet<int> _monthLeaders;
    private readonly HashSet<int> _spanLinks;
    private readonly HashSet<int> _adjunctPrepositions;
    private readonly HashSet<int> _afterWords;
    private readonly HashSet<int> _beforeWords;
    private readonly HashSet<int> _softModifiers;

    public TimeRecognizer(TimeLexicon lexicon, Vocabulary vocabulary)
    {
        _lexicon = lexicon;
        _vocabulary = vocabulary;
        _comma = vocabulary.Intern(",");
        _hyphen = vocabulary.Intern("-");
        _slash = vocabulary.Intern("/");
        _of = vocabulary.Intern("of");
        _the = vocabulary.Intern("the");
        _firstWord = vocabulary.Intern("first");
        _to = vocabulary.Intern("to");
        _and = vocabulary.Intern("and");
        _from = vocabulary.Intern("from");
        _between = vocabulary.Intern("between");
        _in = vocabulary.Intern("in");
        _decade = vocabulary.Intern("decade");
        _later = vocabulary.Intern("later");
        _earlier = vocabulary.Intern("earlier");
        _that = vocabulary.Intern("that");
        _same = vocabulary.Intern("same");
        _year = vocabulary.Intern("year");
        _since = vocabulary.Intern("since");
        _currency = [.. new[] { "$", "£", "€", "rs", "rs.", "usd", "us$" }.Select(vocabulary.Intern)];
        _monthLeaders = [.. new[] { "in", "of", "early", "late", "mid", "by", "since", "until", "till", "during", "from", "last", "that" }.Select(vocabulary.Intern)];
        _spanLinks = [.. new[] { "-", "to", "until", "till", "/" }.Select(vocabulary.Intern)];
        _adjunctPrepositions = [.. new[] { "in", "on", "during", "by", "at", "of", "throughout", "around", "circa", "c.", "as", "from" }.Select(vocabulary.Intern)];
        _afterWords = [.. new[] { "after", "following", "since", "post" }.Select(vocabulary.Intern)];
        _beforeWords = [.. new[] { "before", "until", "till", "prior", "pre" }.Select(vocabulary.Intern)];
        _softModifiers = [.. new[] { "the", "early", "late", "mid", "middle", "end", "beginning", "start", "decade" }.Select(vocabulary.Intern)];
    }

    public void Process(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            var mention = Match(s, i);
            if (mention is null)
            {
                i++;
                continue;
            }

            mention.Role = RoleOf(s, mention);
            s.Times.Add(mention);
            i = mention.End;
        }

        MergeDecadeLists(s);
    }

    private TimeMention? Match(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        var t = tokens[i];

        if (PeriodAfter(s, i) is { } periodAfter)
        {
            return periodAfter;
        }

        var anchorLength = _lexicon.Anchors.MatchLongest(tokens, i, null, out var anchors);
        if (anchorLength > 0)
        {
            return new TimeMention { Start = i, End = i + anchorLength, Kind = TimeKind.Anchor, Value = anchors[0] };
        }

        if (t.Kind == TokenKind.Decade)
        {
            return DecadeAt(s, i);
        }

        var presentLength = _lexicon.Present.MatchLongest(tokens, i, null, out var present);
        if (presentLength > 0)
        {
            return new TimeMention { Start = i, End = i + presentLength, Kind = TimeKind.Present, Timeless = !present[0] };
        }

        if (DayAt(s, i) is { } day && i + 1 < tokens.Count)
        {
            var m = i + 1;
            if (tokens[m].WordId == _of && m + 1 < tokens.Count)
            {
                m++;
            }

            if (MonthAt(s, m, requireCapital: false) is { } month)
            {
                var y = m + 1;
                if (y < tokens.Count && tokens[y].WordId == _comma)
                {
                    y++;
                }

                if (YearAt(s, y) is { } year && PartialDate.IsValidDay(year, month, day))
                {
                    return Absolute(i, y + 1, PartialDate.OfDay(year, month, day));
                }

                return new TimeMention { Start = i, End = m + 1, Kind = TimeKind.Yearless, Month = month, Day = day };
            }
        }

        if (MonthAt(s, i, requireCapital: true) is { } monthFirst)
        {
            var d = i + 1;
            if (DayAt(s, d) is { } dayAfter && (d + 1 >= tokens.Count || YearAt(s, d + 1) is null || true))
            {
                var y = d + 1;
                if (y < tokens.Count && tokens[y].WordId == _comma)
                {
                    y++;
                }

                if (YearAt(s, y) is { } year && PartialDate.IsValidDay(year, monthFirst, dayAfter))
                {
                    return Absolute(i, y + 1, PartialDate.OfDay(year, monthFirst, dayAfter));
                }

                if (YearAt(s, d) is null)
                {
                    return new TimeMention { Start = i, End = d + 1, Kind = TimeKind.Yearless, Month = monthFirst, Day = dayAfter };
                }
            }

            var yy = i + 1;
            if (yy < tokens.Count && (tokens[yy].WordId == _comma || tokens[yy].WordId == _of))
            {
                yy++;
            }

            if (YearAt(s, yy) is { } monthYear)
            {
                return Absolute(i, yy + 1, PartialDate.OfMonth(monthYear, monthFirst));
            }

            if (i > 0 && _monthLeaders.Contains(tokens[i - 1].WordId))
            {
                return new TimeMention { Start = i, End = i + 1, Kind = TimeKind.Yearless, Month = monthFirst };
            }
        }

        if (t.WordId >= 0 && _lexicon.TrySeason(t.WordId, out _))
        {
            var y = i + 1;
            if (y < tokens.Count && tokens[y].WordId == _of)
            {
                y++;
            }

            if (YearAt(s, y) is { } seasonYear)
            {
                return Absolute(i, y + 1, PartialDate.OfYear(seasonYear));
            }
        }

        if (YearAt(s, i) is { } first)
        {
            return YearOrSpan(s, i, first);
        }

        return Relative(s, i);
    }

    private TimeMention YearOrSpan(SentenceAnalysis s, int i, int first)
    {
        var tokens = s.Tokens;
        var start = i;
        if (i > 0 && (tokens[i - 1].WordId == _from || tokens[i - 1].WordId == _between))
        {
            start = i - 1;
        }

        var link = i + 1;
        if (link + 1 < tokens.Count && (_spanLinks.Contains(tokens[link].WordId) || (start < i && tokens[start].WordId == _between && tokens[link].WordId == _and)))
        {
            if (YearAt(s, link + 1) is { } second && second > first)
            {
                return new TimeMention { Start = start, End = link + 2, Kind = TimeKind.Span, Value = DateSpan.Between(PartialDate.OfYear(first), PartialDate.OfYear(second)) };
            }

            // "2014-15": a two-digit end year.
            if (tokens[link].WordId == _hyphen && tokens[link + 1].Kind == TokenKind.Number && tokens[link + 1].Length == 2
                && int.TryParse(s.Folded(link + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var shortEnd))
            {
                var end = (first / 100 * 100) + shortEnd;
                if (end > first && end - first < 20)
                {
                    return new TimeMention { Start = start, End = link + 2, Kind = TimeKind.Span, Value = DateSpan.Between(PartialDate.OfYear(first), PartialDate.OfYear(end)) };
                }
            }
        }

        return Absolute(i, i + 1, PartialDate.OfYear(first));
    }

    private TimeMention? DecadeAt(SentenceAnalysis s, int i)
    {
        var text = s.Folded(i);
        var digits = text.TrimStart('\'')[..^1];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var year = digits.Length == 2 ? 1900 + value : value;
        if (year % 10 != 0 || year < MinYear || year > MaxYear)
        {
            return null;
        }

        var start = i;
        var tokens = s.Tokens;
        // "the decade of (the) 1980s"
        if (start >= 2 && tokens[start - 1].WordId == _the && tokens[start - 2].WordId == _of && start >= 3 && tokens[start - 3].WordId == _decade)
        {
            start -= 3;
        }
        else if (start >= 2 && tokens[start - 1].WordId == _of && tokens[start - 2].WordId == _decade)
        {
            start -= 2;
        }

        return new TimeMention { Start = start, End = i + 1, Kind = TimeKind.Span, Value = DateSpan.Of(PartialDate.OfDecade(year)) };
    }

    /// <summary>"the 1970s and 1980s" is one span, 1970-1989.</summary>
    private void MergeDecadeLists(SentenceAnalysis s)
    {
        for (var m = 0; m + 1 < s.Times.Count; m++)
        {
            var a = s.Times[m];
            var b = s.Times[m + 1];
            if (a.Kind == TimeKind.Span && b.Kind == TimeKind.Span && a.Value is { Precision: DatePrecision.Decade } av && b.Value is { Precision: DatePrecision.Decade } bv
                && b.Start == a.End + 1 && s.Tokens[a.End].WordId == _and && bv.Start.Year > av.Start.Year)
            {
                a.End = b.End;
                a.Value = new DateSpan(av.Start, bv.End, DatePrecision.Decade);
                s.Times.RemoveAt(m + 1);
            }
        }
    }

    /// <summary>
    /// "the first decade after the end of the Cold War", "the five years following 1971": the span that starts at the
    /// date or happening and lasts the stated time.
    /// </summary>
    private TimeMention? PeriodAfter(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        if (tokens[i].WordId != _the)
        {
            return null;
        }

        var k = i + 1;
        if (k < tokens.Count && tokens[k].WordId == _firstWord)
        {
            k++;
        }

        var amount = 1;
        if (k < tokens.Count && NumberAt(s, k) is { } n && tokens[k].WordId != _the)
        {
            amount = n;
            k++;
        }

        if (k + 1 >= tokens.Count || !_lexicon.TryUnit(tokens[k].WordId, out var unit) || unit is not (TimeUnit.Year or TimeUnit.Decade)
            || !_afterWords.Contains(tokens[k + 1].WordId) || tokens[k + 1].WordId == _since)
        {
            return null;
        }

        if (k + 2 >= tokens.Count || Match(s, k + 2) is not { Value: { } from } start)
        {
            return null;
        }

        var years = amount * (unit == TimeUnit.Decade ? 10 : 1);
        var first = (from.End ?? from.Start).Year;
        return new TimeMention
        {
            Start = i,
            End = start.End,
            Kind = TimeKind.Span,
            Value = DateSpan.Between(PartialDate.OfYear(first), PartialDate.OfYear(first + years - 1)),
        };
    }

    private TimeMention? Relative(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        var id = tokens[i].WordId;

        // six years later, 30 years earlier, a year later
        if (NumberAt(s, i) is { } amount && i + 2 < tokens.Count && _lexicon.TryUnit(tokens[i + 1].WordId, out var unit)
            && _lexicon.TryDirection(tokens[i + 2].WordId, out var direction) && direction != TimeDirection.Same
            && (tokens[i + 2].WordId == _later || tokens[i + 2].WordId == _earlier || !FollowedByNounPhrase(s, i + 3)))
        {
            return new TimeMention { Start = i, End = i + 3, Kind = TimeKind.Relative, Amount = amount, Unit = unit, Direction = direction };
        }

        if (id < 0)
        {
            return null;
        }

        // the following year, the previous month, the same year
        if (id == _the && i + 2 < tokens.Count && _lexicon.TryDirection(tokens[i + 1].WordId, out var dir) && _lexicon.TryUnit(tokens[i + 2].WordId, out var u)
            && tokens[i + 1].WordId != _that && tokens[i + 1].WordId != _later && tokens[i + 1].WordId != _earlier)
        {
            return new TimeMention { Start = i, End = i + 3, Kind = TimeKind.Relative, Amount = dir == TimeDirection.Same ? 0 : 1, Unit = u, Direction = dir };
        }

        // the year before / the year after
        if (id == _the && i + 2 < tokens.Count && tokens[i + 1].WordId == _year && _lexicon.TryDirection(tokens[i + 2].WordId, out var yearDir)
            && yearDir != TimeDirection.Same && !FollowedByNounPhrase(s, i + 3))
        {
            return new TimeMention { Start = i, End = i + 3, Kind = TimeKind.Relative, Amount = 1, Unit = TimeUnit.Year, Direction = yearDir };
        }

        // later that summer, earlier that year, that year
        var j = i;
        if ((id == _later || id == _earlier) && j + 1 < tokens.Count)
        {
            j++;
        }

        if (j + 1 < tokens.Count && (tokens[j].WordId == _that || (tokens[j].WordId == _the && j + 2 < tokens.Count && tokens[j + 1].WordId == _same)))
        {
            var k = tokens[j].WordId == _the ? j + 2 : j + 1;
            if (_lexicon.TryUnit(tokens[k].WordId, out var sameUnit) && sameUnit is TimeUnit.Year or TimeUnit.Month
                || _lexicon.TrySeason(tokens[k].WordId, out _))
            {
                return new TimeMention { Start = i, End = k + 1, Kind = TimeKind.Relative, Amount = 0, Unit = TimeUnit.Year, Direction = TimeDirection.Same };
            }
        }

        // in the subsequent years, in the following years
        if (id == _in && i + 3 < tokens.Count && tokens[i + 1].WordId == _the && _lexicon.TryDirection(tokens[i + 2].WordId, out var plural)
            && plural == TimeDirection.Forward && _lexicon.TryUnit(tokens[i + 3].WordId, out var pluralUnit))
        {
            return new TimeMention { Start = i, End = i + 4, Kind = TimeKind.Relative, Amount = 1, Unit = pluralUnit, Direction = TimeDirection.Forward };
        }

        return null;
    }

    private bool FollowedByNounPhrase(SentenceAnalysis s, int i)
    {
        if (i >= s.Tokens.Count)
        {
            return false;
        }

        var id = s.Tokens[i].WordId;
        return id == _the || (id >= 0 && _vocabulary.Is(id, WordClass.Determiner));
    }

    private TimeMention Absolute(int start, int end, PartialDate date) =>
        new() { Start = start, End = end, Kind = TimeKind.Absolute, Value = DateSpan.Of(date) };

    private TimeRole RoleOf(SentenceAnalysis s, TimeMention mention)
    {
        var tokens = s.Tokens;
        var p = mention.Start - 1;
        while (p >= 0 && _softModifiers.Contains(tokens[p].WordId) && tokens[p].WordId != _the)
        {
            p--;
        }

        if (mention.Kind == TimeKind.Relative)
        {
            return TimeRole.Adjunct;
        }

        if (p >= 0 && tokens[p].WordId == _the && mention.Kind != TimeKind.Anchor)
        {
            // "the 1965 war" is a modifier; "the 1980s" after "in" is an adjunct.
            var q = p - 1;
            if (mention.Kind == TimeKind.Span && q >= 0 && (_adjunctPrepositions.Contains(tokens[q].WordId) || _afterWords.Contains(tokens[q].WordId)))
            {
                return _afterWords.Contains(tokens[q].WordId) ? TimeRole.After : TimeRole.Adjunct;
            }

            return TimeRole.Modifier;
        }

        if (p < 0)
        {
            return TimeRole.Adjunct;
        }

        var id = tokens[p].WordId;
        if (id == _since)
        {
            return TimeRole.Since;
        }

        if (_afterWords.Contains(id))
        {
            return TimeRole.After;
        }

        if (_beforeWords.Contains(id))
        {
            return TimeRole.Before;
        }

        if (_adjunctPrepositions.Contains(id) || id == _comma || tokens[p].Kind == TokenKind.Punct)
        {
            return TimeRole.Adjunct;
        }

        if (id >= 0 && _vocabulary.Is(id, WordClass.Possessive | WordClass.Determiner) || s.Folded(p) is "'s")
        {
            // "after their 1965-1966 war" dates what follows by the war's end.
            if (p >= 1 && _afterWords.Contains(tokens[p - 1].WordId) && tokens[p - 1].WordId != _since)
            {
                return TimeRole.After;
            }

            return TimeRole.Modifier;
        }

        return TimeRole.Adjunct;
    }

    private int? YearAt(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        if (i < 0 || i >= tokens.Count || tokens[i].Kind != TokenKind.Number || tokens[i].Length != 4)
        {
            return null;
        }

        if (!int.TryParse(s.Folded(i), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < MinYear || year > MaxYear)
        {
            return null;
        }

        if (i > 0 && (_currency.Contains(tokens[i - 1].WordId) || _lexicon.IsLabel(tokens[i - 1].WordId)))
        {
            return null;
        }

        if (i + 1 < tokens.Count && (_lexicon.IsCountNoun(tokens[i + 1].WordId) || s.Folded(i + 1) is "%"))
        {
            return null;
        }

        return year;
    }

    private int? DayAt(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        if (i >= tokens.Count || tokens[i].Kind is not (TokenKind.Number or TokenKind.Ordinal) || tokens[i].Length > 4)
        {
            return null;
        }

        var text = s.Folded(i);
        var digits = tokens[i].Kind == TokenKind.Ordinal ? text[..^2] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;
    }

    private int? MonthAt(SentenceAnalysis s, int i, bool requireCapital)
    {
        var tokens = s.Tokens;
        if (i >= tokens.Count || !_lexicon.TryMonth(tokens[i].WordId, out var month))
        {
            return null;
        }

        // "may" and "march" are also common words; months are written with a capital.
        return requireCapital && !tokens[i].IsCapitalized ? null : month;
    }

    private int? NumberAt(SentenceAnalysis s, int i)
    {
        var t = s.Tokens[i];
        if (t.Kind == TokenKind.Number && t.Length <= 3 && int.TryParse(s.Folded(i), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return t.WordId >= 0 && _lexicon.TryNumber(t.WordId, out var value) ? value : null;
    }
}
