using Dyad.Core.Actors;
using Dyad.Core.Cameo;
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
    private const string MediateCode = "045";
    private const int DiscourseReach = 8;
    private static readonly string[] ArmedGroupSuffixes = ["REB", "SEP", "TAL", "INS", "RAD", "HEZ", "HAM"];
    private const string OppositionSuffix = "OPP";
    private const int MaxAllPairsParties = 4;

    private readonly EventLexicon _lexicon;
    private readonly ArgumentFinder _args;
    private readonly Syntax.Roles _roles = new();
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
    private readonly int _between;
    private readonly int _of;
    private readonly int _with;
    private readonly int _by;

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
        _between = vocabulary.Intern("between");
        _of = vocabulary.Intern("of");
        _with = vocabulary.Intern("with");
        _by = vocabulary.Intern("by");
        _definite = [.. new[] { "the", "this", "that", "these", "those", "such" }.Select(vocabulary.Intern)];
    }

    public void Process(SentenceAnalysis s, DocumentContext doc)
    {
        _subjects.Clear();
        _doc = doc;
        // A fallback ("agree to") is coded only when what follows it states no event of its own: "agreed to exchange
        // ambassadors" is the exchange, "agreed to withdraw all troops" with no one named to withdraw from is the agreement.
        foreach (var fallbacks in new[] { false, true })
        {
            foreach (var trigger in s.Triggers)
            {
                if (trigger.Pattern.Has(PatternOptions.Fallback) != fallbacks || fallbacks && FollowedByCodedTrigger(s, trigger))
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

        s.Events.Sort(static (a, b) => a.Trigger.Start.CompareTo(b.Trigger.Start));
    }

    private static bool FollowedByCodedTrigger(SentenceAnalysis s, TriggerMatch t)
    {
        foreach (var other in s.Triggers)
        {
            if (other != t && other.Start >= t.End && other.Start < t.End + 3 && s.Events.Exists(e => e.Trigger == other))
            {
                return true;
            }
        }

        return false;
    }

    private void CodeVerb(SentenceAnalysis s, TriggerMatch t)
    {
        var pattern = t.Pattern;
        var tree = s.Syntax;
        var verb = tree.Tag(t.Start) == Syntax.Pos.Verb || t.Start + 2 >= tree.Count ? t.Start : t.Start + 2; // "co-operate": the verb after its prefix
        var subject = _roles.SubjectOf(s, verb);
        // An event noun as subject ("The 1979 Soviet invasion brought the US and Pakistan closer") is not its own actors' act.
        if (JoinedIn(s, verb) >= 0)
        {
            return; // "joined the US in boycotting the games": the boycott is the event, coded with both
        }

        var sources = IsEventNoun(s, subject) ? [] : Actors(s, subject);
        if (tree.Relation(verb) == Syntax.Dep.AdverbialClause && JoinedIn(s, tree.Head(verb)) == verb)
        {
            // "Japan joined the US in boycotting the games": who joins and whom it joins both act.
            var joined = tree.Head(verb);
            sources = Actors(s, _roles.SubjectOf(s, joined));
            var joinedObjects = new List<int>();
            _roles.ObjectsOf(s, joined, joinedObjects);
            foreach (var o in joinedObjects)
            {
                sources.AddRange(Actors(s, o).Where(m => !sources.Contains(m)));
            }
        }
        if (sources.Count == 0 && tree.Tag(subject) == Syntax.Pos.Pronoun && s.ActorAt(subject) is null)
        {
            // "Chile said it would meet Peru": a pronoun the recogniser left open is the subject of the clause it reports to.
            sources = Actors(s, _roles.SubjectOf(s, tree.GoverningVerb(verb)));
        }
        _subjects[t] = sources;

        var objects = new List<int>();
        _roles.ObjectsOf(s, verb, objects);
        if (pattern.Has(PatternOptions.Intransitive) && objects.Exists(o => o >= t.End))
        {
            return; // "demonstrated the attitude" is no demonstration
        }

        var obliques = new List<(int Preposition, int Head)>();
        _roles.ObliquesOf(s, verb, obliques, t.Start, t.End);
        for (var k = t.Start + 1; k < t.End; k++)
        {
            // "expressed its desire to engage with Afghanistan", "threatened to invade Peru": the pattern's last verb
            // has the partner.
            if (tree.Tag(k) == Syntax.Pos.Verb && tree.PhraseOf(k) is { } group && group.Head == k)
            {
                _roles.ObliquesOf(s, k, obliques, t.Start, t.End);
                _roles.ObjectsOf(s, k, objects);
            }
        }

        var endsInPreposition = t.End - 1 > t.Start && tree.Tag(t.End - 1) == Syntax.Pos.Preposition ? s.Tokens[t.End - 1].WordId : -1;

        List<ActorMention> targets;
        if (t.TargetSlot >= 0 && s.ActorAt(t.TargetSlot) is { } slotted)
        {
            targets = [slotted];
            _roles.ActorsOf(s, tree.PhraseOf(t.TargetSlot)?.Head ?? t.TargetSlot, targets);
        }
        else
        {
            targets = [];
            var direct = pattern.TargetPrepositions.Length == 0 || pattern.Has(PatternOptions.DirectToo);
            if (direct && !t.IsPassive)
            {
                foreach (var obj in objects)
                {
                    // The words of the pattern itself ("hold * talks", "provide {AID}") are what is done, not to whom.
                    if (obj < t.Start || obj >= t.End)
                    {
                        var named = targets.Count;
                        _roles.ActorsOf(s, obj, targets);
                        if (targets.Count == named && !_vocabulary.Is(s.Tokens[obj].WordId, WordClass.OrganizationNoun))
                        {
                            // "rejected the offer made by Peru", "shelled the islands held by Taiwan": whose they are, by the
                            // agent of a participle on them; "joined a body sponsored by Peru" joined the body, not Peru.
                            MakerOf(s, obj, targets);
                        }
                    }
                }
            }

            List<ActorMention>? placed = null;
            foreach (var (preposition, head) in obliques)
            {
                // "broke with Britain": a pattern ending in its preposition takes the phrase after it.
                // Phrases fronted before the verb are adjuncts ("Apart from its close cooperation with China, Pakistan seeks ...").
                if ((Array.IndexOf(pattern.TargetPrepositions, preposition) >= 0 || preposition == endsInPreposition) && head >= t.End
                    && !IsAgentPhrase(pattern, t, preposition) && !IsCompanion(s, head) && !IsAbsoluteWith(s, preposition, head))
                {
                    // "held a rally in Lima against Bolivia": where it happened names the target only when nothing else does.
                    _roles.ActorsOf(s, head, preposition != endsInPreposition && IsLocative(preposition) ? placed ??= [] : targets);
                }
            }

            if (targets.Count == 0 && placed is not null)
            {
                targets = placed;
            }
        }

        // "Along with Iceland, Norway signed ...": a companion of the subject acts with it.
        foreach (var (preposition, head) in obliques)
        {
            if (IsCompanion(s, head) && sources.Count > 0)
            {
                foreach (var companion in Actors(s, head))
                {
                    if (!sources.Contains(companion))
                    {
                        sources.Add(companion);
                    }
                }
            }
        }

        if (targets.Count == 0 && tree.Tag(t.End - 1) == Syntax.Pos.Complementizer && tree.Dependent(verb, Syntax.Dep.ClausalComplement) is var said and >= 0)
        {
            // "charged that Peru had armed the rebels": the accused is the subject of what is said.
            _roles.ActorsOf(s, _roles.SubjectOf(s, said), targets);
        }

        targets.RemoveAll(m => sources.Contains(m));

        if (targets.Count == 0 && !t.IsPassive)
        {
            // "seeks Russian economic assistance", "met most of Pakistan's defence needs": the other party is named inside the object.
            targets = InsideObject(s, t).Where(m => !m.Parties.All(p => sources.Any(src => src.Parties.Any(sp => SameActor(sp, p))))).ToList();
        }

        if (targets.Count == 0 && !t.IsPassive)
        {
            // "ratified an agreement with Peru", "endorsed the accord with the EU": the partner of the event noun
            // the verb acts on.
            foreach (var obj in objects)
            {
                if ((obj < t.Start || obj >= t.End) && NounTriggerAt(s, obj) is { } noun)
                {
                    var phrases = new List<(int Preposition, int Head)>();
                    _roles.NounModifiersOf(s, obj, phrases);
                    foreach (var (preposition, modified) in phrases)
                    {
                        if (Array.IndexOf(noun.Pattern.TargetPrepositions, preposition) >= 0 || preposition == _with)
                        {
                            targets.AddRange(Actors(s, modified).Where(m => !sources.Contains(m)));
                        }
                    }
                }
            }
        }

        if (targets.Count == 0 && DiscourseTarget(s, t) is { } referred)
        {
            // "Beijing condemned the invasion", "Zia rejected the offer": whoever invaded, whoever offered.
            targets = [referred];
        }

        // A later member of "A and B", or a participle after a comma ("invaded Peru, occupying Tacna"), goes on from the verb before.
        var previous = tree.Relation(verb) == Syntax.Dep.Conjunct || IsTrailingParticiple(s, verb) ? s.Triggers.Find(p => p.IsVerb && p.Start == tree.Head(verb)) : null;
        if (targets.Count == 0 && previous is { CodedTargets: { Count: > 0 } previousTargets } && Parties(sources).Count < 2
            && (pattern.Has(PatternOptions.Symmetric) || previous.Pattern.Code.StartsWith("04", StringComparison.Ordinal)
                || SameQuad(previous.Pattern.Code, pattern.Code) && !pattern.Has(PatternOptions.SubjectIsTarget)))
        {
            // "Jiang Zemin visited India and signed an agreement": the agreement is with India; "travelled to Moscow and
            // asked for more aid": asked of Moscow; "invaded Peru and occupied the capital": a chain of acts of one kind
            // goes on acting on the same target until it names another.
            targets = previousTargets;
        }

        if (targets.Count == 0 && !t.IsPassive && ConditionOf(s, verb) is var condition and >= 0)
        {
            targets = Actors(s, _roles.SubjectOf(s, condition)); // "would boycott the games unless Peru withdrew": put to Peru
        }

        if (targets.Count == 0 && !t.IsPassive && !pattern.Has(PatternOptions.SubjectIsTarget) && Counterpart(s, t, sources) is { } counterpart)
        {
            targets = [counterpart];
        }

        t.CodedTargets = targets;

        if (t.IsPassive)
        {
            var agent = new List<ActorMention>();
            foreach (var (preposition, head) in obliques)
            {
                if (IsAgentPhrase(pattern, t, preposition))
                {
                    _roles.ActorsOf(s, head, agent);
                }
            }

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
                foreach (var (preposition, head) in obliques)
                {
                    if (Array.IndexOf(pattern.PassiveSourcePrepositions, preposition) >= 0)
                    {
                        _roles.ActorsOf(s, head, giver);
                    }
                }
            }

            (sources, targets) = (giver, sources);
        }

        if (targets.Count == 0 && pattern.Code.StartsWith(MediateCode, StringComparison.Ordinal) && MediatedPair(s, sources, t.Start) is var parties && Parties(parties).Count >= 2)
        {
            // Mediation is between two parties: those of a between-phrase in the sentence, or of the conflict it ends.
            targets = parties;
        }

        // A place that names no one ("along the border") does not fill the target: the other party stays implicit.
        var slotOpen = !objects.Exists(o => o < t.Start || o >= t.End)
            && !obliques.Exists(o => o.Head >= t.End && Array.IndexOf(pattern.TargetPrepositions, o.Preposition) >= 0 && (!IsLocative(o.Preposition) || Actors(s, o.Head).Count > 0));
        if (slotOpen || sources.Count == 0)
        {
            FillFromDiscourse(s, t, ref sources, ref targets);
        }

        if (t.IsPassive && sources.Count == 0 && targets.Count == 0 && subject >= 0)
        {
            // "Relations between Chile and Peru were restored": the parties of the passive subject.
            var subjectPhrases = new List<(int Preposition, int Head)>();
            _roles.NounModifiersOf(s, subject, subjectPhrases);
            if (Between(s, subjectPhrases) is { } named && Parties(named).Count >= 2)
            {
                EmitPairs(s, t, named, Codes(s, t));
                return;
            }
        }

        if (Parties(sources).Count >= 2 && IsReciprocal(s, t.End))
        {
            // "The two leaders praised each other's governments."
            EmitPairs(s, t, sources, Codes(s, t));
            return;
        }

        if (pattern.Has(PatternOptions.Symmetric))
        {
            var between = Between(s, obliques);
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
        else if (targets.Count == 0 && sources.Count > 0 && !t.IsPassive && IsMaterial(pattern.Code)
            && tree.Relation(verb) is not (Syntax.Dep.OpenComplement or Syntax.Dep.RelativeClause) && Parties(sources).Count == 2)
        {
            // "Both sides withdrew their troops", "India and Pakistan seized territory": a material act of two parties
            // that names no one else is one between them ("agreed to withdraw" stays the agreement).
            EmitPairs(s, t, sources, Codes(s, t));
            return;
        }

        Emit(s, t, sources, targets, Codes(s, t));
    }

    private static bool IsMaterial(string code) => QuadClasses.OfCode(code) is QuadClass.MaterialCooperation or QuadClass.MaterialConflict;

    private bool IsLocative(int preposition) => _vocabulary.Is(preposition, WordClass.Locative);

    /// <summary>"invaded Peru, occupying Tacna": an -ing clause after its verb with no subject or marker of its own.</summary>
    private static bool IsTrailingParticiple(SentenceAnalysis s, int verb)
    {
        var tree = s.Syntax;
        return tree.Relation(verb) == Syntax.Dep.AdverbialClause && verb > tree.Head(verb) && (tree.Form(verb) & Syntax.VerbForm.Gerund) != 0
            && s.Folded(verb - 1) is "," && !tree.HasDependent(verb, Syntax.Dep.Marker) && !tree.HasDependent(verb, Syntax.Dep.Subject);
    }

    private static bool SameQuad(string a, string b) => QuadClasses.OfCode(a) is { } quad && QuadClasses.OfCode(b) == quad;

    /// <summary>The phrase after one of the pattern's agent prepositions in a passive ("by" unless the pattern says otherwise).</summary>
    private bool IsAgentPhrase(EventPattern pattern, TriggerMatch t, int preposition) => t.IsPassive && IsAgentPreposition(pattern, preposition);

    /// <summary>The pattern's agent prepositions (passive=...), "by" when it names none.</summary>
    private bool IsAgentPreposition(EventPattern pattern, int preposition) =>
        pattern.PassiveSourcePrepositions.Length == 0 ? preposition == _by : Array.IndexOf(pattern.PassiveSourcePrepositions, preposition) >= 0;

    /// <summary>The actors a phrase stands for, by its head.</summary>
    private List<ActorMention> Actors(SentenceAnalysis s, int head)
    {
        var list = new List<ActorMention>();
        _roles.ActorsOf(s, head, list);
        list.RemoveAll(m => !ArgumentFinder.Usable(m));
        return list;
    }

    /// <summary>"between X and Y": the members of a between-phrase.</summary>
    private List<ActorMention> Between(SentenceAnalysis s, List<(int Preposition, int Head)> phrases)
    {
        var list = new List<ActorMention>();
        foreach (var (preposition, head) in phrases)
        {
            if (preposition == _between)
            {
                _roles.ActorsOf(s, head, list);
            }
        }

        return list;
    }

    private void CodeNoun(SentenceAnalysis s, TriggerMatch t)
    {
        var pattern = t.Pattern;
        var tree = s.Syntax;
        var codes = Codes(s, t);
        var noun = tree.PhraseOf(t.Start) is { Kind: Syntax.PhraseKind.Noun } phrase && phrase.Head >= t.Start ? phrase.Head : t.End - 1;
        var head = tree.Relation(noun) == Syntax.Dep.Conjunct ? tree.Head(noun) : noun;

        // "a trade agreement": a noun that only describes another event noun of its phrase is part of that event.
        if (tree.PhraseOf(t.Start) is { Kind: Syntax.PhraseKind.Noun } own && own.Head >= t.End
            && s.Triggers.Exists(o => o != t && !o.IsVerb && o.Start <= own.Head && own.Head < o.End))
        {
            return;
        }

        // "In a joint statement, Chile and Peru condemned the raid": the statement is how the act was done.
        if (pattern.Has(PatternOptions.Medium) && tree.Relation(head) == Syntax.Dep.Oblique && tree.CaseOf(head) is var medium and >= 0 && s.Folded(medium) is "in"
            && s.Triggers.Exists(v => v.IsVerb && v.Start <= tree.Head(head) && tree.Head(head) < v.End))
        {
            return;
        }

        // The verb's own object or passive subject restates it: "signed an agreement", "the agreement was signed" is one
        // happening, coded by the verb.
        if (tree.Relation(head) is Syntax.Dep.Object or Syntax.Dep.PassiveSubject && s.Triggers.Exists(v => v.IsVerb && v.Start == tree.Head(head) && SameRoot(v.Pattern.Code, codes)))
        {
            return;
        }

        var modifiers = NounModifiers(s, t, noun);
        var phrases = new List<(int Preposition, int Head)>();
        _roles.NounModifiersOf(s, noun, phrases);
        var targets = new List<ActorMention>();
        var agents = new List<ActorMention>();
        var endsInPreposition = t.End - 1 > t.Start && s.Syntax.Tag(t.End - 1) == Syntax.Pos.Preposition ? s.Tokens[t.End - 1].WordId : -1;
        foreach (var (preposition, modified) in phrases)
        {
            if (Array.IndexOf(pattern.TargetPrepositions, preposition) >= 0 || preposition == endsInPreposition)
            {
                _roles.ActorsOf(s, modified, targets); // "acceptance into the SCO": a pattern ending in its preposition
            }
            else if (IsAgentPreposition(pattern, preposition) || preposition == _of)
            {
                _roles.ActorsOf(s, modified, agents); // "mediation by France", "the visit of Ayub Khan"
            }
        }

        if (targets.Count == 0 && tree.Relation(head) == Syntax.Dep.PassiveSubject && tree.Head(head) is var passiveVerb and >= 0)
        {
            // "Sanctions were imposed on Peru by Chile": the passive verb carries the noun's target phrase.
            var verbPhrases = new List<(int Preposition, int Head)>();
            _roles.ObliquesOf(s, passiveVerb, verbPhrases);
            foreach (var (preposition, modified) in verbPhrases)
            {
                if (Array.IndexOf(pattern.TargetPrepositions, preposition) >= 0 && !IsAbsoluteWith(s, preposition, modified))
                {
                    _roles.ActorsOf(s, modified, targets);
                }
            }
        }

        targets.RemoveAll(m => !ArgumentFinder.Usable(m));
        agents.RemoveAll(m => !ArgumentFinder.Usable(m));

        if (pattern.Has(PatternOptions.Symmetric))
        {
            var between = Between(s, phrases);
            if (Parties(between).Count < 2 && tree.Relation(head) == Syntax.Dep.Subject && tree.Head(head) >= 0)
            {
                // "negotiations began between the United States and the Soviet Union": the phrase may hang on the verb.
                var verbPhrases = new List<(int Preposition, int Head)>();
                _roles.ObliquesOf(s, tree.Head(head), verbPhrases);
                between = Between(s, verbPhrases);
            }

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
            // "Pakistan's defence needs were met by western sources", "China has become Pakistan's largest supplier of arms":
            // the owner receives; the source is the agent or the subject of the copula.
            var givers = agents.Count > 0 ? agents : tree.Relation(head) == Syntax.Dep.PassiveSubject ? PassiveAgents(s, tree.Head(head)) : ActorsOfClauseSubject(s, head);
            Emit(s, t, givers, [.. modifiers, .. targets], codes);
            return;
        }

        // The noun's own modifiers name the source ("the Soviet invasion", "the U.S.-NATO war effort": both halves of a pair);
        // else "by X" or "of X"; else a relative clause on it ("the war that the Soviet Union waged in Afghanistan");
        // else the clause it sits in.
        var sources = modifiers.Count > 0 ? (modifiers[^1].Has(MentionFlags.PairRight) ? modifiers : [modifiers[^1]]) : agents;
        if (tree.Relation(head) == Syntax.Dep.Attribute && Actors(s, _roles.SubjectOf(s, tree.Head(head))) is { Count: > 0 } predicated && !pattern.Has(PatternOptions.Symmetric))
        {
            // "Brazil became Argentina's main supplier": the subject is what the noun says; its owner is the other party.
            if (targets.Count == 0)
            {
                targets = modifiers.Where(m => !predicated.Contains(m)).ToList();
            }

            sources = predicated;
        }
        if (sources.Count == 0 && RelativeClauseOn(s, noun) is var relative and >= 0)
        {
            sources = Actors(s, _roles.SubjectOf(s, relative));
            if (targets.Count == 0)
            {
                var relativePhrases = new List<(int Preposition, int Head)>();
                _roles.ObliquesOf(s, relative, relativePhrases);
                foreach (var (preposition, modified) in relativePhrases)
                {
                    if (Array.IndexOf(pattern.TargetPrepositions, preposition) >= 0)
                    {
                        _roles.ActorsOf(s, modified, targets);
                    }
                }
            }
        }

        if (pattern.Has(PatternOptions.Symmetric) && Parties(sources).Count + Parties(targets).Count < 2 && ClauseSubject(s, head) is var about and >= 0
            && !IsEventNoun(s, about) && RelationParties(s, about) is { Count: >= 2 } related)
        {
            // "Moscow's relations with China strained to the point of border conflicts": the parties of the relationship.
            EmitPairs(s, t, related, codes);
            return;
        }
        if (sources.Count == 0 && tree.Relation(head) == Syntax.Dep.Attribute)
        {
            sources = Actors(s, _roles.SubjectOf(s, tree.Head(head))); // "which became a major supplier for India": what it is, not whom it borrows
        }
        else if (sources.Count == 0 && tree.Relation(head) == Syntax.Dep.PassiveSubject)
        {
            sources = PassiveAgents(s, tree.Head(head)); // "sanctions on Iran were imposed by the United States"
        }

        if (sources.Count == 0 && !pattern.Has(PatternOptions.NoSubject) && (!pattern.Has(PatternOptions.Symmetric) || targets.Count > 0))
        {
            // A noun with no owner of its own takes the subject of the clause it completes: "Pakistan lodged a protest",
            // "During a visit to the US, Bhutto ...", "China is Pakistan's main supplier".
            sources = ActorsOfClauseSubject(s, head);
        }

        sources.RemoveAll(m => targets.Contains(m));
        if (pattern.Has(PatternOptions.Symmetric) && sources.Count == 0 && targets.Count == 0 && Parties(ActorsOfClauseSubject(s, head)) is { Count: >= 2 })
        {
            EmitPairs(s, t, ActorsOfClauseSubject(s, head), codes);
            return;
        }

        if (targets.Count == 0 && pattern.Code == VisitCode && sources.Count > 0 && s.Events.LastOrDefault(e => e.Code == VisitCode) is { TargetMention: { } visited })
        {
            // "the first ... since Bhutto's trip": a visit with no destination goes where the sentence's other visit went.
            targets = [visited];
        }

        if (targets.Count == 0 && pattern.Code.StartsWith(MediateCode, StringComparison.Ordinal) && MediatedPair(s, sources, t.Start) is var parties && Parties(parties).Count >= 2)
        {
            targets = parties; // "re-established through Iranian mediation": between the parties the sentence names
        }

        if (targets.Count == 0 && Counterpart(s, t, sources) is { } counterpart)
        {
            targets = [counterpart]; // "the US invitation", "the Soviet withdrawal": in a story of two states, the other one
        }

        if (pattern.Has(PatternOptions.Symmetric) && sources.Count == 0 && targets.Count == 0 && IsDated(s, t, phrases)
            && SidesOfSentenceOrStory(s, t.Start) is { Count: 2 } sides)
        {
            // "the 1962 conflict", "the war of 1971": a happening named with its own date is one the text reports, even in
            // passing; its sides are the two states of the sentence, or of the story.
            EmitPairs(s, t, sides, codes);
            return;
        }

        if (!phrases.Exists(p => Array.IndexOf(pattern.TargetPrepositions, p.Preposition) >= 0) || sources.Count == 0)
        {
            FillFromDiscourse(s, t, ref sources, ref targets);
        }

        Emit(s, t, sources, targets, codes);
    }

    /// <summary>"held at Tashkent in the Uzbek SSR": a name after a preposition of place is where, not who.</summary>
    private bool IsPlace(SentenceAnalysis s, ActorMention m)
    {
        var k = m.Start - 1;
        while (k >= 0 && s.Syntax.Tag(k) is Syntax.Pos.Determiner or Syntax.Pos.Adjective)
        {
            k--;
        }

        return k >= 0 && s.Tokens[k].WordId >= 0 && IsLocative(s.Tokens[k].WordId);
    }

    /// <summary>An event noun whose own phrase carries its date: "the 1962 conflict", "the treaty of 1907".</summary>
    private bool IsDated(SentenceAnalysis s, TriggerMatch t, List<(int Preposition, int Head)> phrases)
    {
        if (s.Syntax.PhraseOf(t.Start) is { } phrase)
        {
            for (var k = phrase.Start; k < t.Start; k++)
            {
                if (s.TimeAt(k) is { Role: Time.TimeRole.Modifier, Value: not null })
                {
                    return true;
                }
            }
        }

        return phrases.Exists(p => p.Preposition == _of && s.TimeAt(p.Head) is { Value: not null });
    }

    /// <summary>
    /// The two sides of a two-sided happening that names none: the two states its sentence names, or the document's main
    /// pair when the sentence names no state outside it; anything else is not guessed.
    /// </summary>
    private List<ActorMention>? SidesOfSentenceOrStory(SentenceAnalysis s, int at)
    {
        var named = new List<ActorMention>(2);
        foreach (var m in s.Actors)
        {
            if (!ArgumentFinder.Usable(m) || m.Has(MentionFlags.Anaphor) || m.Parties.Count != 1 || named.Exists(n => CountryOf(n.Parties[0]) == CountryOf(m.Parties[0]))
                || IsPlace(s, m))
            {
                continue;
            }

            if (named.Count == 2)
            {
                return null;
            }

            named.Add(m);
        }

        if (named.Count == 2)
        {
            return named;
        }

        if (_doc.MainPair is not { } pair || named.Count == 1 && CountryOf(named[0].Parties[0]) != CountryOf(pair.First) && CountryOf(named[0].Parties[0]) != CountryOf(pair.Second))
        {
            return null;
        }

        return [Implied(pair.First, at), Implied(pair.Second, at)];
    }

    /// <summary>The two parties a mediation is between when its verb names none: "between X and Y" anywhere in the sentence, the sides of a war it mentions, or the story's pair.</summary>
    private List<ActorMention> MediatedPair(SentenceAnalysis s, List<ActorMention> mediators, int at)
    {
        var tree = s.Syntax;
        var list = new List<ActorMention>();
        for (var k = 0; k < tree.Count; k++)
        {
            if (tree.Relation(k) is Syntax.Dep.NounModifier or Syntax.Dep.Oblique && tree.CaseOf(k) is var c and >= 0 && s.Tokens[c].WordId == _between)
            {
                _roles.ActorsOf(s, k, list);
                if (Parties(list).Count >= 2)
                {
                    return list;
                }
            }
        }

        foreach (var e in s.Events.Concat(s.Restatements))
        {
            if (e.Symmetric && e.TargetMention is { } other)
            {
                return [e.SourceMention, other];
            }
        }

        // "The agreement was mediated by Kosygin": in a story of two states, a third party mediates between them, unless
        // the sentence names a fight whose sides it leaves unknown ("the war of 1965 ended in a ceasefire brokered by the UN").
        if (_doc.MainPair is { } pair && mediators.Count > 0 && !s.Triggers.Exists(o => o.Pattern.Has(PatternOptions.Symmetric) && o.Pattern.Code.StartsWith('1')) && Parties(mediators).TrueForAll(p => CountryOf(p) != CountryOf(pair.First) && CountryOf(p) != CountryOf(pair.Second)))
        {
            return [Implied(pair.First, at), Implied(pair.Second, at)];
        }

        return [];
    }

    /// <summary>
    /// An event that names one party of the document's main pair and no one else concerns the other: "Indian forces
    /// counter-deploy" in a story of India and China, "Pakistani missions are attacked" in one of Afghanistan and Pakistan.
    /// </summary>
    private void FillFromDiscourse(SentenceAnalysis s, TriggerMatch t, ref List<ActorMention> sources, ref List<ActorMention> targets)
    {
        if (t.Pattern.Has(PatternOptions.OrganizationTarget) || sources.Count > 0 && targets.Count > 0)
        {
            return;
        }

        // "Protests have been held in the country": a demonstration is made by people, not by the other state of the story.
        if (sources.Count == 0 && t.Pattern.Code is ['1', '4', '0' or '1' or '2', ..])
        {
            return;
        }

        var known = sources.Count > 0 ? sources : targets;
        if (known.Count == 0)
        {
            FillBothFromMainPair(s, t, ref sources, ref targets);
            return;
        }


        var countries = Parties(known).Select(CountryOf).Distinct().ToList();
        if (countries.Count != 1)
        {
            return;
        }

        // Another party the sentence names (and the event does not) is the one concerned; with none, the document's
        // main pair gives it; with several, nothing is guessed.
        ActorMention? candidate = null;
        var candidates = 0;
        string? reserved = null;
        foreach (var m in s.Actors)
        {
            if (ArgumentFinder.Usable(m) && m.Parties.Count == 1 && ObjectOfReportedEvent(s, m.End - 1, t))
            {
                reserved = CountryOf(m.Parties[0]);
                continue;
            }

            if (ArgumentFinder.Usable(m) && !m.Has(MentionFlags.Anaphor) && !known.Contains(m) && m.Parties.Count == 1 && CountryOf(m.Parties[0]) != countries[0]
                && (candidate is null || CountryOf(candidate.Parties[0]) != CountryOf(m.Parties[0])))
            {
                candidate = m;
                candidates++;
            }
        }

        if (candidates > 1)
        {
            return;
        }

        if (candidate is not null)
        {
            if (sources.Count > 0)
            {
                targets = [candidate];
            }
            else
            {
                sources = [candidate];
            }

            return;
        }

        if (_doc.MainPair is not { } pair)
        {
            return;
        }

        var other = CountryOf(pair.First) == countries[0] ? pair.Second : CountryOf(pair.Second) == countries[0] ? pair.First : null;
        if (other is null || CountryOf(other) == reserved)
        {
            return;
        }

        var at = known[0].End;
        var implied = Implied(other, at);
        if (sources.Count > 0)
        {
            targets = [implied];
        }
        else
        {
            sources = [implied];
        }
    }

    /// <summary>
    /// "The committee asked Obama to help Iran": Iran is the object of the help the verb asks for, another event's
    /// party inside the verb's complement, and not a party of the asking.
    /// </summary>
    private static bool ObjectOfReportedEvent(SentenceAnalysis s, int token, TriggerMatch t)
    {
        var tree = s.Syntax;
        var verb = tree.Head(token);
        if (!t.IsVerb || tree.Relation(token) != Syntax.Dep.Object || verb == t.Start || !s.Triggers.Exists(o => o != t && o.IsVerb && o.Start == verb))
        {
            return false;
        }

        for (var k = verb; k >= 0; k = tree.Head(k))
        {
            if (tree.Head(k) == t.Start)
            {
                return tree.Relation(k) is Syntax.Dep.OpenComplement or Syntax.Dep.ClausalComplement;
            }
        }

        return false;
    }

    /// <summary>
    /// "Violent clashes result in casualties", "Agreement is reached to disengage troops": in a story of two states, a
    /// happening that takes two sides and names no one in its sentence is between the document's main pair.
    /// </summary>
    private void FillBothFromMainPair(SentenceAnalysis s, TriggerMatch t, ref List<ActorMention> sources, ref List<ActorMention> targets)
    {
        if (!t.Pattern.Has(PatternOptions.Symmetric) || !IsWhatTheSentenceReports(s, t)
            || t.Pattern.Code.StartsWith("06", StringComparison.Ordinal) // "Trade remained small" describes a state, not a happening
            || SidesOfOtherHappening(s, t.Start) is not [var first, var second])
        {
            return;
        }

        // "The war ended when ...", "The deal is done": a definite happening with no sides of its own, between a pair the
        // document has already told of one like it, refers back to that one.
        if (RefersBack(s, t, first.Parties[0], second.Parties[0]))
        {
            return;
        }

        sources = [first];
        targets = [second];
    }

    /// <summary>
    /// The sides of a two-sided happening that names none: those of another two-sided happening its sentence tells
    /// ("After Trump and Xi met in Osaka, talks resumed"), or, when the sentence names no one, the document's main pair.
    /// </summary>
    private List<ActorMention>? SidesOfOtherHappening(SentenceAnalysis s, int at)
    {
        if (s.Events.FindLast(e => e.Symmetric && e.TargetMention is not null) is { TargetMention: { } other } told)
        {
            return [told.SourceMention, other];
        }

        return !s.Actors.Exists(ArgumentFinder.Usable) && _doc.MainPair is { } pair ? [Implied(pair.First, at), Implied(pair.Second, at)] : null;
    }

    private bool RefersBack(SentenceAnalysis s, TriggerMatch t, Party first, Party second) =>
        EventDater.OpensDefinite(s, t, _vocabulary) && EventDater.HappenedBefore(_doc, EventDater.PairKey(first, second), t.Pattern.Code);

    /// <summary>A state the text leaves implicit, as a zero-width mention at a token: the state itself, not one of its organs.</summary>
    private static ActorMention Implied(Party state, int at) => new(at, at, [state with { Suffix = string.Empty }], MentionFlags.Anaphor) { NameEnd = at };

    /// <summary>The main verb of the sentence, or its subject: not a happening mentioned in passing ("to avoid clashes", "a timeline of the clashes").</summary>
    private static bool IsWhatTheSentenceReports(SentenceAnalysis s, TriggerMatch t)
    {
        var tree = s.Syntax;
        for (var k = t.Start; k < t.End; k++)
        {
            var relation = tree.Relation(k);
            if (relation == Syntax.Dep.Root && tree.Has(k, Syntax.VerbFlags.Finite)
                || relation is Syntax.Dep.Subject or Syntax.Dep.PassiveSubject && tree.Relation(tree.Head(k)) == Syntax.Dep.Root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The -ing verb after "in" that a verb like "join" governs ("joined the US in boycotting"), or -1.</summary>
    private int JoinedIn(SentenceAnalysis s, int verb)
    {
        var tree = s.Syntax;
        if (verb < 0 || !_vocabulary.Is(s.Tokens[verb].WordId, WordClass.CompanionVerb))
        {
            return -1;
        }

        foreach (var child in tree.Children(verb))
        {
            if (tree.Relation(child) == Syntax.Dep.AdverbialClause && child > 0 && s.Folded(child - 1) is "in" && (tree.Form(child) & Syntax.VerbForm.Gerund) != 0)
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>"with Carter signing as a witness": a with-phrase whose noun has its own -ing verb is a circumstance, not a partner.</summary>
    private bool IsAbsoluteWith(SentenceAnalysis s, int preposition, int head)
    {
        if (preposition != _with)
        {
            return false;
        }

        var tree = s.Syntax;
        var clause = tree.Dependent(head, Syntax.Dep.RelativeClause);
        return clause >= 0 && (tree.Form(clause) & Syntax.VerbForm.Gerund) != 0 && tree.Tag(clause) == Syntax.Pos.Verb;
    }

    /// <summary>"along with X", "together with X": a phrase naming someone who acts with the subject.</summary>
    private bool IsCompanion(SentenceAnalysis s, int head)
    {
        var c = s.Syntax.CaseOf(head);
        return c > 0 && s.Tokens[c].WordId == _with && s.Folded(c - 1) is "along" or "together";
    }

    /// <summary>The actors of the subject a noun borrows, unless that subject is an event of its own ("the wars proved the futility of pacts").</summary>
    private List<ActorMention> ActorsOfClauseSubject(SentenceAnalysis s, int noun)
    {
        var subject = ClauseSubject(s, noun);
        var actors = IsEventNoun(s, subject) ? [] : Actors(s, subject);
        if (actors.Count > 0 && s.Syntax.GoverningVerb(noun) is var verb and >= 0)
        {
            // "Along with India, Pakistan has been granted observer status": the companion shares it.
            var phrases = new List<(int Preposition, int Head)>();
            _roles.ObliquesOf(s, verb, phrases);
            foreach (var (_, head) in phrases)
            {
                if (IsCompanion(s, head))
                {
                    actors.AddRange(Actors(s, head).Where(m => !actors.Contains(m)));
                }
            }
        }

        return actors;
    }

    /// <summary>The "by" phrase of a passive verb: "were met by western sources".</summary>
    private List<ActorMention> PassiveAgents(SentenceAnalysis s, int verb)
    {
        var list = new List<ActorMention>();
        var agent = s.Syntax.Dependent(verb, Syntax.Dep.Agent);
        _roles.ActorsOf(s, agent, list);
        return list;
    }

    /// <summary>True when the token is the head of an event noun the sentence codes ("the invasion", "talks").</summary>
    private static TriggerMatch? NounTriggerAt(SentenceAnalysis s, int token) =>
        token < 0 || s.ActorAt(token) is not null ? null : s.Triggers.Find(t => !t.IsVerb && t.Start <= token && token < t.End);

    /// <summary>The verb of an "if" or "unless" clause on <paramref name="verb"/>, or -1.</summary>
    internal static int ConditionOf(SentenceAnalysis s, int verb, Vocabulary vocabulary)
    {
        var tree = s.Syntax;
        foreach (var child in tree.Children(verb))
        {
            if (tree.Relation(child) == Syntax.Dep.AdverbialClause && tree.Dependent(child, Syntax.Dep.Marker) is var marker and >= 0
                && vocabulary.Is(s.Tokens[marker].WordId, WordClass.Condition))
            {
                return child;
            }
        }

        return -1;
    }

    private int ConditionOf(SentenceAnalysis s, int verb) => ConditionOf(s, verb, _vocabulary);

    /// <summary>The agent of a participle on a noun ("the proposal put forward by Peru"), if it names an actor.</summary>
    private static void MakerOf(SentenceAnalysis s, int noun, List<ActorMention> into)
    {
        var tree = s.Syntax;
        foreach (var child in tree.Children(noun))
        {
            if (tree.Relation(child) == Syntax.Dep.RelativeClause && child > noun && tree.Dependent(child, Syntax.Dep.Agent) is var agent and >= 0
                && s.ActorAt(agent) is { } maker && ArgumentFinder.Usable(maker))
            {
                into.Add(maker);
                return;
            }
        }
    }

    private static bool IsEventNoun(SentenceAnalysis s, int token)
    {
        if (token < 0 || s.ActorAt(token) is not null)
        {
            return false;
        }

        foreach (var t in s.Triggers)
        {
            if (!t.IsVerb && t.Start <= token && token < t.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A relative clause with a subject of its own on the noun ("the war that X waged"), by its verb, or -1.</summary>
    private static int RelativeClauseOn(SentenceAnalysis s, int noun)
    {
        var tree = s.Syntax;
        foreach (var child in tree.Children(noun))
        {
            if (tree.Relation(child) == Syntax.Dep.RelativeClause && tree.Has(child, Syntax.VerbFlags.Finite) && !tree.Has(child, Syntax.VerbFlags.Passive)
                && tree.Dependent(child, Syntax.Dep.Subject) is var subject and >= 0 && tree.Tag(subject) != Syntax.Pos.Relative)
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>The parties of a relationship phrase: "Moscow's relations with China", "ties between X and Y", "Indo-Pak relations".</summary>
    private List<ActorMention> RelationParties(SentenceAnalysis s, int noun)
    {
        var list = new List<ActorMention>();
        if (noun < 0 || s.ActorAt(noun) is not null)
        {
            return list;
        }

        _roles.ActorsOf(s, noun, list);
        var phrases = new List<(int Preposition, int Head)>();
        _roles.NounModifiersOf(s, noun, phrases);
        foreach (var (preposition, modified) in phrases)
        {
            if (preposition == _with || preposition == _between)
            {
                _roles.ActorsOf(s, modified, list);
            }
        }

        list.RemoveAll(m => !ArgumentFinder.Usable(m) && !m.Has(MentionFlags.PairLeft) && !m.Has(MentionFlags.PairRight));
        return list;
    }

    private static bool SameRoot(string code, List<string> codes) => codes.Exists(c => c.Length >= 2 && code.Length >= 2 && c[..2] == code[..2]);

    /// <summary>Actors inside the noun's own phrase before it: "the Soviet invasion", "Pakistan's membership", "their talks".</summary>
    private List<ActorMention> NounModifiers(SentenceAnalysis s, TriggerMatch t, int noun)
    {
        var tree = s.Syntax;
        var list = new List<ActorMention>();
        if (tree.PhraseOf(noun) is { Kind: Syntax.PhraseKind.Noun } phrase)
        {
            for (var k = phrase.Start; k < noun; k++)
            {
                if (s.ActorAt(k) is { } m && m.Start == k && (k < t.Start || k >= t.End || m.Has(MentionFlags.PairLeft) || m.Has(MentionFlags.PairRight)) && !list.Contains(m))
                {
                    list.Add(m);
                }
            }
        }

        var possessor = tree.Dependent(noun, Syntax.Dep.Possessor);
        if (possessor >= 0)
        {
            _roles.ActorsOf(s, possessor, list, withModifiers: false);
        }

        list.RemoveAll(m => !ArgumentFinder.Usable(m) && !m.Has(MentionFlags.PairLeft) && !m.Has(MentionFlags.PairRight));
        return list;
    }

    /// <summary>
    /// Whose act a noun is when it names no one: the subject of the verb it is the object, attribute or adjunct of
    /// ("Pakistan lodged a protest", "China is Pakistan's main supplier", "during her visit, Bhutto met ..."), or of
    /// the verb it depends on through a preposition; not when it is itself a subject.
    /// </summary>
    private int ClauseSubject(SentenceAnalysis s, int noun)
    {
        var tree = s.Syntax;
        var k = noun;
        for (var depth = 0; depth < 4 && k >= 0; depth++)
        {
            var relation = tree.Relation(k);
            var head = tree.Head(k);
            if (head < 0)
            {
                return -1;
            }

            if (tree.Tag(head) is Syntax.Pos.Verb or Syntax.Pos.Auxiliary)
            {
                if (relation == Syntax.Dep.PassiveSubject)
                {
                    return tree.Dependent(head, Syntax.Dep.Agent); // "sanctions on Iran were imposed by the United States"
                }

                // The object of a verb that states an event of its own is someone else's act: "Pakistan welcomed the offer".
                if (relation is Syntax.Dep.Object or Syntax.Dep.IndirectObject && s.Triggers.Exists(v => v.IsVerb && v.Start == head) && k == noun)
                {
                    return -1;
                }

                return relation is Syntax.Dep.Object or Syntax.Dep.Attribute or Syntax.Dep.Oblique or Syntax.Dep.IndirectObject
                    ? _roles.SubjectOf(s, head) : -1;
            }

            if (relation is not (Syntax.Dep.NounModifier or Syntax.Dep.Conjunct))
            {
                return -1;
            }

            // "its support for the 1951 peace treaty with Japan": the owner of the noun the phrase hangs on.
            if (relation == Syntax.Dep.NounModifier && tree.Dependent(head, Syntax.Dep.Possessor) is var owner and >= 0 && s.ActorAt(owner) is not null)
            {
                return owner;
            }

            k = head;
        }

        return -1;
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
            || pattern.Has(PatternOptions.OrganizationTarget) || t.IsVerb && !NamesItsObject(s, t))
        {
            return null;
        }

        var source = CountryOf(sources[0].Parties[0]);
        var other = CountryOf(pair.First) == source ? pair.Second : CountryOf(pair.Second) == source ? pair.First : null;
        var at = sources[0].End;
        return other is null ? null : Implied(other, at);
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

        // "The US, Russia and Switzerland met": every two of them met. Past a handful of parties ("a conference of 40 states")
        // the first-named is the one the sentence is about, and the others pair with it.
        var sources = parties.Count <= MaxAllPairsParties ? parties.Count - 1 : 1;
        for (var i = 0; i < sources; i++)
        {
            for (var j = i + 1; j < parties.Count; j++)
            {
                foreach (var code in codes)
                {
                    Add(s, t, parties[i].Mention, parties[i].Party, parties[j].Mention, parties[j].Party, code, symmetric: true);
                }
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
                // One happening per sentence for a pair and a code: "pledged to grant a loan" and its noun, "signed the
                // treaty" and its noun are one; only two different dates make two ("visited in 1965 and in 1967").
                var other = events[j];
                if (other.Code == e.Code && other.Target is { } ot && e.Target is { } et && CompatibleDates(other.When, e.When)
                    && other.Negated == e.Negated && other.Hypothetical == e.Hypothetical
                    && (SameActor(other.Source, e.Source) && SameActor(ot, et) || (e.Symmetric || other.Symmetric) && SameActor(other.Source, et) && SameActor(ot, e.Source)))
                {
                    if (other.When is null && e.When is not null)
                    {
                        other.When = e.When;
                        other.DatedInSentence = e.DatedInSentence;
                    }

                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private static bool CompatibleDates(Core.Dates.DateSpan? a, Core.Dates.DateSpan? b) => a is null || b is null || Equals(a, b);

    /// <summary>Two parties are the same actor for event purposes: one state, unless one side is an armed group of it.</summary>
    private static bool SameActor(Party a, Party b)
    {
        if (a.First.Code == b.First.Code && a.Suffix == b.Suffix)
        {
            return true;
        }

        return a.Kind != ActorKind.Organization && b.Kind != ActorKind.Organization && CountryOf(a) == CountryOf(b) && !IsArmedGroup(a) && !IsArmedGroup(b)
            && !IsOpposition(a) && !IsOpposition(b);
    }

    /// <summary>
    /// Demonstrators and dissidents act against their own state ("Georgian protesters stormed the Georgian parliament"): a
    /// domestic event, where two organs of one state (its army, its ministry) are one actor.
    /// </summary>
    private static bool IsOpposition(Party party) => party.Suffix == OppositionSuffix || party.First.Code.EndsWith(OppositionSuffix, StringComparison.Ordinal);

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
