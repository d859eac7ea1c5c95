using Dyad.Extraction.Actors;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Events;

/// <summary>
/// Finds who does and who undergoes an event around a trigger, with shallow rules instead of a parser:
/// the source is the nearest actor to the left in the clause that is not the object of a preposition;
/// the target is the next actor to the right (after the pattern's preposition, when it names one);
/// coordinated actors ("Afghanistan, India, and Burma") each count; hyphen pairs ("Indo-Pak") go together.
/// </summary>
public sealed class ArgumentFinder
{
    private const int ModifierReach = 5;
    private const int AgentReach = 8;

    private readonly int _former;
    private readonly VerbForms _verbForms;
    private readonly Vocabulary _vocabulary;
    private readonly int _and;
    private readonly int _or;
    private readonly int _comma;
    private readonly int _semicolon;
    private readonly int _colon;
    private readonly int _the;
    private readonly int _by;
    private readonly int _between;
    private readonly int _as;
    private readonly int _well;
    private readonly int _apostropheS;
    private readonly int _apostrophe;
    private readonly int _hyphen;
    private readonly int _openParen;
    private readonly int _closeParen;
    private readonly int _quote;
    private readonly int _to;
    private readonly int _of;
    private readonly int _both;
    private readonly int _for;
    private readonly int _with;
    private readonly int _along;
    private readonly int _together;
    private readonly HashSet<int> _listIntroducers;
    private readonly HashSet<int> _roleNouns;

    public ArgumentFinder(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _and = vocabulary.Intern("and");
        _or = vocabulary.Intern("or");
        _comma = vocabulary.Intern(",");
        _semicolon = vocabulary.Intern(";");
        _colon = vocabulary.Intern(":");
        _the = vocabulary.Intern("the");
        _by = vocabulary.Intern("by");
        _between = vocabulary.Intern("between");
        _as = vocabulary.Intern("as");
        _well = vocabulary.Intern("well");
        _apostropheS = vocabulary.Intern("'s");
        _apostrophe = vocabulary.Intern("'");
        _hyphen = vocabulary.Intern("-");
        _verbForms = new VerbForms(vocabulary);
        _openParen = vocabulary.Intern("(");
        _closeParen = vocabulary.Intern(")");
        _quote = vocabulary.Intern("\"");
        _to = vocabulary.Intern("to");
        _of = vocabulary.Intern("of");
        _both = vocabulary.Intern("both");
        _for = vocabulary.Intern("for");
        _with = vocabulary.Intern("with");
        _along = vocabulary.Intern("along");
        _together = vocabulary.Intern("together");
        _roleNouns = [.. new[] { "broker", "mediator", "guarantor", "guarantors", "witness", "host", "observer", "observers", "intermediary", "go-between", "facilitator", "chair" }.Select(vocabulary.Intern)];
        _former = vocabulary.Intern("former");
        _listIntroducers = [.. new[] { "especially", "including", "notably", "particularly", "namely", "mainly", "chiefly" }.Select(vocabulary.Intern)];
    }

    /// <summary>True for a mention that can take part in an event (not a modifier, region or repeated name).</summary>
    public static bool Usable(ActorMention m) =>
        m.IsResolved && !m.IsRegion && !m.Has(MentionFlags.Modifier) && !m.Has(MentionFlags.Apposition);

    public int ClauseStart(SentenceAnalysis s, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (IsClauseBreak(s, k))
            {
                return k + 1;
            }
        }

