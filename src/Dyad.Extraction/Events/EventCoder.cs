using Dyad.Core.Actors;
using Dyad.Extraction.Actors;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Events;

/// <summary>
/// Pipeline stage 6b: turns each trigger into events, finding source and target with <see cref="ArgumentFinder"/>.
/// Verbs take their subject and object (swapped in the passive); event nouns take the actors in their noun phrase
/// ("the 1979 Soviet invasion of Afghanistan"). Lists give one event per member; symmetric events pair up their
/// participants; object classes and domain words set the code ("military and economic assistance": 072 and 071).
/// </summary>
public sealed class EventCoder
{
    private const int DomainReach = 24;
    private const int NounReach = 10;
    private const string VisitCode = "042";
    private const int DiscourseReach = 8;
    private static readonly string[] ArmedGroupSuffixes = ["REB", "SEP", "TAL", "INS", "RAD", "HEZ", "HAM"];

    private readonly EventLexicon _lexicon;
    private readonly ArgumentFinder _args;
    private readonly Vocabulary _vocabulary;
    private readonly HashSet<int> _definite;
    private readonly Dictionary<TriggerMatch, List<ActorMention>> _subjects = [];
    private DocumentContext _doc = new();
    private readonly int _and;
    private readonly int _or;
    private readonly int _comma;
    private readonly int _to;
    private readonly int _semicolon;
    private readonly int _hyphen;

    public EventCoder(EventLexicon lexicon, ArgumentFinder args, Vocabulary vocabulary)
    {
        _lexicon = lexicon;
        _args = args;
        _vocabulary = vocabulary;
        _and = vocabulary.Intern("and");
        _or = vocabulary.Intern("or");
        _comma = vocabulary.Intern(",");
        _to = vocabulary.Intern("to");
        _semicolon = vocabulary.Intern(";");
        _hyphen = vocabulary.Intern("-");
        _definite = [.. new[] { "the", "this", "that", "these", "those", "such" }.Select(vocabulary.Intern)];
    }

    public void Process(SentenceAnalysis s, DocumentContext doc)
    {
        _subjects.Clear();
        _doc = doc;
        foreach (var trigger in s.Triggers)
        {
            if (trigger.Pattern.Has(PatternOptions.Fallback) && AnotherTriggerFollows(s, trigger))
            {
                continue;
            }

            if (trigger.IsVerb)
            {
                CodeVerb(s, trigger);
            }
            else
            {
                CodeNoun(s, trigger);
            }
        }
    }

    private static bool AnotherTriggerFollows(SentenceAnalysis s, TriggerMatch t)
    {
        foreach (var other in s.Triggers)
        {
            if (other != t && other.Start >= t.End && other.Start < t.End + 3)
            {
                return true;
            }
        }

        return false;
    }

