using Dyad.Core.Dates;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Events;

/// <summary>
/// Pipeline stage 8: dates each event. A date inside the event's own words wins ("the 1979 Soviet invasion");
/// then the nearest date of its clause, then of its sentence, preferring adjuncts ("in April 1965") to dates
/// that belong to another noun ("after the 1965 war" dates what came after as 1965's end); then the running
/// date of the document. "visited Moscow twice; March 1972 and October 1974" gives one event per date.
/// Finally the running date moves on to what this sentence dated.
/// </summary>
public sealed class EventDater
{
    private const int ContextReach = 12;
    private const int ModifierPenalty = 6;
    private const int SincePhraseReach = 12;

    private readonly ArgumentFinder _args;
    private readonly Vocabulary _vocabulary;
    private readonly int _and;
    private readonly int _comma;
    private readonly int _semicolon;
    private readonly int _in;
    private readonly int _on;
    private readonly int _but;
    private readonly int _has;
    private readonly int _have;
    private readonly int _had;
    private readonly int _after;
    private readonly int _following;
    private readonly int _since;

    public EventDater(ArgumentFinder args, Vocabulary vocabulary)
    {
        _args = args;
        _vocabulary = vocabulary;
        _and = vocabulary.Intern("and");
        _comma = vocabulary.Intern(",");
        _semicolon = vocabulary.Intern(";");
        _in = vocabulary.Intern("in");
        _on = vocabulary.Intern("on");
        _but = vocabulary.Intern("but");
        _has = vocabulary.Intern("has");
        _have = vocabulary.Intern("have");
        _had = vocabulary.Intern("had");
        _after = vocabulary.Intern("after");
        _following = vocabulary.Intern("following");
        _since = vocabulary.Intern("since");
    }

    public void Process(SentenceAnalysis s, DocumentContext doc)
    {
        SplitDateLists(s);
        foreach (var draft in s.Events)
        {
            if (draft.When is not null)
            {
                continue;
            }

            var hasContext = doc.Time.Current is not null && doc.SentenceIndex - doc.Time.SetAtSentence <= ContextReach;
            var best = BestMention(s, draft, hasContext);
            if (IsObjectOfAfter(s, draft.Trigger) && (best < 0 || !OwnDate(s, s.Times[best], draft)))
            {
                // "Six years later, after another war between the two neighbours, ...": the war came before that date,
                // and the text does not say when.
                draft.DatedInSentence = true;
                continue;
            }

            if (best >= 0)
            {
                var mention = s.Times[best];
                // "mediated after their 1965-1966 war": the mediation takes the war's end, the war itself its own span.
                var own = mention.Start >= draft.Trigger.Start && mention.End <= draft.Trigger.End || InsideNounPhrase(s, mention, draft);
                draft.When = mention.Role == TimeRole.After && !own && mention.Value is { End: { } end } && mention.Kind != TimeKind.Anchor
                    ? DateSpan.Of(end)
                    : mention.Value;
                draft.DatedInSentence = true;
                draft.DateMention = best;
            }
            else if (IsPresentPerfect(s, draft.Trigger))
            {
                // "Pakistan has backed Russian efforts": up to the time of writing, not at the story's running date.
                draft.When = doc.PublishedYear > 0 ? DateSpan.Of(PartialDate.OfYear(doc.PublishedYear)) : null;
                draft.DatedInSentence = true;
            }
            else if (s.LineKind == LineKind.Heading && doc.Published is { } published && InPresentTense(s, draft.Trigger))
            {
                // "Trump's Iran decision wins plaudits from Israel": a headline in the present tells the news of its day.
                draft.When = DateSpan.Of(published);
            }
            else if (hasContext && doc.Time.Current is { } current && !OutsideValidity(draft.Source, current) && !(draft.Target is { } target && OutsideValidity(target, current)))
            {
                // The running date is only a guess: it must not put a leader in office outside his tenure ("Imran Khan" in 1973)
                // or an organisation outside its lifetime (the SCO in 1979).
                draft.When = current;
            }
        }

        MarkPlans(s);
        EventCoder.RemoveDuplicates(s.Events);
        RemoveRestatements(s, doc);
        foreach (var draft in s.Events)
        {
            doc.RecentEvents.Add((draft.Code, draft.Source, draft.Target, doc.SentenceIndex));
        }

        if (doc.RecentEvents.Count > 64)
        {
            doc.RecentEvents.RemoveRange(0, doc.RecentEvents.Count - 64);
        }

        MoveContext(s, doc);
        RememberPair(s, doc);
    }

