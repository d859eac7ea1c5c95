using Dyad.Core.Cameo;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Syntax;

namespace Dyad.Extraction.Events;

/// <summary>
/// Pipeline stage 7: decides whether each event is asserted, denied or only supposed, from the clauses that govern
/// its trigger. The verb's own group says "did not", "will", "could"; going up through the verbs and nouns it
/// completes, "refused to", "failed to" deny it, "plans to", "offered to", "the decision to" make it an intent or a
/// plan (material cooperation becomes an expressed intent, 07x -> 033); "should", "if" and "urged X to" mark advice,
/// conditions and requests, which are not events and are dropped. A noun event also reads the words of its own
/// phrase ("the proposed visit", "no agreement").
/// </summary>
public sealed class ModalityDetector
{
    private const int MaxClimb = 5;
    private const int CalledForReach = 10;

    private readonly Vocabulary _vocabulary;
    private readonly Syntax.VerbFrames _frames;
    private readonly List<int> _threatWords = [];

    public ModalityDetector(Vocabulary vocabulary, Syntax.VerbFrames frames)
    {
        _vocabulary = vocabulary;
        _frames = frames;
    }

    public void Process(SentenceAnalysis s)
    {
        var threatWords = _threatWords;
        threatWords.Clear();
        for (var e = s.Events.Count - 1; e >= 0; e--)
        {
            var draft = s.Events[e];
            var trigger = draft.Trigger;
            var state = new Modality(draft.Negated, draft.Hypothetical);
            if (!trigger.IsVerb)
            {
                ReadNounPhrase(s, trigger, ref state);
            }

            // A noun takes the modality of the verb it completes unless that verb states an event of its own
            // ("India did not welcome the visit": the visit happened).
            var start = trigger.IsVerb ? trigger.Start : GoverningVerb(s, trigger.Start);
            if (!trigger.IsVerb && s.Triggers.Exists(v => v.IsVerb && v.Start == start))
            {
                start = -1;
            }
            Climb(s, start, trigger.IsVerb, ref state);

            // "a close cooperation between X and Y is direly needed": a noun event called for, not reported.
            if (state.Drop || !trigger.IsVerb && IsCalledFor(s, trigger.End))
            {
                s.Events.RemoveAt(e);
                continue;
            }

            // "failed to persuade India": the appeal was made, only its aim was missed; any other act that failed did not happen.
            if (state.FailedAttempt && !draft.Code.StartsWith("02", StringComparison.Ordinal))
            {
                state.Negated = true;
            }

            // Expressing an intent is itself the event for 03 codes ("expressed its desire to engage"); only a
            // modal ("will", "could") makes such an event hypothetical.
            var hypothetical = state.Hypothetical;
            if (hypothetical && !state.Negated && trigger.IsVerb && IsConflict(draft.Code) && EventCoder.ConditionOf(s, trigger.Start, _vocabulary) >= 0)
            {
                // "would boycott the games unless Peru withdrew its troops": a use of force or a sanction promised on a
                // condition put to the other side is an ultimatum, and that was given.
                draft.Code = UltimatumCode;
                draft.Symmetric = false;
                hypothetical = false;
            }
            else if (state.Threatened && !state.Negated && !state.Hedged && ThreatCode(draft.Code) is { } threat)
            {
                // "vowed to retaliate", "wants to attack Peru", "threatened to impose sanctions": the threat is the event.
                draft.Code = threat;
                draft.Symmetric = false; // a threat has a maker and a target, whatever it threatens
                hypothetical = false;
                threatWords.Add(state.ThreatWord);
            }
            else if (draft.Code.StartsWith("03", StringComparison.Ordinal))
            {
                hypothetical = state.Hedged || trigger.Pattern.Has(PatternOptions.Hypothetical) || trigger.Pattern.Has(PatternOptions.Intent);
            }
            else if (hypothetical && (trigger.Pattern.Has(PatternOptions.Intent) || !state.Negated))
            {
                draft.Code = IntentCode(draft.Code);
            }

            draft.Negated = state.Negated;
            draft.Hypothetical = hypothetical;
        }

        // "threatened to invade Peru" is one threat: the specific one the act gives, not also a general "threatened".
        s.Events.RemoveAll(d => d.Code.StartsWith("13", StringComparison.Ordinal) && threatWords.Exists(w => w >= d.Trigger.Start && w < d.Trigger.End)
            && s.Events.Exists(o => o != d && o.Code.StartsWith("13", StringComparison.Ordinal) && o.Source.First.Code == d.Source.First.Code));

        // "Chile said Peru had attacked its border posts", "Peru shelled the posts, officials said": what is said is the
        // event; the saying is not a second one. A plain statement (a dictionary's SAY) is an event only when its
        // sentence tells of no other happening, even one whose parties go unnamed ("said the attacks came from across
        // the border"); the parse of a report is too often wrong to ask which clause the saying governs.
        s.Events.RemoveAll(d => d.Code == StatementCode && IsSaying(s, d.Trigger) && s.Triggers.Exists(t => t != d.Trigger && !IsSaying(s, t)));
    }