    private void CodeVerb(SentenceAnalysis s, TriggerMatch t)
    {
        var pattern = t.Pattern;
        var clauseStart = _args.ClauseStart(s, t.Start);
        var clauseEnd = _args.ClauseEnd(s, t.End);
        var shared = SharedSubject(s, t, clauseStart, out var previous);
        var sources = shared ?? _args.Subject(s, t.Start, clauseStart);
        _subjects[t] = sources;

        var targets = t.TargetSlot >= 0 && s.ActorAt(t.TargetSlot) is { } slotted
            ? _args.WithFollowingConjuncts(s, slotted, clauseEnd)
            : _args.Object(s, t.End, clauseEnd, pattern.TargetPrepositions, pattern.Has(PatternOptions.DirectToo), k => IsVerbTrigger(s, k, t));
        if (targets.Count == 0)
        {
            // "seeks Russian economic assistance", "met most of Pakistan's defence needs": the other party is named inside the object
            // (but not the subject's own "their"/"its").
            targets = InsideObject(s, t).Where(m => !m.Parties.All(p => sources.Any(src => src.Parties.Any(sp => SameActor(sp, p))))).ToList();
        }

        if (targets.Count == 0 && DiscourseTarget(s, t) is { } referred)
        {
            // "Beijing condemned the invasion", "Zia rejected the offer": whoever invaded, whoever offered.
            targets = [referred];
        }

        if (targets.Count == 0 && shared is not null && previous is not null && previous.CodedTargets is { Count: > 0 } previousTargets
            && Parties(sources).Count < 2 && (pattern.Has(PatternOptions.Symmetric) || previous.Pattern.Code.StartsWith("04", StringComparison.Ordinal)))
        {
            // "Jiang Zemin visited India and signed an agreement": the agreement is with India; "travelled to Moscow and
            // asked for more aid": asked of Moscow.
            targets = previousTargets;
        }

        if (targets.Count == 0 && !t.IsPassive && !pattern.Has(PatternOptions.SubjectIsTarget) && Counterpart(s, t, sources) is { } counterpart)
        {
            targets = [counterpart];
        }

        t.CodedTargets = targets;

        if (t.IsPassive)
        {
            var agent = _args.Agent(s, t.End, clauseEnd, pattern.PassiveSourcePrepositions);
            if (pattern.TargetPrepositions.Length > 0 && targets.Count > 0 && t.TargetSlot < 0 && !pattern.Has(PatternOptions.DirectToo))
            {
                sources = agent; // "a steel mill was built in Karachi with Soviet assistance": the target keeps its preposition
            }
            else
            {
                (sources, targets) = (agent, sources);
            }
        }
        else if (pattern.Has(PatternOptions.SubjectIsTarget))
        {
            // "Pakistan could receive Soviet economic aid", "bought arms from France": the giver is in the object or after "from".
            var giver = InsideObject(s, t);
            if (giver.Count == 0)
            {
                giver = _args.Agent(s, t.End, clauseEnd, pattern.PassiveSourcePrepositions);
            }

            (sources, targets) = (giver, sources);
        }

        if (Parties(sources).Count >= 2 && IsReciprocal(s, t.End))
        {
            // "The two leaders praised each other's governments."
            EmitPairs(s, t, sources, Codes(s, t));
            return;
        }

        if (pattern.Has(PatternOptions.Symmetric))
        {
            var between = _args.Between(s, t.End, clauseEnd);
            if (between.Count >= 2 && sources.Count == 0)
            {
                EmitPairs(s, t, between, Codes(s, t));
                return;
            }

            if (targets.Count == 0 && Parties(sources).Count >= 2)
            {
                EmitPairs(s, t, sources, Codes(s, t));
                return;
            }

            // "brought the US and Pakistan closer": coordinated objects with no actor subject are the participants;
            // a hyphenated pair ("discussed Russia-Pakistan relations") only names a topic.
            if (sources.Count == 0 && Parties(targets).Count >= 2 && !targets[0].Has(MentionFlags.PairLeft))
            {
                EmitPairs(s, t, targets, Codes(s, t));
                return;
            }
        }

        Emit(s, t, sources, targets, Codes(s, t));
    }