        return 0;
    }

    public int ClauseEnd(SentenceAnalysis s, int i)
    {
        var fronted = IsFrontedSubordinate(s, ClauseStart(s, i), i);
        for (var k = i; k < s.Tokens.Count; k++)
        {
            if (IsClauseBreak(s, k) || IsRelative(s, k) || fronted && s.Tokens[k].WordId == _comma && !IsListComma(s, k))
            {
                return k;
            }
        }

        return s.Tokens.Count;
    }

    /// <summary>"When China and India fought their border war in 1962, the United States ...": the clause ends at its comma.</summary>
    private bool IsFrontedSubordinate(SentenceAnalysis s, int clauseStart, int i)
    {
        var id = clauseStart < s.Tokens.Count ? s.Tokens[clauseStart].WordId : -1;
        if (id < 0 || !_vocabulary.Is(id, WordClass.Subordinator) || id == _vocabulary.Find("that") || id == _as)
        {
            return false;
        }

        for (var k = clauseStart + 1; k < i; k++)
        {
            if (s.Tokens[k].WordId == _comma && !IsListComma(s, k))
            {
                return false; // i is already past the subordinate clause
            }
        }

        return true;
    }

    /// <summary>A comma inside a list of actors ("China, India and Nepal").</summary>
    private bool IsListComma(SentenceAnalysis s, int k)
    {
        if (s.ActorAt(k - 1) is null || s.ActorAt(k + 1) is not { } next)
        {
            return false;
        }

        var after = next.End < s.Tokens.Count ? s.Tokens[next.End].WordId : -1;
        return after == _comma || after == _and || after == _or;
    }

    private bool IsClauseBreak(SentenceAnalysis s, int k)
    {
        var id = s.Tokens[k].WordId;
        if (id == _semicolon || id == _colon)
        {
            return true;
        }

        return id >= 0 && _vocabulary.Is(id, WordClass.ClauseBreak);
    }

    private bool IsRelative(SentenceAnalysis s, int k)
    {
        var id = s.Tokens[k].WordId;
        return id >= 0 && _vocabulary.Is(id, WordClass.Relative) && id != _vocabulary.Find("that") && k > 0 && s.Tokens[k - 1].WordId == _comma;
    }

    /// <summary>
    /// The preposition an actor is the object of ("in" for "in the British-sponsored Baghdad Pact"), or -1.
    /// For the later members of a list, the preposition of the list's first member.
    /// </summary>
    public int GoverningPreposition(SentenceAnalysis s, ActorMention m)
    {
        var index = GoverningPrepositionIndex(s, m);
        return index < 0 ? -1 : s.Tokens[index].WordId;
    }

    /// <summary>The token index of the preposition governing <paramref name="m"/>, or -1.</summary>
    public int GoverningPrepositionIndex(SentenceAnalysis s, ActorMention m, int depth = 0)
    {
        if (m.Has(MentionFlags.Anaphor) && m.End - m.Start == 1)
        {
            // A pronoun is the object of a preposition only when one stands right before it.
            var before = m.Start - 1;
            return before >= 0 && s.Tokens[before].WordId >= 0 && _vocabulary.Is(s.Tokens[before].WordId, WordClass.Preposition) ? before : -1;
        }

        var k = m.Start - 1;
        var skipped = 0;
        while (k >= 0 && skipped < ModifierReach)
        {
            var t = s.Tokens[k];
            if (s.ActorAt(k) is { } other && other != m)
            {
                // Another name inside the same noun phrase ("to US protégé Pakistan"): look past it, but only when words
                // stand between the two ("In Kabul he backed" is two phrases).
                if (other.End == m.Start || other.Has(MentionFlags.Anaphor))
                {
                    return -1;
                }

                k = other.Start - 1;
                skipped++;
                continue;
            }

            if (s.TimeAt(k) is { Kind: not TimeKind.Anchor } time)
            {
                // "in 1955 Khrushchev undertook": the preposition belongs to the date, not to the actor after it;
                // "of 1971 Indo-Pak War": the date is inside the noun phrase the preposition governs.
                var before = time.Start - 1;
                while (before >= 0 && s.Tokens[before].WordId >= 0 && _vocabulary.Is(s.Tokens[before].WordId, WordClass.Determiner))
                {
                    before--; // "in the 1980s Iraq ..."
                }

                if (before >= 0 && s.Tokens[before].WordId >= 0 && _vocabulary.Is(s.Tokens[before].WordId, WordClass.Preposition) && s.Tokens[before].WordId != _of)
                {
                    return -1;
                }

                k = before;
                skipped++;
                continue;
            }

            // A verb ends the noun phrase: a trigger, or an unknown past form ("enabled both countries").
            if (IsVerbHead(s, k) || t.Kind == TokenKind.Word && t.WordId < 0 && !t.IsCapitalized && s.Folded(k).EndsWith("ed")
                && !(k > 0 && s.Tokens[k - 1].WordId == _hyphen))
            {
                return -1;
            }

            var id = t.WordId;
            if (id == _hyphen)
            {
                k--;
                continue; // "the communist-leaning government": a hyphen does not lengthen the phrase
            }

            if ((id == _and || id == _or || id == _comma) && IsListMember(s, m, k))
            {
                var before = PreviousMention(s, k);
                if (before is not null && m.Has(MentionFlags.Anaphor) && m.Parties.Count >= 2
                    && before.Parties.Any(p => m.Parties.Any(q => q.First.Code == p.First.Code)))
                {
                    // "sanctions on Pakistan, and the two countries signed": a pair that includes the mention before it
                    // cannot be listed with it, so it starts a clause of its own.
                    return -1;
                }

                return before is not null && before != m && depth < 8 ? GoverningPrepositionIndex(s, before, depth + 1) : -1;
            }

            if (id == _comma)
            {
                return -1; // "While in India, he ...": a comma that does not link list members ends the phrase
            }

            if (id >= 0 && _vocabulary.Is(id, WordClass.Preposition))
            {
                // "In return the United States lifted ...", "In response the Soviet Union ...": a bare noun after the
                // preposition, then a determiner, starts a second phrase.
                if (id != _to && (m.Start == k + 2 || m.Start == k + 3 && s.Tokens[k + 2].WordId == _the)
                    && s.Tokens[k + 1].Kind == TokenKind.Word && !s.Tokens[k + 1].IsCapitalized
                    && (s.Tokens[k + 1].WordId < 0 || (_vocabulary.ClassOf(s.Tokens[k + 1].WordId) & ~WordClass.Verb) == WordClass.None))
                {
                    return -1;
                }

                return k;
            }

            if (t.Kind == TokenKind.Punct && id != _hyphen && id != _quote && id != _apostropheS)
            {
                return -1;
            }

            if (id >= 0 && (_vocabulary.ClassOf(id) & (WordClass.Auxiliary | WordClass.Modal | WordClass.Negation | WordClass.Relative | WordClass.Subordinator)) != 0)
            {
                return -1;
            }

            k--;
            skipped++;
        }

        return -1;
    }

    /// <summary>
    /// True when <paramref name="m"/> continues a list through the link at <paramref name="link"/>: "and"/"or" always
    /// do; a comma does only when the list goes on after the mention ("Afghanistan, India, and Burma").
    /// </summary>
    private bool IsListMember(SentenceAnalysis s, ActorMention m, int link)
    {
        if (m.Has(MentionFlags.Anaphor) && m.End - m.Start == 1)
        {
            return false; // a pronoun does not continue a list
        }

        var id = s.Tokens[link].WordId;
        if (id == _and || id == _or)
        {
            return true;
        }

        if (link + 1 < s.Tokens.Count && (s.Tokens[link + 1].WordId == _and || s.Tokens[link + 1].WordId == _or))
        {
            return true;
        }

        var after = m.End;
        return after < s.Tokens.Count && (s.Tokens[after].WordId == _comma || s.Tokens[after].WordId == _and || s.Tokens[after].WordId == _or);
    }

    /// <summary>"prompted the Soviets to invade": "to" (and adverbs) right before the trigger, so the actor is its subject.</summary>
    private bool ToTrigger(SentenceAnalysis s, int to, int triggerStart)
    {
        var k = to + 1;
        while (k < triggerStart && s.Tokens[k].WordId >= 0 && _vocabulary.Is(s.Tokens[k].WordId, WordClass.Adverb))
        {
            k++;
        }

        return k == triggerStart;
    }

    /// <summary>True when a verb (known form, or a word in -ed) stands right before the mention's noun phrase.</summary>
    public bool IsObjectOfVerb(SentenceAnalysis s, ActorMention m)
    {
        var k = m.Start - 1;
        while (k >= 0 && s.Tokens[k].WordId >= 0 && _vocabulary.Is(s.Tokens[k].WordId, WordClass.Determiner))
        {
            k--;
        }

        if (k < 0 || s.Tokens[k].Kind != TokenKind.Word || s.Tokens[k].IsCapitalized)
        {
            return false;
        }

        var id = s.Tokens[k].WordId;
        if (id >= 0 && _vocabulary.Is(id, WordClass.Verb) && !_vocabulary.Is(id, WordClass.Auxiliary))
        {
            // "In return the United States lifted": after a preposition the word is a noun, not a verb.
            var before = k > 0 ? s.Tokens[k - 1].WordId : -1;
            return !(before >= 0 && before != _to && _vocabulary.Is(before, WordClass.Preposition));
        }

        return id < 0 && s.Folded(k).EndsWith("ed") && !(k > 0 && s.Tokens[k - 1].WordId == _hyphen);
    }

    private bool StartsClause(SentenceAnalysis s, ActorMention m)
    {
        var k = m.End;
        while (k < s.Tokens.Count && s.Tokens[k].WordId >= 0 && (_vocabulary.ClassOf(s.Tokens[k].WordId) & (WordClass.Adverb | WordClass.Auxiliary | WordClass.Modal | WordClass.Negation)) != 0)
        {
            k++;
        }

        // "..., and in 1987 the Soviet Union warned": skip the article and a fronted date back to the conjunction.
        var before = m.Start - 1;
        while (before >= 0)
        {
            if (s.Tokens[before].WordId == _the)
            {
                before--;
            }
            else if (s.TimeAt(before) is { } time)
            {
                before = time.Start - 1;
                if (before >= 0 && s.Tokens[before].WordId >= 0 && _vocabulary.Is(s.Tokens[before].WordId, WordClass.Preposition))
                {
                    before--;
                }

                if (before >= 0 && s.Tokens[before].WordId == _comma)
                {
                    before--;
                }
            }
            else
            {
                break;
            }
        }

        return k < s.Tokens.Count && IsVerbLike(s, k) && before >= 0 && (s.Tokens[before].WordId == _and || s.Tokens[before].WordId == _comma);
    }

    /// <summary>A trigger verb, a known verb form, or an unknown lower-case word in -ed ("continued", "responded").</summary>
    private bool IsVerbLike(SentenceAnalysis s, int k) => IsVerbHead(s, k) || _verbForms.IsVerbForm(s, k);

    private static bool IsVerbHead(SentenceAnalysis s, int k)
    {
        foreach (var trigger in s.Triggers)
        {
            if (trigger.IsVerb && trigger.Start == k)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNounHead(SentenceAnalysis s, int k)
    {
        foreach (var trigger in s.Triggers)
        {
            if (!trigger.IsVerb && trigger.Start <= k && k < trigger.End)
            {
                return true;
            }
        }

        return false;
    }

    private ActorMention? PreviousMention(SentenceAnalysis s, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (s.ActorAt(j) is { } m)
            {
                return m;
            }

            if (s.Tokens[j].WordId != _the && s.Tokens[j].WordId != _comma)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The mention and those coordinated after it: "Afghanistan, India, and Burma"; a hyphen pair's partner.</summary>
    public List<ActorMention> WithFollowingConjuncts(SentenceAnalysis s, ActorMention first, int limit, bool afterBetween = false)
    {
        var list = new List<ActorMention> { first };
        var current = first;
        while (true)
        {
            if (current.Has(MentionFlags.PairLeft) && s.ActorAt(current.End + 1) is { } partner && partner.Has(MentionFlags.PairRight))
            {
                list.Add(partner);
                current = partner;
                continue;
            }

            var k = current.End;
            if (current.Has(MentionFlags.Possessive))
            {
                break;
            }

            var sawLink = false;
            while (k < limit && k < s.Tokens.Count)
            {
                var id = s.Tokens[k].WordId;
                if (id == _comma || id == _and || id == _or || id == _the || _listIntroducers.Contains(id))
                {
                    sawLink |= id != _the;
                    k++;
                    continue;
                }

                // One describing word after the link: "Pakistan and former Soviet Union".
                if (sawLink && k + 1 < limit && s.Tokens[k].Kind == TokenKind.Word && !s.Tokens[k].IsCapitalized
                    && (id < 0 || id == _former || _vocabulary.ClassOf(id) == WordClass.None) && s.ActorAt(k + 1) is { } described && described.Start == k + 1)
                {
                    k++;
                    continue;
                }

                // "SEATO in 1954 and the Baghdad Pact (CENTO) in 1955": dates and bracketed repeats sit between members.
                if (s.TimeAt(k) is { Kind: not TimeKind.Anchor } time)
                {
                    k = time.End;
                    continue;
                }

                if (id >= 0 && _vocabulary.Is(id, WordClass.Preposition) && k + 1 < s.Tokens.Count && s.TimeAt(k + 1) is not null)
                {
                    k++;
                    continue;
                }

                if (id == _openParen && s.ActorAt(k + 1) is { } repeated && repeated.Has(MentionFlags.Apposition)
                    && repeated.End < s.Tokens.Count && s.Tokens[repeated.End].WordId == _closeParen)
                {
                    k = repeated.End + 1;
                    continue;
                }

                if (id == _as && k + 2 < s.Tokens.Count && s.Tokens[k + 1].WordId == _well && s.Tokens[k + 2].WordId == _as)
                {
                    sawLink = true;
                    k += 3;
                    continue;
                }

                break;
            }

            if (!sawLink || k >= limit || s.ActorAt(k) is not { } next || next.Start != k || !Usable(next) || list.Contains(next)
                || next.Has(MentionFlags.Possessive) || (StartsClause(s, next) && !(afterBetween && list.Count == 1)))
            {
                // "between Chile and Peru were established": after "between", the second member never starts a clause.
                break;
            }

            list.Add(next);
            current = next;
        }

        return list;
    }

    /// <summary>The mention and those coordinated before it: "India and Pakistan", "the Soviets and the Indians".</summary>
    public List<ActorMention> WithPrecedingConjuncts(SentenceAnalysis s, ActorMention last, int clauseStart)
    {
        var list = new List<ActorMention> { last };
        var current = last;
        while (true)
        {
            if (current.Has(MentionFlags.PairRight) && s.ActorAt(current.Start - 2) is { } partner && partner.Has(MentionFlags.PairLeft))
            {
                list.Insert(0, partner);
                current = partner;
                continue;
            }

            var k = current.Start - 1;
            var sawLink = false;
            while (k >= clauseStart)
            {
                var id = s.Tokens[k].WordId;
                if (id == _comma || id == _and || id == _the)
                {
                    sawLink |= id != _the;
                    k--;
                    continue;
                }

                break;
            }

            if (!sawLink || k < clauseStart || s.ActorAt(k) is not { } previous || previous.Has(MentionFlags.Possessive) || !Usable(previous) || list.Contains(previous)
                || GoverningPreposition(s, previous) >= 0)
            {
                break;
            }

            list.Insert(0, previous);
            current = previous;
        }

        return list;
    }

    /// <summary>
    /// The source of a verb: the nearest usable actor to the left within the clause that is not the object of
    /// a preposition, with any actors coordinated with it. "X, which ..." gives X; "for X to ..." gives X.
    /// When the verb's subject is itself an event noun ("the 1979 Soviet invasion of Afghanistan brought ..."),
    /// there is no actor source.
    /// </summary>
    public List<ActorMention> Subject(SentenceAnalysis s, int triggerStart, int clauseStart)
    {
        var sawComma = false;
        for (var k = triggerStart - 1; k >= clauseStart; k--)
        {
            var id = s.Tokens[k].WordId;
            if (id == _comma)
            {
                sawComma = true;
            }

            // "India, which jumped on the opportunity": the relative's antecedent.
            if (id >= 0 && _vocabulary.Is(id, WordClass.Relative) && id != _vocabulary.Find("that") && k >= 2
                && s.Tokens[k - 1].WordId == _comma && s.ActorAt(k - 2) is { } antecedent && Usable(antecedent))
            {
                return WithPrecedingConjuncts(s, antecedent, clauseStart);
            }

            // "a country that could provide support": the relative's antecedent, a noun that names no actor, is the subject.
            if (id >= 0 && _vocabulary.Is(id, WordClass.Relative) && k >= 2 && s.ActorAt(k - 1) is null && s.Tokens[k - 1].Kind == TokenKind.Word
                && s.Tokens[k - 2].WordId >= 0 && _vocabulary.Is(s.Tokens[k - 2].WordId, WordClass.Determiner) && s.ActorAt(k - 2) is null)
            {
                return [];
            }

            var m = s.ActorAt(k);
            if (m is null)
            {
                if (!sawComma && IsNounHead(s, k))
                {
                    return []; // the subject is an event: "the Soviet invasion of Afghanistan brought ..."
                }

                continue;
            }

            k = m.Start;
            if (!Usable(m))
            {
                continue;
            }

            // "for X to join", "like Pakistan could receive", "after Britain recognised": an actor right before "to", an
            // auxiliary or the verb itself heads its own clause, whatever preposition stands before it.
            var prep = GoverningPreposition(s, m);
            var next = m.End < s.Tokens.Count ? s.Tokens[m.End].WordId : -1;
            var headsClause = next == _to && (prep == _for || ToTrigger(s, m.End, triggerStart))
                || next >= 0 && (_vocabulary.ClassOf(next) & (WordClass.Auxiliary | WordClass.Modal)) != 0
                || m.End == triggerStart && prep >= 0 && _vocabulary.Is(prep, WordClass.Subordinator);
            if (prep >= 0 && !headsClause)
            {
                continue;
            }

            // "Soviet troops took Kabul within days, killed ...": the object of another verb is not this verb's subject.
            if (!headsClause && IsObjectOfVerb(s, m))
            {
                continue;
            }

            var subjects = WithPrecedingConjuncts(s, m, clauseStart);
            AddCompanions(s, subjects, clauseStart, ClauseEnd(s, triggerStart));
            return subjects;
        }

        return [];
    }

    /// <summary>"Along with India, Pakistan joined ...", "Pakistan joined ..., together with India": the companion acts too.</summary>
    private void AddCompanions(SentenceAnalysis s, List<ActorMention> subjects, int clauseStart, int clauseEnd)
    {
        for (var k = clauseStart; k + 2 < clauseEnd; k++)
        {
            var word = s.Tokens[k].WordId;
            if ((word != _along && word != _together) || s.Tokens[k + 1].WordId != _with || s.ActorAt(k + 2) is not { } companion
                || companion.Start != k + 2 || !Usable(companion) || subjects.Contains(companion))
            {
                continue;
            }

            foreach (var m in WithFollowingConjuncts(s, companion, clauseEnd))
            {
                if (!subjects.Contains(m))
                {
                    subjects.Add(m);
                }
            }
        }
    }

    /// <summary>The first usable actor after <paramref name="from"/> (before <paramref name="limit"/>) that the pattern allows as a target.</summary>
    public List<ActorMention> Object(SentenceAnalysis s, int from, int limit, int[] prepositions, bool directToo, Func<int, bool> stopAt)
    {
        for (var k = from; k < limit; k++)
        {
            if (k > from && stopAt(k))
            {
                break;
            }

            var m = s.ActorAt(k);
            if (m is null)
            {
                continue;
            }

            if (m.Start < k)
            {
                continue; // inside a mention that started before the search
            }

            // "... and Pakistan supported ...": an actor right before a verb starts a new clause.
            if (StartsClause(s, m))
            {
                break;
            }

            if (!Usable(m))
            {
                k = m.End - 1;
                continue;
            }

            // A preposition that is part of the pattern itself ("lash out at", "travel to") makes a direct object.
            var prepIndex = GoverningPrepositionIndex(s, m);
            var prep = prepIndex >= 0 ? s.Tokens[prepIndex].WordId : -1;
            var listed = Array.IndexOf(prepositions, prep) >= 0;
            var allowed = prep < 0 ? prepositions.Length == 0 || directToo
                : prepIndex < from ? prepositions.Length == 0 || directToo || listed
                : listed;
            if (!allowed)
            {
                k = m.End - 1;
                continue;
            }

            if (IsRoleAppositive(s, m))
            {
                k = m.End - 1;
                continue;
            }

            return WithFollowingConjuncts(s, m, limit);
        }

        return [];
    }

    /// <summary>"with the World Bank as broker", "with Qatar as host": a helper named by its role is not a party.</summary>
    private bool IsRoleAppositive(SentenceAnalysis s, ActorMention m)
    {
        var k = m.End;
        return k + 1 < s.Tokens.Count && s.Tokens[k].WordId == _as && s.Tokens[k + 1].WordId >= 0 && _roleNouns.Contains(s.Tokens[k + 1].WordId);
    }

    /// <summary>
    /// The agent of a passive: the first actor after "by" (or the given prepositions) in the clause, allowing a few
    /// words between ("by western sources, especially the US, France, Britain and Sweden").
    /// </summary>
    public List<ActorMention> Agent(SentenceAnalysis s, int from, int limit, int[] prepositions)
    {
        int[] preps = prepositions.Length > 0 ? prepositions : [_by];
        for (var k = from; k < limit; k++)
        {
            if (Array.IndexOf(preps, s.Tokens[k].WordId) < 0)
            {
                continue;
            }

            for (var j = k + 1; j < limit && j <= k + AgentReach; j++)
            {
                if (IsVerbHead(s, j))
                {
                    break;
                }

                if (s.ActorAt(j) is { } m && m.Start == j && Usable(m))
                {
                    return WithFollowingConjuncts(s, m, limit);
                }
            }
        }

        return [];
    }

    /// <summary>
    /// Actors inside the noun phrase before an event noun: "Pakistan's membership", "the 1979 Soviet invasion",
    /// "the Indo-Soviet Treaty", "his 1974 visit". Nearest first.
    /// </summary>
    public List<ActorMention> NounModifiers(SentenceAnalysis s, int nounStart)
    {
        var found = new List<ActorMention>();
        var k = nounStart - 1;
        var words = 0;
        while (k >= 0 && words <= ModifierReach)
        {
            if (s.ActorAt(k) is { } m)
            {
                if (m.Has(MentionFlags.Modifier))
                {
                    k = m.Start - 1;
                    words++;
                    continue;
                }

                if (!Usable(m))
                {
                    break;
                }

                found.Insert(0, m);
                k = m.Start - 1;
                if (m.Has(MentionFlags.PairRight))
                {
                    continue; // "Indo-Soviet": keep going to the left half
                }

                break;
            }

            if (s.TimeAt(k) is { Kind: not TimeKind.Anchor } time)
            {
                k = time.Start - 1;
                words++;
                continue;
            }

            var t = s.Tokens[k];
            var id = t.WordId;
            if (id == _apostropheS || id == _apostrophe || id == _hyphen)
            {
                k--;
                continue;
            }

            if (t.Kind == TokenKind.Punct || id >= 0 && (_vocabulary.ClassOf(id) & (WordClass.Preposition | WordClass.Auxiliary | WordClass.Conjunction
                | WordClass.Relative | WordClass.Modal | WordClass.Determiner)) != 0)
            {
                break;
            }

            k--;
            words++;
        }

        return found;
    }

    /// <summary>"X, which became ...": the antecedent when <paramref name="from"/> sits in a relative clause.</summary>
    public List<ActorMention> RelativeAntecedent(SentenceAnalysis s, int from, int clauseStart)
    {
        for (var k = from - 1; k >= Math.Max(1, clauseStart - 3); k--)
        {
            var id = s.Tokens[k].WordId;
            if (id >= 0 && _vocabulary.Is(id, WordClass.Relative) && id != _vocabulary.Find("that") && s.Tokens[k - 1].WordId == _comma
                && k >= 2 && s.ActorAt(k - 2) is { } antecedent && Usable(antecedent))
            {
                return [antecedent];
            }

            if (s.ActorAt(k) is not null || IsVerbHead(s, k))
            {
                break;
            }
        }

        return [];
    }

    /// <summary>"China has become Pakistan's largest supplier": the subject of a copula or "become" a few words before the noun.</summary>
    public List<ActorMention> CopulaSubject(SentenceAnalysis s, int nounStart, int clauseStart)
    {
        for (var k = nounStart - 1; k >= clauseStart && k >= nounStart - 6; k--)
        {
            var word = s.Folded(k);
            var id = s.Tokens[k].WordId;
            if (id >= 0 && _vocabulary.Is(id, WordClass.Copula) || word is "became" or "become" or "becomes" or "remained" or "remains")
            {
                return Subject(s, k, clauseStart);
            }

            if (s.Tokens[k].Kind == TokenKind.Punct && id != _hyphen || id >= 0 && _vocabulary.Is(id, WordClass.Preposition) && id != _of)
            {
                break;
            }
        }

        return [];
    }

    /// <summary>
    /// The two parties of a "relations" phrase earlier in the clause: "Moscow's relations with China",
    /// "relations between X and Y", "Indo-Soviet relations".
    /// </summary>
    public List<ActorMention> RelationParties(SentenceAnalysis s, int clauseStart, int before)
    {
        for (var k = clauseStart; k < before; k++)
        {
            var word = s.Folded(k);
            if (word is not ("relations" or "relationship" or "ties"))
            {
                continue;
            }

            var parties = PartiesOfRelation(s, k, k + 1, before);
            if (parties.Count >= 2)
            {
                return parties;
            }
        }

        return [];
    }

    /// <summary>
    /// The parties of the relationship noun at [<paramref name="nounStart"/>, <paramref name="nounEnd"/>): "relations between
    /// X and Y", "Indo-Soviet relations", "Moscow's relations with China". Fewer than two when the phrase names fewer.
    /// </summary>
    public List<ActorMention> PartiesOfRelation(SentenceAnalysis s, int nounStart, int nounEnd, int limit)
    {
        var owners = NounModifiers(s, nounStart);
        var between = Between(s, nounEnd, limit);
        if (between.Count >= 2)
        {
            return between;
        }

        if (owners.Count >= 2)
        {
            return owners;
        }

        if (owners.Count == 1 && nounEnd + 1 < limit && s.Tokens[nounEnd].WordId == _with)
        {
            for (var j = nounEnd + 1; j < limit && j <= nounEnd + 3; j++)
            {
                if (s.ActorAt(j) is { } partner && partner.Start == j && Usable(partner))
                {
                    return [owners[0], partner];
                }
            }
        }

        return owners;
    }

    /// <summary>"between X and Y" right after <paramref name="from"/>: both parties, or empty.</summary>
    public List<ActorMention> Between(SentenceAnalysis s, int from, int limit)
    {
        for (var k = from; k < limit && k < from + 6; k++)
        {
            if (s.Tokens[k].WordId != _between)
            {
                continue;
            }

            for (var j = k + 1; j < limit && j < k + 5; j++)
            {
                if (s.ActorAt(j) is { } m && m.Start == j && Usable(m))
                {
                    var list = WithFollowingConjuncts(s, m, limit, afterBetween: true);
                    if (m.Has(MentionFlags.Plural) && m.Parties.Count >= 2)
                    {
                        return list;
                    }

                    return list.Count >= 2 ? list : [];
                }
            }
        }

        return [];
    }

    public bool IsAnd(int wordId) => wordId == _and || wordId == _comma || wordId == _or;

    public bool IsTo(int wordId) => wordId == _to;

    public bool IsOf(int wordId) => wordId == _of;

    public bool IsBoth(int wordId) => wordId == _both;

    public bool IsParen(int wordId) => wordId == _openParen || wordId == _closeParen;
}