    private const string StatementCode = "010";

    /// <summary>A verb of saying ("said", "told"; data/grammar/verb-frames.tsv), not one that does something by speaking ("reassured").</summary>
    private bool IsSaying(SentenceAnalysis s, TriggerMatch trigger) => trigger.IsVerb && _frames.Reporting.Contains(s.Syntax.Lemma(trigger.Start));

    private const string UltimatumCode = "139";

    /// <summary>Verbal or material conflict (CAMEO roots 09-20).</summary>
    private static bool IsConflict(string code) => QuadClasses.OfCode(code) is QuadClass.VerbalConflict or QuadClass.MaterialConflict;

    private struct Modality(bool negated, bool hypothetical)
    {
        public bool Negated = negated;
        public bool Hypothetical = hypothetical;
        public bool Hedged;
        public bool Threatened;
        public int ThreatWord;
        public bool Drop;
        public bool FailedAttempt;
    }

    /// <summary>"the proposed visit", "a possible summit", "no agreement": words before the noun in its own phrase.</summary>
    private void ReadNounPhrase(SentenceAnalysis s, TriggerMatch trigger, ref Modality state)
    {
        if (s.Syntax.PhraseOf(trigger.Start) is not { Kind: PhraseKind.Noun } phrase)
        {
            return;
        }

        for (var k = phrase.Start; k < trigger.Start; k++)
        {
            var id = s.Tokens[k].WordId;
            if (s.Folded(k) is "no")
            {
                state.Negated = true;
            }

            if (_vocabulary.Is(id, WordClass.Intent))
            {
                state.Hypothetical = true;
            }
        }

        // "the threat of Indian aggression", "fear of a Soviet invasion": the noun an "of" hangs on governs it.
        var tree = s.Syntax;
        var head = phrase.Head;
        for (var depth = 0; depth < 2 && tree.Relation(head) == Dep.NounModifier && tree.CaseOf(head) is var c and >= 0 && s.Folded(c) is "of"; depth++)
        {
            head = tree.Head(head);
            if (_vocabulary.Is(s.Tokens[head].WordId, WordClass.Intent))
            {
                state.Hypothetical = true;
            }
        }
    }

    /// <summary>
    /// Goes up from the verb that states the event through what it completes: its own group ("did not sign",
    /// "could sign"), then "agreed to", "refused to", "plans to", "the decision to", "urged Pakistan to",
    /// "if ...", "said that ...".
    /// </summary>
    private void Climb(SentenceAnalysis s, int verb, bool isVerbTrigger, ref Modality state)
    {
        var tree = s.Syntax;
        var u = verb;
        for (var depth = 0; u >= 0 && depth < MaxClimb; depth++)
        {
            if (tree.Tag(u) is Pos.Verb or Pos.Auxiliary)
            {
                ReadVerbGroup(s, u, ref state);
                if (depth > 0)
                {
                    ReadGoverningWord(s, u, ref state);
                }

                var relation = tree.Relation(u);
                var head = tree.Head(u);
                if (relation == Dep.AdverbialClause && tree.Dependent(u, Dep.Marker) is var marker and >= 0 && _vocabulary.Is(s.Tokens[marker].WordId, WordClass.Condition))
                {
                    state.Drop = true; // "if India attacked, ..."
                    return;
                }

                if (relation == Dep.OpenComplement && head >= 0 && tree.Controller(u) >= 0 && tree.Tag(head) == Pos.Verb
                    && _vocabulary.Is(s.Tokens[head].WordId, WordClass.RequestVerb))
                {
                    state.Drop = true; // "urged Pakistan to join", "Pakistan was urged to join": the one asked has not acted
                    return;
                }

                if (relation is not (Dep.OpenComplement or Dep.ClausalComplement or Dep.Conjunct) || head < 0)
                {
                    return;
                }

                // A later member of "A and B" shares A's modality only when it has no auxiliary of its own.
                if (relation == Dep.Conjunct && (tree.Has(u, VerbFlags.Modal) || tree.PhraseOf(u) is { } p && p.Start != p.Head
                    || tree.HasDependent(u, Dep.Subject) || tree.HasDependent(u, Dep.PassiveSubject)))
                {
                    return;
                }

                u = head;
            }
            else if (tree.IsNominal(u) || tree.Tag(u) == Pos.Adjective)
            {
                if (depth > 0 && tree.IsNominal(u) && _vocabulary.Is(s.Tokens[u].WordId, WordClass.RequestVerb))
                {
                    state.Drop = true; // "faced pressure from Brazil to attack Peru": asked for, not done
                    return;
                }

                // "the decision to provide arms", "its refusal to mediate", "willing to supply".
                ReadGoverningWord(s, u, ref state);
                u = tree.GoverningVerb(u);
                if (u >= 0)
                {
                    ReadVerbGroup(s, u, ref state);
                }

                return;
            }
            else
            {
                return;
            }
        }
    }