    private void CodeNoun(SentenceAnalysis s, TriggerMatch t)
    {
        var pattern = t.Pattern;
        var clauseStart = _args.ClauseStart(s, t.Start);
        var clauseEnd = _args.ClauseEnd(s, t.End);
        var modifiers = _args.NounModifiers(s, t.Start);
        var codes = Codes(s, t);
        var targetLimit = Math.Min(clauseEnd, t.End + NounReach);
        var targets = pattern.TargetPrepositions.Length > 0 || pattern.Has(PatternOptions.DirectToo)
            ? _args.Object(s, t.End, targetLimit, pattern.TargetPrepositions, pattern.Has(PatternOptions.DirectToo), k => IsVerbTrigger(s, k, t) || IsTriggerStart(s, k, t))
            : [];

        if (pattern.Has(PatternOptions.Symmetric))
        {
            var between = _args.Between(s, t.End, targetLimit);
            if (Parties(between).Count >= 2)
            {
                EmitPairs(s, t, between, codes);
                return;
            }

            if (Parties(modifiers).Count >= 2 && targets.Count == 0)
            {
                EmitPairs(s, t, modifiers, codes);
                return;
            }
        }

        if (pattern.Has(PatternOptions.OwnerIsTarget))
        {
            // "Pakistan's defence needs were met by western sources, especially the US ...", "China has become Pakistan's largest
            // supplier of arms": the owner receives; the source is the agent or the subject of the copula.
            var givers = _args.Agent(s, t.End, clauseEnd, pattern.PassiveSourcePrepositions);
            if (givers.Count == 0)
            {
                givers = _args.CopulaSubject(s, t.Start, clauseStart);
            }

            if (givers.Count == 0)
            {
                givers = _args.RelativeAntecedent(s, t.Start, clauseStart);
            }

            Emit(s, t, givers, [.. modifiers, .. targets], codes);
            return;
        }

        // The noun's own modifiers name the source ("the Soviet invasion", "the U.S.-NATO war effort": both halves of a pair);
        // else "by X"; else a relative clause ("the war that the Soviet Union waged").
        var sources = modifiers.Count > 0 ? (modifiers[^1].Has(MentionFlags.PairRight) ? modifiers : [modifiers[^1]])
            : _args.Agent(s, t.End, targetLimit, pattern.PassiveSourcePrepositions);
        if (sources.Count == 0)
        {
            sources = RelativeSubject(s, t.End, clauseEnd);
        }

        if (sources.Count == 0)
        {
            // "the Soviet Union, which became a major supplier for India": the antecedent of the relative clause the noun sits in.
            sources = _args.RelativeAntecedent(s, t.Start, clauseStart);
        }

        if (sources.Count == 0)
        {
            // "China has been a traditional ally and the main supplier ...": the subject of a copula the noun completes.
            sources = _args.CopulaSubject(s, t.Start, clauseStart);
        }

        // A symmetric noun borrows the subject only when it names its other party ("its support for the peace treaty with Japan").
        if (sources.Count == 0 && !pattern.Has(PatternOptions.NoSubject) && (!pattern.Has(PatternOptions.Symmetric) || targets.Count > 0))
        {
            // A noun with no owner of its own takes the clause's subject: "the Soviets and the Indians discussed ... a joint invasion on Pakistan".
            sources = _args.Subject(s, t.Start, clauseStart);
        }

        if (pattern.Has(PatternOptions.Symmetric) && sources.Count == 0 && targets.Count == 0 && _args.RelationParties(s, clauseStart, t.Start) is { Count: >= 2 } related)
        {
            // "Moscow's relations with China strained to the point of border conflicts".
            EmitPairs(s, t, related, codes);
            return;
        }

        if (targets.Count == 0 && pattern.Code == VisitCode && sources.Count > 0 && s.Events.LastOrDefault(e => e.Code == VisitCode) is { TargetMention: { } visited })
        {
            // "the first ... since Bhutto's trip": a visit with no destination goes where the sentence's other visit went.
            targets = [visited];
        }

        Emit(s, t, sources, targets, codes);
    }

    /// <summary>"the war that the Soviet Union waged": the subject of a relative clause right after the noun.</summary>
    private List<ActorMention> RelativeSubject(SentenceAnalysis s, int nounEnd, int clauseEnd)
    {
        var k = nounEnd;
        if (k >= clauseEnd || s.Tokens[k].WordId < 0 || !_vocabulary.Is(s.Tokens[k].WordId, WordClass.Relative))
        {
            return [];
        }

        for (var j = k + 1; j < clauseEnd && j <= k + 3; j++)
        {
            if (s.ActorAt(j) is { } m && m.Start == j && ArgumentFinder.Usable(m))
            {
                return m.End < s.Tokens.Count && s.Tokens[m.End].Kind == TokenKind.Word && !s.Tokens[m.End].IsCapitalized ? [m] : [];
            }
        }

        return [];
    }

    /// <summary>Usable actors inside the words a pattern matched after its head ("receive Soviet economic aid").</summary>
    private static List<ActorMention> InsideObject(SentenceAnalysis s, TriggerMatch t)
    {
        for (var k = t.Start + 1; k < t.End; k++)
        {
            if (s.ActorAt(k) is { } m && m.Start == k && ArgumentFinder.Usable(m))
            {
                return [m];
            }
        }

        return [];
    }