    /// <summary>A verb trigger in the simple present ("wins", "sign"), as headlines tell what is new.</summary>
    private static bool InPresentTense(SentenceAnalysis s, TriggerMatch trigger)
    {
        if (!trigger.IsVerb || TriggerVerb(s, trigger) is not (var verb and >= 0))
        {
            return false;
        }

        var form = s.Syntax.Form(verb);
        return (form & (Syntax.VerbForm.Present | Syntax.VerbForm.Base)) != 0 && (form & (Syntax.VerbForm.Past | Syntax.VerbForm.Participle)) == 0
            && s.Syntax.ModalOf(verb) < 0;
    }

    /// <summary>
    /// "has backed", "have also participated", and a verb coordinated with one ("have participated in exercises and
    /// stepped up cooperation"): a present perfect, unless a new subject or "had" comes between.
    /// </summary>
    private bool IsPresentPerfect(SentenceAnalysis s, TriggerMatch trigger)
    {
        if (!trigger.IsVerb)
        {
            return false;
        }

        var clauseStart = _args.ClauseStart(s, trigger.Start);
        for (var k = trigger.Start - 1; k >= clauseStart && k >= trigger.Start - 10; k--)
        {
            var id = s.Tokens[k].WordId;
            if (id == _has || id == _have)
            {
                return true;
            }

            if (id == _had || s.ActorAt(k) is { } actor && !actor.Has(Actors.MentionFlags.Modifier) || s.TimeAt(k) is not null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// An event its sentence dates after the time of writing ("is arriving tomorrow", "meet next month", "to visit in
    /// March" written in January) is a plan or an expectation, not a fact: hypothetical, and material cooperation
    /// becomes the intent to cooperate, as <see cref="ModalityDetector"/> codes "plans to". A stated year after the
    /// publication date is not enough: the page may have been updated since the date it shows.
    /// </summary>
    private static void MarkPlans(SentenceAnalysis s)
    {
        foreach (var draft in s.Events)
        {
            if (draft.Hypothetical || !draft.DatedInSentence || draft.When is not { } when || draft.DateMention < 0)
            {
                continue;
            }

            var mention = s.Times[draft.DateMention];
            if (mention.Role is TimeRole.Before or TimeRole.Since || !mention.Ahead)
            {
                continue;
            }

            draft.Hypothetical = true;
            if (!draft.Negated)
            {
                draft.Code = ModalityDetector.IntentCode(draft.Code);
            }
        }
    }

    /// <summary>True when the party is a person or organisation and none of its periods covers the date.</summary>
    private static bool OutsideValidity(Actors.Party party, DateSpan when)
    {
        var person = false;
        foreach (var candidate in party.Candidates)
        {
            if (candidate.Kind is not (Core.Actors.ActorKind.Person or Core.Actors.ActorKind.Organization) || candidate.From is null && candidate.To is null)
            {
                continue;
            }

            person = true;
            if (candidate.YearsOutside(when.Start) == 0 || when.End is { } end && candidate.YearsOutside(end) == 0)
            {
                return false;
            }
        }

        return person;
    }

    /// <summary>The last two states an event linked are what "the two countries" will mean next.</summary>
    private static void RememberPair(SentenceAnalysis s, DocumentContext doc)
    {
        // "between India and Pakistan": two states named together in this sentence are the pair, whoever acted on them.
        if (doc.LastCoordination is { } named && named.Sentence == doc.SentenceIndex
            && named.First.Kind is not (Core.Actors.ActorKind.Organization or Core.Actors.ActorKind.Region or Core.Actors.ActorKind.Person)
            && named.Second.Kind is not (Core.Actors.ActorKind.Organization or Core.Actors.ActorKind.Region or Core.Actors.ActorKind.Person))
        {
            return;
        }

        for (var e = s.Events.Count - 1; e >= 0; e--)
        {
            var draft = s.Events[e];
            if (draft.Target is { } target && draft.Source.Kind is not (Core.Actors.ActorKind.Organization or Core.Actors.ActorKind.Region)
                && target.Kind is not (Core.Actors.ActorKind.Organization or Core.Actors.ActorKind.Region) && draft.Source.First.Code[..3] != target.First.Code[..3])
            {
                doc.LastPair = (draft.Source, target);
                return;
            }
        }
    }

    /// <summary>
    /// "The Soviet invasion of Afghanistan alarmed Washington" after the invasion has been told: an event noun that
    /// names a happening the document has already coded (same code, same pair, same year) refers back to it and
    /// is not reported again.
    /// </summary>
    private void RemoveRestatements(SentenceAnalysis s, DocumentContext doc)
    {
        var added = new List<(string Root, string Pair, int? Year)>();
        for (var e = s.Events.Count - 1; e >= 0; e--)
        {
            var draft = s.Events[e];
            if (draft.Target is not { } target)
            {
                continue;
            }

            var key = (Root: draft.Code, Pair: PairKey(draft.Source, target), Year: draft.When?.Start.Year);
            if (!draft.Trigger.IsVerb && !draft.Hypothetical && !draft.Negated && !Indefinite(s, draft.Trigger)
                && (key.Year is not null && doc.Happenings.Exists(h => h.Root == key.Root && h.Pair == key.Pair && h.Year == key.Year)
                    || RefersBackUndated(s, draft, key.Pair, doc)))
            {
                s.Restatements.Add(draft);
                s.Events.RemoveAt(e);
                continue;
            }

            added.Add(key);
        }

        doc.Happenings.AddRange(added);
    }

    /// <summary>
    /// "This agreement matters", "the talks made little progress": a definite event noun with no date of its own in its
    /// sentence, after a happening of the same kind between the same pair, is that happening again.
    /// </summary>
    private bool RefersBackUndated(SentenceAnalysis s, EventDraft draft, string pair, DocumentContext doc) =>
        !draft.DatedInSentence && OpensDefinite(s, draft.Trigger, _vocabulary) && HappenedBefore(doc, pair, draft.Code);

    /// <summary>"the talks", "this agreement": the trigger's phrase opens with a definite word.</summary>
    internal static bool OpensDefinite(SentenceAnalysis s, TriggerMatch trigger, Vocabulary vocabulary) =>
        s.Syntax.PhraseOf(trigger.Start) is { } phrase && vocabulary.Is(s.Tokens[phrase.Start].WordId, WordClass.Definite);

    /// <summary>Whether the document has coded a happening of this code's CAMEO root between the pair (<see cref="PairKey"/>).</summary>
    internal static bool HappenedBefore(DocumentContext doc, string pair, string code) =>
        code.Length >= 2 && doc.Happenings.Exists(h => h.Pair == pair && h.Root.Length >= 2 && h.Root[0] == code[0] && h.Root[1] == code[1]);

    /// <summary>"a new agreement", "another war", "skirmishes": a phrase that introduces a happening rather than refers to one.</summary>
    private static bool Indefinite(SentenceAnalysis s, TriggerMatch trigger)
    {
        if (s.Syntax.PhraseOf(trigger.Start) is not { } phrase)
        {
            return false;
        }

        var first = s.Folded(phrase.Start);
        if (first is "a" or "an" or "another" or "new" or "further" or "more" or "several" or "two" or "three" or "many" or "some")
        {
            return true;
        }

        var head = s.Folded(phrase.Head);
        return s.Syntax.Tag(phrase.Start) is not (Syntax.Pos.Determiner or Syntax.Pos.Possessive) && s.ActorAt(phrase.Start) is null
            && head.Length > 3 && head[^1] == 's' && head[^2] != 's';
    }

    /// <summary>The unordered pair of two parties' countries, as <see cref="DocumentContext.Happenings"/> keys it.</summary>
    internal static string PairKey(Actors.Party a, Actors.Party b)
    {
        var x = a.First.Code.Length > 3 ? a.First.Code[..3] : a.First.Code;
        var y = b.First.Code.Length > 3 ? b.First.Code[..3] : b.First.Code;
        return string.CompareOrdinal(x, y) < 0 ? x + "-" + y : y + "-" + x;
    }

    /// <summary>The word the parse attaches a time expression to (a verb for "in 1965"), or -1.</summary>
    private static int TimeGovernor(SentenceAnalysis s, TimeMention mention)
    {
        var tree = s.Syntax;
        for (var k = mention.Start; k < mention.End && k < tree.Count; k++)
        {
            if (tree.Relation(k) == Syntax.Dep.Time && (tree.Head(k) < mention.Start || tree.Head(k) >= mention.End))
            {
                return tree.Head(k);
            }
        }

        return -1;
    }

    /// <summary>The verb of a verb trigger, or the verb a noun trigger's clause hangs on.</summary>
    private static int TriggerVerb(SentenceAnalysis s, TriggerMatch trigger)
    {
        var tree = s.Syntax;
        for (var k = trigger.Start; k < trigger.End && k < tree.Count; k++)
        {
            if (tree.Tag(k) == Syntax.Pos.Verb)
            {
                return k;
            }
        }

        return tree.GoverningVerb(trigger.Start);
    }

    /// <summary>True when one verb governs the other (complements, participles) rather than the two being coordinated clauses.</summary>
    private static bool SameClauseChain(SentenceAnalysis s, int a, int b)
    {
        var tree = s.Syntax;
        return Governs(tree, a, b) || Governs(tree, b, a);

        static bool Governs(Syntax.SyntaxTree tree, int top, int low)
        {
            for (var k = low; k >= 0; k = tree.Head(k))
            {
                if (k == top)
                {
                    return true;
                }

                if (tree.Relation(k) == Syntax.Dep.Conjunct)
                {
                    return false;
                }
            }

            return false;
        }
    }

    private int BestMention(SentenceAnalysis s, EventDraft draft, bool hasContext)
    {
        var best = -1;
        var bestScore = int.MaxValue;
        var start = draft.SpanStart;
        var end = draft.SpanEnd;
        var clauseStart = _args.ClauseStart(s, draft.Trigger.Start);
        var clauseEnd = _args.ClauseEnd(s, draft.Trigger.End);
        for (var m = 0; m < s.Times.Count; m++)
        {
            var mention = s.Times[m];
            if (mention.Value is null && mention.Kind != TimeKind.Present)
            {
                continue;
            }

            if (mention.Start >= end && InLaterClause(s, end, mention) && hasContext)
            {
                continue; // "welcomed the offer and in the following years, Ayub visited Moscow in 1965": not the welcome's date
            }

            int score;
            if (mention.Start >= draft.Trigger.Start && mention.End <= draft.Trigger.End || InsideNounPhrase(s, mention, draft))
            {
                score = 0; // inside the event's own words: "the 1979 Soviet invasion", "his 1974visit"
            }
            else
            {
                // A date among the event's own words before its trigger ("Israel on Wednesday released") is as near as
                // can be; one after the trigger counts from it, as one far inside a long span belongs to something else
                // ("released the mayor, jailed a year ago, Palestinian officials said").
                var distance = mention.Start >= end ? mention.Start - end + 1
                    : mention.End <= start ? start - mention.End + 1
                    : mention.Start >= draft.Trigger.End ? mention.Start - draft.Trigger.End : 0;
                score = distance;
                var governor = TimeGovernor(s, mention);
                if (governor >= 0 && draft.Trigger.IsVerb && governor == TriggerVerb(s, draft.Trigger))
                {
                    score = Math.Min(score, 1); // the parse hangs the date on the event's own verb
                }
                else if (governor >= 0 && s.Syntax.Tag(governor) is Syntax.Pos.Verb && TriggerVerb(s, draft.Trigger) is var own and >= 0 && !SameClauseChain(s, own, governor))
                {
                    score += ModifierPenalty; // "X visits the US in June, Y visits Moscow in July": July is the second visit's
                }

                if (mention.End <= clauseStart || mention.Start >= clauseEnd)
                {
                    score += 20;
                }

                if (mention.Role == TimeRole.Modifier && BelongsToOtherTrigger(s, mention, draft.Trigger))
                {
                    score += ModifierPenalty;
                }

                if (mention.Role == TimeRole.Before)
                {
                    score += 4;
                }

                if (mention.Kind == TimeKind.Relative)
                {
                    score += 3; // a stated date nearby beats "in the subsequent years"
                }

                // "joined SEATO in 1954 and the Baghdad Pact in 1955": each member of a list takes the date after it.
                if (draft.TargetMention is { } target && target.Start > draft.Trigger.End && mention.Start >= draft.Trigger.End && mention.End <= target.Start
                    && HasDateAfter(s, target.End, clauseEnd))
                {
                    score += 10;
                }
            }

            if (score < bestScore)
            {
                bestScore = score;
                best = m;
            }
        }

        return best;
    }

    /// <summary>
    /// True when a coordinated clause with its own subject and verb starts between the event and the date
    /// ("..., and Ayub visited Moscow in 1965"), or the date opens such a clause ("and in the following years, ...").
    /// A clause sharing the event's subject ("visited Moscow and signed a treaty in 1965") does not count.
    /// </summary>
    private bool InLaterClause(SentenceAnalysis s, int from, TimeMention mention)
    {
        for (var c = from; c < mention.Start; c++)
        {
            var id = s.Tokens[c].WordId;
            if (id != _and && id != _but && id != _semicolon)
            {
                continue;
            }

            // "and in the following years, Ayub ...", "and in 1961 it praised ...": the date opens the clause of a new subject.
            var afterDate = mention.Start <= c + 2 && mention.End < s.Tokens.Count
                && (s.Tokens[mention.End].WordId == _comma || s.ActorAt(mention.End) is { } subject && subject.Start == mention.End);
            if (afterDate)
            {
                return true;
            }

            foreach (var verb in s.Triggers)
            {
                if (!verb.IsVerb || verb.Start <= c || verb.End > mention.Start)
                {
                    continue;
                }

                foreach (var actor in s.Actors)
                {
                    if (actor.Start > c && actor.End <= verb.Start)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>"after another war", "following the invasion": an event noun in a phrase of "after".</summary>
    private bool IsObjectOfAfter(SentenceAnalysis s, TriggerMatch trigger) => IsObjectOf(s, trigger, since: false);

    /// <summary>"an event noun in a phrase of "after", "following" or (with <paramref name="since"/>) "since".</summary>
    private bool IsObjectOf(SentenceAnalysis s, TriggerMatch trigger, bool since)
    {
        if (trigger.IsVerb)
        {
            return false;
        }

        for (var k = trigger.Start - 1; k >= 0 && k >= trigger.Start - 4; k--)
        {
            var id = s.Tokens[k].WordId;
            if (id == _after || id == _following || since && id == _since)
            {
                return true;
            }

            if (s.TimeAt(k) is not null || id >= 0 && _vocabulary.Is(id, WordClass.Verb | WordClass.Preposition | WordClass.Conjunction))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"since the border war with India in 1965": the date of what a state of affairs dates from.</summary>
    private bool InSincePhrase(SentenceAnalysis s, TimeMention mention)
    {
        for (var k = mention.Start - 1; k >= 0 && k >= mention.Start - SincePhraseReach; k--)
        {
            var id = s.Tokens[k].WordId;
            if (id == _since)
            {
                return true;
            }

            if (id == _comma || id == _semicolon || id >= 0 && _vocabulary.Is(id, WordClass.Verb | WordClass.Conjunction) || s.TimeAt(k) is not null)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A date in the event noun's own phrase: "the 1979 invasion", "the withdrawal of NATO forces in 2014".</summary>
    private static bool OwnDate(SentenceAnalysis s, TimeMention mention, EventDraft draft) =>
        mention.Start >= draft.Trigger.Start && mention.End <= draft.Trigger.End || InsideNounPhrase(s, mention, draft)
        || mention.Start >= draft.Trigger.End && mention.Start <= draft.SpanEnd + 2;

    /// <summary>A date between a noun's own modifiers and the noun ("the 1979 Soviet invasion").</summary>
    private static bool InsideNounPhrase(SentenceAnalysis s, TimeMention mention, EventDraft draft)
    {
        if (draft.Trigger.IsVerb || mention.End > draft.Trigger.Start)
        {
            return false;
        }

        var from = Math.Min(draft.SourceMention.Start, draft.TargetMention?.Start ?? int.MaxValue);
        return mention.Start >= from - 2 && draft.Trigger.Start - mention.End <= 4;
    }

    private static bool HasDateAfter(SentenceAnalysis s, int from, int clauseEnd)
    {
        foreach (var m in s.Times)
        {
            if (m.Start >= from && m.Start < clauseEnd && m.Start - from <= 6 && m.Value is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date right before another event noun is that noun's date ("the 1965 war").</summary>
    private static bool BelongsToOtherTrigger(SentenceAnalysis s, TimeMention mention, TriggerMatch self)
    {
        foreach (var t in s.Triggers)
        {
            if (t != self && !t.IsVerb && t.Start >= mention.End && t.Start - mention.End <= 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"visited Moscow twice; March 1972 and October 1974": one event per listed date.</summary>
    private void SplitDateLists(SentenceAnalysis s)
    {
        var count = s.Events.Count;
        for (var e = 0; e < count; e++)
        {
            var draft = s.Events[e];
            var list = draft.Trigger.IsVerb ? DateListAfter(s, draft.SpanEnd) : DateListBefore(s, draft.SpanStart);
            if (list.Count < 2)
            {
                continue;
            }

            draft.When = s.Times[list[0]].Value;
            draft.DatedInSentence = true;
            draft.DateMention = list[0];
            for (var i = 1; i < list.Count; i++)
            {
                s.Events.Add(new EventDraft
                {
                    Trigger = draft.Trigger,
                    SourceMention = draft.SourceMention,
                    Source = draft.Source,
                    TargetMention = draft.TargetMention,
                    Target = draft.Target,
                    Code = draft.Code,
                    Symmetric = draft.Symmetric,
                    Negated = draft.Negated,
                    Hypothetical = draft.Hypothetical,
                    When = s.Times[list[i]].Value,
                    DatedInSentence = true,
                    DateMention = list[i],
                });
            }
        }
    }

    private List<int> DateListAfter(SentenceAnalysis s, int from)
    {
        var list = new List<int>();
        var k = from;
        while (k < s.Tokens.Count)
        {
            if (s.TimeAt(k) is { } time && time.Kind is TimeKind.Absolute && time.Value is not null)
            {
                list.Add(s.Times.IndexOf(time));
                k = time.End;
                continue;
            }

            var id = s.Tokens[k].WordId;
            var linking = id == _and || id == _comma || id == _semicolon || id == _in || id == _on
                || (id >= 0 && _vocabulary.Is(id, WordClass.Adverb)) || s.Folded(k) is "twice" or "thrice";
            if (!linking)
            {
                break;
            }

            k++;
        }

        return list.Count >= 2 ? list : [];
    }

    /// <summary>"the 1965 and 1971 Pakistan-India wars": dates listed just before a noun phrase.</summary>
    private List<int> DateListBefore(SentenceAnalysis s, int spanStart)
    {
        var list = new List<int>();
        var k = spanStart - 1;
        while (k >= 0)
        {
            if (s.TimeAt(k) is { } time && time.Kind is TimeKind.Absolute && time.Value is not null)
            {
                list.Insert(0, s.Times.IndexOf(time));
                k = time.Start - 1;
                continue;
            }

            var id = s.Tokens[k].WordId;
            if (list.Count > 0 && (id == _and || id == _comma))
            {
                k--;
                continue;
            }

            break;
        }

        return list.Count >= 2 ? list : [];
    }

    /// <summary>
    /// The running date moves to what this sentence dated: its events first, else its stated dates. A caption's dates
    /// are the photo's, not the story's; a time after the writing is a plan, and the story does not move there.
    /// </summary>
    private void MoveContext(SentenceAnalysis s, DocumentContext doc)
    {
        if (s.LineKind == LineKind.Caption)
        {
            return;
        }

        if (EntryLabel(s) is { } label)
        {
            // "30 June: the minister says India of 2017 is different from 1962": a timeline entry stands at its label;
            // the other dates in it are what the entry talks about.
            if (label.Value is { } labelled)
            {
                doc.Time.MoveTo(labelled, doc.SentenceIndex);
            }

            return;
        }

        for (var e = s.Events.Count - 1; e >= 0; e--)
        {
            var draft = s.Events[e];
            // "Cut off since the border war of 1965, Ayub feels ...": what a state of affairs dates from is background.
            if (draft.DatedInSentence && draft.DateMention >= 0 && draft.When is { } when && s.Times[draft.DateMention] is { Kind: not TimeKind.Present } used
                && !IsFlashback(used) && used.Role != TimeRole.Since && !used.Ahead && !IsObjectOf(s, draft.Trigger, since: true))
            {
                doc.Time.MoveTo(when, doc.SentenceIndex);
                return;
            }
        }

        TimeMention? fallback = null;
        foreach (var mention in s.Times)
        {
            // A well-known happening named in passing ("the largest surrender after World War II") is a point of
            // comparison, not where the story stands.
            if (mention.Value is null || mention.Kind is TimeKind.Present or TimeKind.Anchor || IsFlashback(mention) || mention.Role == TimeRole.Since || mention.Ahead
                || InSincePhrase(s, mention))
            {
                continue;
            }

            if (mention.Role is TimeRole.Adjunct or TimeRole.After)
            {
                fallback = mention;
            }
            else
            {
                fallback ??= mention;
            }
        }

        if (fallback?.Value is { } value)
        {
            doc.Time.MoveTo(value, doc.SentenceIndex);
        }
    }

    /// <summary>The date a sentence opens with as a label ("12 July:", "1962 -"), as timelines write entries; else null.</summary>
    private static TimeMention? EntryLabel(SentenceAnalysis s)
    {
        if (s.Times.Count == 0 || s.Times[0] is not { } first || first.End >= s.Tokens.Count)
        {
            return null;
        }

        var k = 0;
        while (k < first.Start && s.Tokens[k].Kind != TokenKind.Word && s.Tokens[k].Kind != TokenKind.Number)
        {
            k++; // a bullet before the label
        }

        return k == first.Start && s.Folded(first.End) is ":" ? first : null;
    }

    /// <summary>
    /// "30 years earlier", "three months ago", "last year": a look back from where the story stands, which it does not
    /// move to. "yesterday" and "on Monday" are where a report stands.
    /// </summary>
    private static bool IsFlashback(TimeMention mention) =>
        mention.Direction == TimeDirection.Backward && (mention.Kind == TimeKind.Relative || mention.Kind == TimeKind.Deictic && mention.Unit != TimeUnit.Day);
}