    private void ReadVerbGroup(SentenceAnalysis s, int verb, ref Modality state)
    {
        var tree = s.Syntax;
        if (tree.Has(verb, VerbFlags.Negated))
        {
            state.Negated = true;
        }

        var modal = tree.ModalOf(verb);
        if (modal >= 0)
        {
            var id = s.Tokens[modal].WordId;
            if (_vocabulary.Is(id, WordClass.Normative))
            {
                state.Drop = true; // "Pakistan should sign": advice, not an event
            }
            else if (_vocabulary.Is(id, WordClass.Hedge))
            {
                state.Hypothetical = true;
                state.Hedged = true;
            }
        }
    }

    /// <summary>The word an event's clause completes: "refused", "planned", "offered", "the decision", "failure".</summary>
    private void ReadGoverningWord(SentenceAnalysis s, int word, ref Modality state)
    {
        var id = s.Tokens[word].WordId;
        var classes = _vocabulary.ClassOf(id);
        if ((classes & (WordClass.Negation | WordClass.Attempt)) == (WordClass.Negation | WordClass.Attempt))
        {
            state.FailedAttempt = true;
        }
        else if ((classes & WordClass.Negation) != 0)
        {
            state.Negated = true;
        }

        if ((classes & (WordClass.Intent | WordClass.Hedge)) != 0)
        {
            state.Hypothetical = true; // "planned to sign"; "claimed that India had attacked": only alleged
        }

        if ((classes & WordClass.Threat) != 0)
        {
            state.Threatened = true;
            state.ThreatWord = word;
        }

        if ((classes & WordClass.Normative) != 0 && s.Syntax.Tag(word) != Pos.Verb)
        {
            state.Drop = true; // "it is necessary to", "the need to"
        }
    }

    /// <summary>The verb a noun trigger depends on (through objects, obliques and prepositional phrases), or -1.</summary>
    private static int GoverningVerb(SentenceAnalysis s, int noun)
    {
        var tree = s.Syntax;
        var head = tree.PhraseOf(noun)?.Head ?? noun;
        for (var depth = 0; depth < 3 && tree.Relation(head) is Dep.NounModifier or Dep.Conjunct; depth++)
        {
            head = tree.Head(head); // "did not accept the invitation for the visit"
        }

        var relation = tree.Relation(head);
        return relation is Dep.Object or Dep.Attribute or Dep.PassiveSubject or Dep.Subject or Dep.Oblique ? tree.GoverningVerb(head) : -1;
    }

    private bool IsCalledFor(SentenceAnalysis s, int from)
    {
        for (var k = from; k < s.Tokens.Count && k < from + CalledForReach; k++)
        {
            var id = s.Tokens[k].WordId;
            if (id >= 0 && _vocabulary.Is(id, WordClass.Copula))
            {
                for (var j = k + 1; j < s.Tokens.Count && j <= k + 2; j++)
                {
                    if (s.Tokens[j].WordId >= 0 && _vocabulary.Is(s.Tokens[j].WordId, WordClass.Normative))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>Force or a sanction one only vows or wants to use is a threat of it (CAMEO 13); null for other acts.</summary>
    internal static string? ThreatCode(string code) => code.Length < 3 ? null : code[..3] switch
    {
        "161" => "1313",
        "162" => "1311",
        "163" => "1312",
        "191" => "1381",
        "192" => "1382",
        "195" => "1384",
        _ => code[..2] switch
        {
            "15" => "130",
            "16" => "131",
            "17" => "137",
            "18" or "19" or "20" => "138",
            _ => null,
        },
    };

    /// <summary>Material cooperation that is only offered or wished for is coded as the expressed intent.</summary>
    internal static string IntentCode(string code) => code switch
    {
        "045" => "039",
        _ => code[..2] switch
        {
            "06" => "031",
            "07" => "033",
            "04" => "036",
            _ => code,
        },
    };
}