    /// <summary>"each other", "one another" after the verb.</summary>
    private bool IsReciprocal(SentenceAnalysis s, int from)
    {
        for (var k = from; k + 1 < s.Tokens.Count && k < from + 4; k++)
        {
            var word = s.Folded(k);
            var next = s.Folded(k + 1);
            if (word is "each" && next is "other" || word is "one" && next is "another")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "condemned the invasion", "rejected the offer": when the object is an event noun that names no actor of its own,
    /// the target is the source of the last such event in the document.
    /// </summary>
    /// <summary>
    /// "The two sides agreed to restore relations, and the Soviet Union resumed economic assistance": in a story of
    /// two states, cooperation that names no one else goes to the other of the pair. Only cooperation: a threat or a
    /// withdrawal with no object says nothing of whom it concerns.
    /// </summary>
    private ActorMention? Counterpart(SentenceAnalysis s, TriggerMatch t, List<ActorMention> sources)
    {
        var pattern = t.Pattern;
        if (sources.Count != 1 || sources[0].Parties.Count != 1 || _doc.LastPair is not { } pair || !IsCooperation(pattern.Code)
            || pattern.Has(PatternOptions.OrganizationTarget) || !NamesItsObject(s, t))
        {
            return null;
        }

        var source = CountryOf(sources[0].Parties[0]);
        var other = CountryOf(pair.First) == source ? pair.Second : CountryOf(pair.Second) == source ? pair.First : null;
        var at = sources[0].End;
        return other is null ? null : new ActorMention(at, at, [other with { Suffix = string.Empty }], MentionFlags.Anaphor) { NameEnd = at };
    }

    /// <summary>
    /// The trigger holds what is given or done ("resumed economic assistance", "declared a ceasefire"), and no
    /// partner phrase follows it: "supported the war" or "relations with a country that ..." name someone else.
    /// </summary>
    private bool NamesItsObject(SentenceAnalysis s, TriggerMatch t)
    {
        var last = s.Tokens[t.End - 1].WordId;
        var holdsObject = t.ClassCodes.Count > 0
            || t.End - t.Start >= 2 && !(last >= 0 && (_vocabulary.ClassOf(last) & WordClass.Preposition) != 0);
        var next = t.End < s.Tokens.Count ? s.Tokens[t.End].WordId : -1;
        return holdsObject && !(next >= 0 && (next == _to || Array.IndexOf(t.Pattern.TargetPrepositions, next) >= 0));
    }

    private static bool IsCooperation(string code) => code.Length >= 2 && code[0] == '0' && code[1] is >= '3' and <= '8';

    private ActorMention? DiscourseTarget(SentenceAnalysis s, TriggerMatch t)
    {
        // Only a definite noun points back: "condemned the invasion", but "signed an agreement" is a new one.
        var k = t.End;
        var definite = false;
        while (k < s.Tokens.Count && s.Tokens[k].WordId >= 0 && _vocabulary.Is(s.Tokens[k].WordId, WordClass.Determiner) && !_vocabulary.Is(s.Tokens[k].WordId, WordClass.Possessive))
        {
            definite |= _definite.Contains(s.Tokens[k].WordId);
            k++;
        }

        if (!definite)
        {
            return null;
        }

        var noun = s.Triggers.Find(n => !n.IsVerb && n.Start == k);
        if (noun is null || _args.NounModifiers(s, noun.Start).Count > 0 || s.Events.Exists(e => e.Trigger == noun))
        {
            return null;
        }

        // "the invasion" is the last invasion before it is the last attack of any kind; this sentence's own events come first.
        var exact = noun.Pattern.Code;
        var root = exact[..2];
        var source = ReferredSource(s, exact, exact.Length) ?? ReferredSource(s, root, root.Length);
        return source is null ? null : new ActorMention(noun.Start, noun.End, [source], MentionFlags.Anaphor) { NameEnd = noun.End };
    }

    private Party? ReferredSource(SentenceAnalysis s, string code, int length)
    {
        for (var i = s.Events.Count - 1; i >= 0; i--)
        {
            if (s.Events[i].Code.AsSpan().StartsWith(code) && s.Events[i].Code.Length >= length)
            {
                return s.Events[i].Source;
            }
        }

        for (var i = _doc.RecentEvents.Count - 1; i >= 0; i--)
        {
            var (recent, source, _, sentence) = _doc.RecentEvents[i];
            if (_doc.SentenceIndex - sentence > DiscourseReach)
            {
                break;
            }

            if (recent.StartsWith(code, StringComparison.Ordinal))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>"Kosygin visited Pakistan and offered ...": a verb after "and" shares the subject of the verb before.</summary>
    private List<ActorMention>? SharedSubject(SentenceAnalysis s, TriggerMatch t, int clauseStart, out TriggerMatch? previousVerb)
    {
        previousVerb = null;
        var k = t.Start - 1;
        while (k >= clauseStart && s.Tokens[k].WordId >= 0
               && (_vocabulary.ClassOf(s.Tokens[k].WordId) & (WordClass.Adverb | WordClass.Auxiliary | WordClass.Modal | WordClass.Negation)) != 0)
        {
            k--;
        }

        if (k < clauseStart || (s.Tokens[k].WordId != _and && s.Tokens[k].WordId != _or && s.Tokens[k].WordId != _comma))
        {
            return null;
        }

        for (var i = s.Triggers.IndexOf(t) - 1; i >= 0; i--)
        {
            var previous = s.Triggers[i];
            if (previous.IsVerb && previous.End <= k && _subjects.TryGetValue(previous, out var shared) && shared.Count > 0)
            {
                previousVerb = previous;
                return shared;
            }
        }

        return null;
    }

    private static bool IsVerbTrigger(SentenceAnalysis s, int k, TriggerMatch self)
    {
        foreach (var other in s.Triggers)
        {
            if (other != self && other.IsVerb && other.Start == k)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTriggerStart(SentenceAnalysis s, int k, TriggerMatch self)
    {
        foreach (var other in s.Triggers)
        {
            if (other != self && other.Start == k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The codes this trigger states: its object class, domain words, or the pattern's own code.</summary>
    private List<string> Codes(SentenceAnalysis s, TriggerMatch t)
    {
        if (t.ClassCodes.Count > 0)
        {
            return t.Pattern.Has(PatternOptions.Appeal) ? [.. t.ClassCodes.Select(AppealCode).Distinct()] : [.. t.ClassCodes];
        }

        if (t.Pattern.DomainSet is { } set)
        {
            var found = new List<string>();
            // Domain words may also stand just before the verb ("materially supports").
            var start = Math.Max(0, t.Start - 2);
            var end = Math.Min(s.Tokens.Count, t.End + DomainReach);
            for (var k = start; k < end; k++)
            {
                if (k > t.End && (IsVerbTrigger(s, k, t) || s.Tokens[k].Kind == TokenKind.Punct && s.Tokens[k].WordId is var p
                    && p != _semicolon && p != _hyphen && p != _comma))
                {
                    break;
                }

                var id = s.Tokens[k].WordId;
                if (id >= 0 && _lexicon.TryDomain(set, id, out var code) && !found.Contains(code))
                {
                    found.Add(code);
                }
            }

            if (found.Count > 0)
            {
                return found;
            }
        }

        return [t.Pattern.Code];
    }

    private void Emit(SentenceAnalysis s, TriggerMatch t, List<ActorMention> sources, List<ActorMention> targets, List<string> codes)
    {
        foreach (var source in sources)
        {
            foreach (var sourceParty in source.Parties)
            {
                foreach (var target in targets)
                {
                    foreach (var targetParty in target.Parties)
                    {
                        foreach (var code in codes)
                        {
                            Add(s, t, source, sourceParty, target, targetParty, code, t.Pattern.Has(PatternOptions.Symmetric));
                        }
                    }
                }
            }
        }
    }

    private void EmitPairs(SentenceAnalysis s, TriggerMatch t, List<ActorMention> participants, List<string> codes)
    {
        var parties = new List<(ActorMention Mention, Party Party)>();
        foreach (var m in participants)
        {
            foreach (var p in m.Parties)
            {
                parties.Add((m, p));
            }
        }

        // The first-named participant is the source; the others pair with it ("a summit including X, Y and Z" is joined by the subject).
        for (var j = 1; j < parties.Count; j++)
        {
            foreach (var code in codes)
            {
                Add(s, t, parties[0].Mention, parties[0].Party, parties[j].Mention, parties[j].Party, code, symmetric: true);
            }
        }
    }

    private void Add(SentenceAnalysis s, TriggerMatch t, ActorMention sourceMention, Party source, ActorMention targetMention, Party target, string code, bool symmetric)
    {
        if (source.IsRegion || target.IsRegion || SameActor(source, target))
        {
            return;
        }

        if (t.Pattern.Has(PatternOptions.OrganizationTarget) && target.Kind != ActorKind.Organization
            || t.Pattern.Has(PatternOptions.MilitarySource) && source.Suffix != "MIL" && !source.First.Code.EndsWith("MIL", StringComparison.Ordinal))
        {
            return;
        }

        if (t.Pattern.GroupCode is { } groupCode && IsArmedGroup(target))
        {
            code = groupCode;
        }
        else if (t.Pattern.OrganizationCode is { } orgCode && target.Kind == ActorKind.Organization)
        {
            code = orgCode;
        }

        foreach (var existing in s.Events)
        {
            if (existing.Trigger == t && existing.Code == code && existing.Target is { } et
                && (SameActor(existing.Source, source) && SameActor(et, target) || symmetric && SameActor(existing.Source, target) && SameActor(et, source)))
            {
                return;
            }
        }

        s.Events.Add(new EventDraft
        {
            Trigger = t,
            SourceMention = sourceMention,
            Source = source,
            TargetMention = targetMention,
            Target = target,
            Code = code,
            Symmetric = symmetric,
            Negated = t.Pattern.Has(PatternOptions.Negated),
            Hypothetical = t.Pattern.Has(PatternOptions.Hypothetical),
        });
    }

    /// <summary>Asking for material cooperation or aid is an appeal for it.</summary>
    private static string AppealCode(string code) => code[..2] switch
    {
        "06" => "021",
        "07" => "023",
        _ => code,
    };

    /// <summary>
    /// One happening told twice in a sentence ("signed a treaty", "the visit of X's visit to Y") is one event:
    /// same code, same parties (either way round when symmetric), same date.
    /// </summary>
    public static void RemoveDuplicates(List<EventDraft> events)
    {
        for (var i = events.Count - 1; i > 0; i--)
        {
            var e = events[i];
            for (var j = 0; j < i; j++)
            {
                var other = events[j];
                if (other.Code == e.Code && other.Target is { } ot && e.Target is { } et && Equals(other.When, e.When) && other.Negated == e.Negated
                    && (SameActor(other.Source, e.Source) && SameActor(ot, et) || (e.Symmetric || other.Symmetric) && SameActor(other.Source, et) && SameActor(ot, e.Source)))
                {
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>Two parties are the same actor for event purposes: one state, unless one side is an armed group of it.</summary>
    private static bool SameActor(Party a, Party b)
    {
        if (a.First.Code == b.First.Code && a.Suffix == b.Suffix)
        {
            return true;
        }

        return a.Kind != ActorKind.Organization && b.Kind != ActorKind.Organization && CountryOf(a) == CountryOf(b) && !IsArmedGroup(a) && !IsArmedGroup(b);
    }

    private static string CountryOf(Party p) => p.First.Code.Length > 3 ? p.First.Code[..3] : p.First.Code;

    private static bool IsArmedGroup(Party party)
    {
        var code = party.First.Code + party.Suffix;
        if (party.Kind == ActorKind.Group && code.Length > 3)
        {
            var suffix = code[3..];
            return Array.IndexOf(ArmedGroupSuffixes, suffix) >= 0;
        }

        return code.Length > 3 && Array.IndexOf(ArmedGroupSuffixes, code[3..]) >= 0;
    }

    private static List<Party> Parties(List<ActorMention> mentions)
    {
        var list = new List<Party>();
        foreach (var m in mentions)
        {
            foreach (var p in m.Parties)
            {
                if (!list.Exists(x => x.First.Code == p.First.Code))
                {
                    list.Add(p);
                }
            }
        }

        return list;
    }
}
