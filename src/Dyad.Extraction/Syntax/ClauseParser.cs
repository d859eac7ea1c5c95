using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Syntax;

/// <summary>
/// Pipeline stage: builds the dependency tree over the phrases the chunker made. One pass from left to right keeps
/// a stack of open clauses: a verb group takes the noun phrase waiting before it as its subject, the phrases after
/// it as objects and obliques, and opens a clause of its own for what it governs; subordinators, relative words and
/// complementizers open embedded clauses that close when their verb's arguments end. Coordination, apposition,
/// passives with their "by" agents, copulas with their attribute, infinitives and participles with the word that
/// controls their subject, reduced relatives ("supplies provided by the CIA") and fronted adjuncts ("During a visit
/// to the US, Bhutto ...") are recognised. Deterministic and linear in the sentence length.
/// </summary>
public sealed class ClauseParser
{
    private readonly Vocabulary _vocabulary;
    private readonly VerbFrames _frames;
    private readonly int _of;
    private readonly int _by;
    private readonly int _comma;
    private readonly int _semicolon;
    private readonly int _colon;
    private readonly int _openParen;
    private readonly int _closeParen;
    private readonly int _dash;
    private readonly int _hyphen;
    private readonly List<Unit> _units = new(64);
    private readonly List<Clause> _stack = new(8);
    private readonly List<(int Token, Dep Relation)> _fronted = new(8);

    public ClauseParser(Vocabulary vocabulary, VerbFrames frames)
    {
        _vocabulary = vocabulary;
        _frames = frames;
        _of = vocabulary.Intern("of");
        _by = vocabulary.Intern("by");
        _comma = vocabulary.Intern(",");
        _semicolon = vocabulary.Intern(";");
        _colon = vocabulary.Intern(":");
        _openParen = vocabulary.Intern("(");
        _closeParen = vocabulary.Intern(")");
        _dash = vocabulary.Intern("--");
        _hyphen = vocabulary.Intern("-");
    }

    private enum UnitKind : byte
    {
        Noun,
        Verb,
        Time,
        Preposition,
        Conjunction,
        Comma,
        Break,
        Subordinator,
        Relative,
        Complementizer,
        Adverb,
        Other,
    }

    private readonly record struct Unit(UnitKind Kind, int Head, int Start, int End);

    private enum ClauseKind : byte
    {
        Main,
        Subordinate,
        Relative,
        Complement,
        NonFinite,
    }

    private sealed class Clause
    {
        public ClauseKind Kind;
        public int Marker = -1;
        public int Verb = -1;
        public int FirstVerb = -1;
        public int PendingSubject = -1;
        public int Antecedent = -1;
        public int Governor = -1;
        public Dep Relation = Dep.Root;
        public int LastObject = -1;
        public bool SubjectAfterVerb;

        /// <summary>"during which", "with whom": the relative word is the object of a preposition, not the clause's subject.</summary>
        public bool MarkerIsOblique;
    }

    private SyntaxTree? _tree;
    private int _lastVerb;
    private readonly List<Clause> _savedStack = [];
    private (int LastNoun, UnitKind LastUnitKind, int PendingConjunction, int PendingPreposition, bool SawComma, bool LastWasPrepositionalNoun) _saved;
    private bool _inParenthesis;

    public void Process(SentenceAnalysis s)
    {
        var tree = s.Syntax;
        _tree = tree;
        _lastVerb = -1;
        BuildUnits(s);
        _stack.Clear();
        _fronted.Clear();
        _stack.Add(new Clause { Kind = ClauseKind.Main });
        _inParenthesis = false;
        var pendingPreposition = -1;
        var pendingConjunction = -1;
        var sawComma = false;
        var lastNoun = -1;
        var lastUnitKind = UnitKind.Break;
        var lastWasPrepositionalNoun = false;

        for (var u = 0; u < _units.Count; u++)
        {
            var unit = _units[u];
            var clause = _stack[^1];
            switch (unit.Kind)
            {
                case UnitKind.Preposition:
                    pendingPreposition = unit.Head;
                    break;

                case UnitKind.Time:
                    if (pendingPreposition >= 0)
                    {
                        tree.Attach(pendingPreposition, unit.Head, Dep.Case);
                        pendingPreposition = -1;
                    }

                    AttachToVerb(tree, clause, unit.Head, Dep.Time);
                    break;

                case UnitKind.Noun:
                {
                    var head = unit.Head;
                    if (lastUnitKind == UnitKind.Noun && lastNoun >= 0 && unit.Start == head && s.Folded(head) is "such" && head + 1 < tree.Count && s.Folded(head + 1) is "as")
                    {
                        tree.Attach(head, lastNoun, Dep.Modifier); // "countries such as ...": the examples follow
                        continue;
                    }

                    if (lastUnitKind == UnitKind.Noun && lastNoun >= 0 && unit.Start == head && IsFloatingQuantifier(s, head))
                    {
                        // "India and Pakistan both joined": the quantifier belongs to the phrase before it.
                        tree.Attach(head, tree.FirstConjunct(lastNoun), Dep.Modifier);
                        continue;
                    }

                    if (pendingPreposition >= 0)
                    {
                        tree.Attach(pendingPreposition, head, Dep.Case);
                        if (pendingConjunction >= 0 && lastWasPrepositionalNoun && lastUnitKind == UnitKind.Conjunction)
                        {
                            pendingConjunction = -1; // "with India and with Pakistan"
                        }

                        if (lastNoun >= 0 && tree.IsNominal(lastNoun) && s.ActorAt(lastNoun) is null && Exemplifies(s, pendingPreposition, SetNamed(s, lastNoun)))
                        {
                            // "countries such as Peru", "the signatories of the deal, including Chile": they are Peru, Chile.
                            tree.Attach(head, SetNamed(s, lastNoun), Dep.Apposition);
                        }
                        else
                        {
                            AttachPrepositional(s, clause, head, pendingPreposition, lastNoun, u);
                        }

                        pendingPreposition = -1;
                        lastWasPrepositionalNoun = true;
                    }
                    else if (pendingConjunction >= 0 && clause.Verb >= 0 && NewSubjectStarts(clause, u))
                    {
                        // "X welcomed the offer and in later years, Y visited Moscow": Y opens a coordinated clause.
                        clause = OpenCoordinateClause(tree, pendingConjunction);
                        pendingConjunction = -1;
                        AttachBareNoun(s, clause, head, lastNoun, lastUnitKind, u);
                        lastWasPrepositionalNoun = false;
                    }
                    else if (lastNoun >= 0 && (lastUnitKind == UnitKind.Conjunction && pendingConjunction >= 0 || lastUnitKind == UnitKind.Comma && ListContinues(u) && Alike(s, lastNoun, head))
                             && !NewSubjectStarts(clause, u))
                    {
                        // "India, Pakistan and China": later members hang on the first (of a renamed phrase, the phrase renamed).
                        var first = tree.FirstConjunct(tree.Relation(lastNoun) == Dep.Apposition ? tree.Head(lastNoun) : lastNoun);
                        tree.Attach(head, first, Dep.Conjunct);
                        if (pendingConjunction >= 0)
                        {
                            tree.Attach(pendingConjunction, head, Dep.Coordinator);
                        }

                        pendingConjunction = -1;
                    }
                    else if (lastUnitKind == UnitKind.Comma && u > 0 && AsyndeticClauseStarts(clause, u))
                    {
                        // "Brezhnev visits the US in June, Nixon visits Moscow in July": a comma joins two clauses.
                        clause = OpenCoordinateClause(tree, _units[u - 1].Head);
                        AttachBareNoun(s, clause, head, lastNoun, lastUnitKind, u);
                        lastWasPrepositionalNoun = false;
                    }
                    else if (lastNoun >= 0 && lastUnitKind == UnitKind.Comma && IsApposition(s, clause, lastNoun, u))
                    {
                        tree.Attach(head, lastNoun, Dep.Apposition);
                    }
                    else if (tree.Tag(unit.Head) == Pos.Adjective && u + 2 < _units.Count && _units[u + 1].Kind == UnitKind.Conjunction && _units[u + 2].Kind == UnitKind.Noun)
                    {
                        // "military and economic aid": the first adjective modifies the later noun.
                        tree.Attach(head, _units[u + 2].Head, Dep.Modifier);
                        lastUnitKind = UnitKind.Noun;
                        continue;
                    }
                    else
                    {
                        if (pendingConjunction >= 0 && clause.Verb >= 0 && NewSubjectStarts(clause, u))
                        {
                            // "X signed the treaty and Y ratified it": Y opens a coordinated clause.
                            clause = OpenCoordinateClause(tree, pendingConjunction);
                            pendingConjunction = -1;
                        }

                        AttachBareNoun(s, clause, head, lastNoun, lastUnitKind, u);
                        lastWasPrepositionalNoun = false;
                    }

                    lastNoun = head;
                    break;
                }

                case UnitKind.Verb:
                    ParseVerb(s, u, ref pendingPreposition, ref pendingConjunction, sawComma, lastNoun, lastUnitKind);
                    lastNoun = -1;
                    break;

                case UnitKind.Subordinator:
                case UnitKind.Relative:
                case UnitKind.Complementizer:
                    OpenMarkedClause(tree, unit, lastNoun, lastUnitKind);
                    pendingConjunction = -1;
                    if (unit.Kind == UnitKind.Relative && pendingPreposition >= 0 && lastUnitKind == UnitKind.Preposition)
                    {
                        // "a programme during which Pakistani missions are attacked": the preposition takes the relative
                        // word, and the noun phrase after it is the clause's own subject.
                        tree.Attach(pendingPreposition, unit.Head, Dep.Case);
                        _stack[^1].MarkerIsOblique = true;
                        pendingPreposition = -1;
                    }

                    break;

                case UnitKind.Conjunction:
                    pendingConjunction = unit.Head;
                    break;

                case UnitKind.Comma when s.Tokens[unit.Head].WordId == _openParen && !_inParenthesis:
                    // What a parenthesis holds ("Shastri (who died the next day) and Ayub Khan") is parsed on its own
                    // and then set aside: the sentence resumes as if it were not there.
                    _inParenthesis = true;
                    _savedStack.Clear();
                    _savedStack.AddRange(_stack);
                    _saved = (lastNoun, lastUnitKind, pendingConjunction, pendingPreposition, sawComma, lastWasPrepositionalNoun);
                    lastUnitKind = UnitKind.Comma;
                    sawComma = true;
                    continue;

                case UnitKind.Comma when s.Tokens[unit.Head].WordId == _closeParen && _inParenthesis:
                    _inParenthesis = false;
                    _stack.Clear();
                    _stack.AddRange(_savedStack);
                    (lastNoun, lastUnitKind, pendingConjunction, pendingPreposition, sawComma, lastWasPrepositionalNoun) = _saved;
                    continue;

                case UnitKind.Comma:
                    CloseFinishedClause(s, u);
                    break;

                case UnitKind.Break:
                    // ";" ":" and dashes end everything open: what follows is a clause of its own.
                    while (_stack.Count > 1)
                    {
                        _stack.RemoveAt(_stack.Count - 1);
                    }

                    if (_stack[0].Verb >= 0 || _stack[0].PendingSubject >= 0)
                    {
                        _stack[0] = new Clause { Kind = ClauseKind.Main };
                    }

                    pendingConjunction = -1;
                    pendingPreposition = -1;
                    lastNoun = -1;
                    break;

                case UnitKind.Adverb:
                    AttachToVerb(tree, clause, unit.Head, Dep.Adverbial);
                    break;
            }

            sawComma = unit.Kind == UnitKind.Comma;
            if (unit.Kind != UnitKind.Adverb)
            {
                lastUnitKind = unit.Kind; // an adverb is transparent: "X and then Y", "signed and later ratified"
            }
        }

        // A clause with no verb (a headline, a caption, a list item) keeps its first noun phrase as the root.
        foreach (var c in _stack)
        {
            if (c.Verb < 0 && c.PendingSubject >= 0 && tree.Head(c.PendingSubject) < 0)
            {
                tree.Attach(c.PendingSubject, -1, Dep.Root);
            }
        }
    }

    private void BuildUnits(SentenceAnalysis s)
    {
        var tree = s.Syntax;
        _units.Clear();
        var i = 0;
        while (i < tree.Count)
        {
            if (tree.PhraseOf(i) is { } phrase)
            {
                if (phrase.Kind == PhraseKind.Noun && tree.Relation(phrase.Head) == Dep.Possessor)
                {
                    i = phrase.End; // "China's" belongs to the noun phrase after it
                    continue;
                }

                _units.Add(new Unit(phrase.Kind switch { PhraseKind.Noun => UnitKind.Noun, PhraseKind.Verb => UnitKind.Verb, _ => UnitKind.Time }, phrase.Head, phrase.Start, phrase.End));
                i = phrase.End;
                continue;
            }

            var id = s.Tokens[i].WordId;
            var kind = tree.Tag(i) switch
            {
                Pos.Preposition => UnitKind.Preposition,
                Pos.Conjunction => UnitKind.Conjunction,
                Pos.Subordinator => UnitKind.Subordinator,
                Pos.Relative => UnitKind.Relative,
                Pos.Complementizer => UnitKind.Complementizer,
                Pos.Adverb => UnitKind.Adverb,
                Pos.Punctuation when id == _comma => UnitKind.Comma,
                Pos.Punctuation when id == _semicolon || id == _colon => UnitKind.Break,
                Pos.Punctuation when id == _dash || IsDash(s, i) || id == _hyphen && IsSpaced(s, i) => UnitKind.Comma, // a parenthetical dash: "— vetoing against its interests"
                _ => UnitKind.Other,
            };

            if (kind != UnitKind.Other || id == _openParen || id == _closeParen)
            {
                _units.Add(new Unit(kind == UnitKind.Other ? UnitKind.Comma : kind, i, i, i + 1));
            }

            i++;
        }
    }

    /// <summary>A hyphen with space on both sides is a dash: "BEIJING - China and India ...", "- as in 1966 -".</summary>
    private static bool IsSpaced(SentenceAnalysis s, int i) => !s.Tokens[i].IsAttached && (i + 1 >= s.Tokens.Count || !s.Tokens[i + 1].IsAttached);

    private static bool IsDash(SentenceAnalysis s, int i) => s.Text.Folded[s.Tokens[i].Start] is '\u2014' or '\u2013' && !s.Tokens[i].IsAttached;

    /// <summary>True when <paramref name="i"/> is <paramref name="phrase"/> or sits inside its prepositional phrases.</summary>
    private static bool Within(SyntaxTree tree, int i, int phrase)
    {
        for (var depth = 0; i >= 0 && depth < 6; depth++)
        {
            if (i == phrase)
            {
                return true;
            }

            if (tree.Relation(i) is not (Dep.NounModifier or Dep.Conjunct or Dep.Apposition))
            {
                return false;
            }

            i = tree.Head(i);
        }

        return false;
    }

    /// <summary>Members of a list with commas are alike: all name actors, or none does ("At one point, the Soviets and ...").</summary>
    private static bool Alike(SentenceAnalysis s, int a, int b) => (s.ActorAt(a) is not null) == (s.ActorAt(b) is not null);

    private static bool IsFloatingQuantifier(SentenceAnalysis s, int i) => s.Syntax.Tag(i) == Pos.Pronoun && s.Folded(i) is "both" or "all" or "each";

    /// <summary>A comma continues a list when the noun phrase after it is followed by another comma or by "and".</summary>
    private bool ListContinues(int u)
    {
        for (var k = u + 1; k < _units.Count; k++)
        {
            var kind = _units[k].Kind;
            if (kind == UnitKind.Preposition && k + 1 < _units.Count && _units[k + 1].Kind == UnitKind.Noun)
            {
                k++;
                continue; // "A, the Prime Minister of B, and C"
            }

            return kind == UnitKind.Conjunction || kind == UnitKind.Comma && k + 1 < _units.Count && _units[k + 1].Kind is UnitKind.Noun or UnitKind.Conjunction;
        }

        return false;
    }

    /// <summary>The noun phrase at <paramref name="u"/> is the subject of a finite verb group that follows it.</summary>
    private bool NewSubjectStarts(Clause clause, int u)
    {
        if (clause.Verb < 0 || clause.Kind != ClauseKind.Main && _stack.Exists(c => c != clause && c.Verb < 0 && c.PendingSubject >= 0))
        {
            return false; // "the treaty signed by India and Nepal remains": the finite verb is the outer clause's
        }

        for (var k = u + 1; k < _units.Count; k++)
        {
            var unit = _units[k];
            switch (unit.Kind)
            {
                case UnitKind.Preposition:
                case UnitKind.Noun:
                case UnitKind.Time:
                case UnitKind.Adverb:
                    continue;
                case UnitKind.Conjunction or UnitKind.Comma when k + 1 < _units.Count && _units[k + 1].Kind == UnitKind.Noun:
                    continue; // "and the Soviet Union and the United States signed"
                case UnitKind.Verb:
                    return (_tree!.Flags(unit.Head) & (VerbFlags.Infinitive | VerbFlags.Gerund | VerbFlags.Participle)) == 0;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>After a comma in a main clause that has its finite verb, a phrase directly followed by another finite verb is that verb's subject.</summary>
    private bool AsyndeticClauseStarts(Clause clause, int u)
    {
        if (clause.Kind != ClauseKind.Main || clause.Verb < 0 || (_tree!.Flags(clause.Verb) & VerbFlags.Finite) == 0 || u + 1 >= _units.Count || _units[u + 1].Kind != UnitKind.Verb)
        {
            return false;
        }

        var flags = _tree.Flags(_units[u + 1].Head);
        return (flags & VerbFlags.Finite) != 0 && (flags & (VerbFlags.Infinitive | VerbFlags.Gerund | VerbFlags.Participle)) == 0;
    }

    private bool IsApposition(SentenceAnalysis s, Clause clause, int previousHead, int u)
    {
        // "the Prime Minister of China, Chou-En-Lai"; "Pakistan and its ally, the United States,": a name or a
        // description renaming the phrase before, followed by a comma or the verb, not the start of a list. After a
        // fronted adjunct ("During a visit to the US, Bhutto met ...") the phrase is the subject instead.
        var next = u + 1 < _units.Count ? _units[u + 1].Kind : UnitKind.Break;
        var tree = s.Syntax;
        if (clause.Verb < 0 && !Within(tree, previousHead, clause.PendingSubject))
        {
            return false;
        }

        return next is UnitKind.Comma or UnitKind.Verb or UnitKind.Break or UnitKind.Preposition && tree.IsNominal(previousHead);
    }

    private static int SetNamed(SentenceAnalysis s, int lastNoun) =>
        s.Syntax.Relation(lastNoun) == Dep.NounModifier && s.Syntax.CaseOf(lastNoun) is var c and >= 0 && s.Folded(c) is "of" ? s.Syntax.Head(lastNoun) : lastNoun;

    /// <summary>
    /// "such as" or "including" after a plural names members of the set ("countries such as Peru"); after a singular it
    /// names parts or participants ("a summit including Peru"), which stay prepositional.
    /// </summary>
    private static bool Exemplifies(SentenceAnalysis s, int preposition, int set) =>
        s.Folded(set).EndsWith('s') && (s.Folded(preposition) is "including" || s.Folded(preposition) is "as" && preposition > 0 && s.Folded(preposition - 1) is "such");

    private void AttachPrepositional(SentenceAnalysis s, Clause clause, int noun, int preposition, int lastNoun, int u)
    {
        var tree = s.Syntax;
        var adjacent = lastNoun >= 0 && u > 1 && _units[u - 2].Kind == UnitKind.Noun && _units[u - 2].Head == lastNoun;
        var prepId = s.Tokens[preposition].WordId;
        var role = tree.Relation(tree.FirstConjunct(lastNoun));
        if (prepId == _by && clause.Verb >= 0 && tree.Has(clause.Verb, VerbFlags.Passive) && !tree.HasDependent(clause.Verb, Dep.Agent)
            && (!adjacent || !tree.IsNominal(lastNoun) || s.ActorAt(lastNoun) is { } place && place.Parties.All(p => p.Kind is Core.Actors.ActorKind.Metonym or Core.Actors.ActorKind.Region)
                || tree.Relation(lastNoun) == Dep.Oblique && tree.Head(lastNoun) == clause.Verb && tree.Tag(lastNoun) == Pos.ProperNoun && s.ActorAt(lastNoun) is null))
        {
            // "was signed on 26 March in Washington by Begin and Sadat": "by" after a passive names its agent, past
            // the places and dates between.
            tree.Attach(noun, clause.Verb, Dep.Agent);
            return;
        }

        if (adjacent && (prepId == _of || clause.Verb < 0 || role is Dep.Object or Dep.Attribute or Dep.NounModifier or Dep.Oblique or Dep.Agent or Dep.IndirectObject || tree.Relation(lastNoun) is Dep.Object or Dep.Attribute or Dep.NounModifier or Dep.Oblique or Dep.Agent or Dep.IndirectObject or Dep.PassiveSubject or Dep.Subject))
        {
            // Low attachment: "the invasion of Afghanistan", "an agreement with India", "relations between X and Y".
            tree.Attach(noun, lastNoun, Dep.NounModifier);
            return;
        }

        if (clause.Verb >= 0)
        {
            tree.Attach(noun, clause.Verb, prepId == _by && tree.Has(clause.Verb, VerbFlags.Passive) ? Dep.Agent : Dep.Oblique);
            return;
        }

        // Before the verb: "In Kabul, he backed ...", "During a visit to the US, Bhutto ...".
        _fronted.Add((noun, Dep.Oblique));
    }

    private void AttachBareNoun(SentenceAnalysis s, Clause clause, int head, int lastNoun, UnitKind lastUnitKind, int u)
    {
        var tree = s.Syntax;
        if (clause.Verb < 0)
        {
            if (clause.PendingSubject < 0 || tree.Head(clause.PendingSubject) >= 0 && tree.Relation(clause.PendingSubject) != Dep.Root)
            {
                clause.PendingSubject = head;
            }
            else
            {
                // Two bare noun phrases before a verb: the later one is the subject ("Two months later Pakistani officials agreed").
                clause.PendingSubject = head;
            }

            return;
        }

        var verb = clause.Verb;
        if (clause.SubjectAfterVerb && !tree.HasDependent(verb, Dep.Subject))
        {
            tree.Attach(head, verb, tree.Has(verb, VerbFlags.Passive) ? Dep.PassiveSubject : Dep.Subject); // "..., said the document"
            clause.SubjectAfterVerb = false;
            return;
        }

        if (tree.Has(verb, VerbFlags.Copula))
        {
            if (!tree.HasDependent(verb, Dep.Attribute))
            {
                tree.Attach(head, verb, Dep.Attribute);
                clause.LastObject = head;
                return;
            }
        }
        else if (clause.LastObject < 0)
        {
            tree.Attach(head, verb, Dep.Object);
            clause.LastObject = head;
            return;
        }
        else if (lastUnitKind == UnitKind.Noun && lastNoun == clause.LastObject && tree.Relation(lastNoun) == Dep.Object)
        {
            // "gave Pakistan aid": the first object receives.
            tree.Attach(lastNoun, verb, Dep.IndirectObject);
            tree.Attach(head, verb, Dep.Object);
            clause.LastObject = head;
            return;
        }

        if (lastNoun >= 0 && lastUnitKind == UnitKind.Comma)
        {
            tree.Attach(head, lastNoun, Dep.Apposition);
            return;
        }

        tree.Attach(head, verb, Dep.Object);
        clause.LastObject = head;
    }

    private void AttachToVerb(SyntaxTree tree, Clause clause, int dependent, Dep relation)
    {
        if (clause.Verb >= 0)
        {
            tree.Attach(dependent, clause.Verb, relation);
        }
        else
        {
            _fronted.Add((dependent, relation));
        }
    }

    private Clause OpenCoordinateClause(SyntaxTree tree, int conjunction)
    {
        var previous = _stack[^1];
        while (_stack.Count > 1 && _stack[^1].Kind != ClauseKind.Main && _stack[^1].Kind != ClauseKind.Complement)
        {
            _stack.RemoveAt(_stack.Count - 1);
            previous = _stack[^1];
        }

        var next = new Clause { Kind = previous.Kind, Governor = previous.FirstVerb >= 0 ? previous.FirstVerb : previous.Verb, Relation = Dep.Conjunct, Marker = conjunction };
        _stack[^1] = next;
        return next;
    }

    private void OpenMarkedClause(SyntaxTree tree, Unit unit, int lastNoun, UnitKind lastUnitKind)
    {
        var current = _stack[^1];
        var clause = new Clause { Marker = unit.Head };
        switch (unit.Kind)
        {
            case UnitKind.Relative:
                clause.Kind = ClauseKind.Relative;
                clause.Antecedent = lastNoun;
                clause.Governor = lastNoun;
                clause.Relation = Dep.RelativeClause;
                break;
            case UnitKind.Complementizer:
                clause.Kind = ClauseKind.Complement;
                clause.Governor = lastUnitKind == UnitKind.Noun && lastNoun >= 0 && current.Verb >= 0 && tree.Relation(lastNoun) != Dep.Subject ? lastNoun : current.Verb;
                clause.Relation = Dep.ClausalComplement;
                if (clause.Governor < 0)
                {
                    clause.Governor = -2; // the verb comes later: "That X happened surprised Y" (rare)
                }

                break;
            default:
                clause.Kind = ClauseKind.Subordinate;
                clause.Governor = current.Verb >= 0 ? current.Verb : -2; // -2: the main verb, once it is known
                clause.Relation = Dep.AdverbialClause;
                break;
        }

        _stack.Add(clause);
    }

    /// <summary>
    /// A comma after embedded clauses that have their verbs closes them ("Seeing the invasion faltering, the Soviet
    /// Union ..."), unless a list goes on; a that-clause runs on past commas.
    /// </summary>
    private void CloseFinishedClause(SentenceAnalysis s, int u)
    {
        var next = u + 1 < _units.Count ? _units[u + 1] : default;
        if (u > 0 && _units[u - 1].Kind == UnitKind.Noun && next.Kind == UnitKind.Noun && ListContinues(u + 1))
        {
            return; // "which signed agreements with India, Pakistan and Iran"
        }

        var top = _stack[^1];
        if (next.Kind == UnitKind.Preposition && s.Tokens[next.Head].WordId == _by && top.Verb >= 0
            && s.Syntax.Has(top.Verb, VerbFlags.Passive) && !s.Syntax.HasDependent(top.Verb, Dep.Agent))
        {
            return; // "the accord signed on 10 January 1966, by Shastri and Ayub Khan": the agent comes after the comma
        }

        while (_stack.Count > 1 && _stack[^1].Verb >= 0 && _stack[^1].Kind != ClauseKind.Complement)
        {
            if (next.Kind == UnitKind.Verb && _stack[^1].Kind == ClauseKind.NonFinite)
            {
                return;
            }

            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    private void ParseVerb(SentenceAnalysis s, int u, ref int pendingPreposition, ref int pendingConjunction, bool afterComma, int lastNoun, UnitKind lastUnitKind)
    {
        var tree = s.Syntax;
        var verb = _units[u].Head;
        var flags = tree.Flags(verb);
        var clause = _stack[^1];

        if ((flags & VerbFlags.Infinitive) != 0)
        {
            OpenNonFinite(tree, verb, ControllerOfInfinitive(s, clause, lastNoun, lastUnitKind, out var governor), governor, Dep.OpenComplement);
            pendingPreposition = -1;
            return;
        }

        var bareParticiple = (flags & VerbFlags.Participle) != 0
            || (flags & VerbFlags.Finite) != 0 && tree.Form(verb) == (VerbForm.Past | VerbForm.Participle) && tree.PhraseOf(verb) is { } p && p.Start == verb
               && IsReducedRelative(s, u, clause, lastNoun, lastUnitKind);
        if (bareParticiple || (flags & VerbFlags.Gerund) != 0)
        {
            if (bareParticiple)
            {
                tree.SetFlags(verb, (flags & ~VerbFlags.Finite) | VerbFlags.Participle | VerbFlags.Passive);
            }

            if (pendingConjunction >= 0 && lastUnitKind == UnitKind.Conjunction && clause.Kind == ClauseKind.NonFinite && clause.Verb >= 0
                && (tree.Flags(clause.Verb) & (VerbFlags.Gerund | VerbFlags.Participle)) == (tree.Flags(verb) & (VerbFlags.Gerund | VerbFlags.Participle)))
            {
                // "by sending troops and launching raids": the second shares what governs the first.
                tree.Attach(verb, clause.FirstVerb, Dep.Conjunct);
                tree.Attach(pendingConjunction, verb, Dep.Coordinator);
                pendingConjunction = -1;
                clause.Verb = verb;
                clause.LastObject = -1;
                return;
            }

            ParseNonFinite(s, verb, clause, ref pendingPreposition, lastNoun, lastUnitKind, afterComma);
            return;
        }

        // A finite verb.
        while (clause.Verb >= 0)
        {
            if (pendingConjunction >= 0 && (lastUnitKind == UnitKind.Conjunction || lastUnitKind == UnitKind.Adverb || lastUnitKind == UnitKind.Time))
            {
                // "visited Moscow and signed": the verbs share a subject.
                var first = clause.FirstVerb >= 0 ? clause.FirstVerb : clause.Verb;
                tree.Attach(verb, first, Dep.Conjunct);
                tree.Attach(pendingConjunction, verb, Dep.Coordinator);
                pendingConjunction = -1;
                clause.Verb = verb;
                clause.LastObject = -1;
                _lastVerb = verb;
                return;
            }

            if (clause.Kind != ClauseKind.Main && _stack.Count > 1)
            {
                _stack.RemoveAt(_stack.Count - 1);
                clause = _stack[^1];
                continue;
            }

            // Two finite verbs with nothing between but an object: "said Pakistan had attacked" (a complement with its subject).
            if (clause.LastObject >= 0 && lastUnitKind is UnitKind.Noun && lastNoun >= 0 && tree.Relation(lastNoun) is Dep.Object or Dep.Conjunct
                && tree.FirstConjunct(lastNoun) == clause.LastObject || lastNoun == clause.LastObject && lastNoun >= 0)
            {
                var subject = tree.FirstConjunct(clause.LastObject);
                var complement = new Clause { Kind = ClauseKind.Complement, Governor = clause.Verb, Relation = Dep.ClausalComplement, PendingSubject = subject };
                tree.Attach(subject, -1, Dep.None);
                _stack.Add(complement);
                clause = complement;
                break;
            }

            if ((afterComma || lastUnitKind == UnitKind.Comma) && !_frames.Reporting.Contains(tree.Lemma(verb)))
            {
                // "took Kabul within days, killed the president, and installed ...": a list of verbs sharing the subject.
                var first = clause.FirstVerb >= 0 ? clause.FirstVerb : clause.Verb;
                tree.Attach(verb, first, Dep.Conjunct);
                clause.Verb = verb;
                clause.LastObject = -1;
                _lastVerb = verb;
                return;
            }

            // Otherwise a new clause: "..., said the document", or a clause with its own subject.
            var fresh = new Clause { Kind = ClauseKind.Main, Governor = clause.FirstVerb >= 0 ? clause.FirstVerb : clause.Verb, Relation = Dep.Conjunct };
            if (lastNoun >= 0 && lastUnitKind == UnitKind.Noun && tree.Head(lastNoun) < 0)
            {
                fresh.PendingSubject = lastNoun;
            }
            else if (afterComma || lastUnitKind == UnitKind.Comma)
            {
                fresh.SubjectAfterVerb = true;
            }

            _stack[^1] = fresh;
            clause = fresh;
            break;
        }

        SetClauseVerb(s, clause, verb);
        pendingConjunction = -1;
    }

    private void SetClauseVerb(SentenceAnalysis s, Clause clause, int verb)
    {
        var tree = s.Syntax;
        var passive = tree.Has(verb, VerbFlags.Passive);
        _lastVerb = verb;
        clause.Verb = verb;
        clause.FirstVerb = verb;
        var governor = clause.Governor == -2 ? -1 : clause.Governor;
        tree.Attach(verb, governor, governor < 0 && clause.Relation is Dep.AdverbialClause or Dep.ClausalComplement ? Dep.Root : clause.Relation);
        if (clause.Governor == -2 && clause.Relation == Dep.AdverbialClause)
        {
            // A fronted subordinate clause waits for the main verb: "When X did Y, Z did W".
            _fronted.Add((verb, Dep.AdverbialClause));
        }

        if (clause.Marker >= 0 && tree.Head(clause.Marker) < 0)
        {
            tree.Attach(clause.Marker, verb, Dep.Marker);
        }

        if (clause.PendingSubject >= 0)
        {
            tree.Attach(clause.PendingSubject, verb, passive ? Dep.PassiveSubject : Dep.Subject);
            clause.PendingSubject = -1;
        }
        else if (clause.Kind == ClauseKind.Relative && clause.Antecedent >= 0 && clause.Marker >= 0)
        {
            // "a country that could provide arms", "the Soviet Union, which became ...": the relative word is the subject
            // ("the talks in which ..." has none: what follows the verb is all there is).
            tree.Attach(clause.Marker, verb, clause.MarkerIsOblique ? Dep.Oblique : passive ? Dep.PassiveSubject : Dep.Subject);
        }

        if (clause.Kind == ClauseKind.Main || clause.Kind == ClauseKind.Subordinate && clause.Governor != -2)
        {
            // Adjuncts that came before the verb (fronted prepositional phrases, participles, subordinate clauses).
            for (var f = _fronted.Count - 1; f >= 0; f--)
            {
                var (token, relation) = _fronted[f];
                if (token != verb && tree.Head(token) < 0)
                {
                    tree.Attach(token, verb, relation);
                }

                _fronted.RemoveAt(f);
            }
        }
    }

    private int ControllerOfInfinitive(SentenceAnalysis s, Clause clause, int lastNoun, UnitKind lastUnitKind, out int governor)
    {
        // "urged Pakistan to sign": the object; "the decision to provide arms": the noun's; "agreed to sign": the subject.
        var tree = s.Syntax;
        if (lastUnitKind == UnitKind.Noun && lastNoun >= 0)
        {
            if (clause.Verb >= 0 && (tree.Relation(lastNoun) == Dep.Object && _frames.ObjectControl.Contains(tree.Lemma(clause.Verb))
                || tree.Relation(lastNoun) == Dep.Oblique && tree.Head(lastNoun) == clause.Verb && tree.CaseOf(lastNoun) is var preposition and >= 0
                    && _frames.ObliqueControl.Contains((tree.Lemma(clause.Verb), s.Tokens[preposition].WordId))))
            {
                governor = clause.Verb;
                return lastNoun;
            }

            if (_frames.InfinitiveNouns.Contains(s.Tokens[lastNoun].WordId) || clause.Verb < 0)
            {
                governor = lastNoun;
                return -1;
            }

            // "faced pressure from Brazil to attack", "a decision by Chile to withdraw": the infinitive is the noun's,
            // past the phrase that says whose it is.
            if (tree.Relation(lastNoun) == Dep.NounModifier && tree.Head(lastNoun) is var holder and >= 0 && _frames.InfinitiveNouns.Contains(s.Tokens[holder].WordId))
            {
                governor = holder;
                return -1;
            }
        }

        // "Pakistan was urged (by Chile) to sign": in the passive, the one urged is the subject.
        if (clause.Verb >= 0 && tree.Has(clause.Verb, VerbFlags.Passive) && _frames.ObjectControl.Contains(tree.Lemma(clause.Verb))
            && tree.Dependent(clause.Verb, Dep.PassiveSubject) is var urged and >= 0)
        {
            governor = clause.Verb;
            return urged;
        }

        governor = clause.Verb;
        return -1;
    }

    private void OpenNonFinite(SyntaxTree tree, int verb, int controller, int governor, Dep relation)
    {
        if (governor >= 0)
        {
            tree.Attach(verb, governor, relation);
        }
        else
        {
            _fronted.Add((verb, relation == Dep.OpenComplement ? Dep.AdverbialClause : relation));
        }

        if (controller >= 0)
        {
            tree.SetController(verb, controller);
        }

        var clause = new Clause { Kind = ClauseKind.NonFinite, Verb = verb, FirstVerb = verb, Governor = governor, Relation = relation };
        _stack.Add(clause);
    }

    private void ParseNonFinite(SentenceAnalysis s, int verb, Clause clause, ref int pendingPreposition, int lastNoun, UnitKind lastUnitKind, bool afterComma)
    {
        var tree = s.Syntax;
        if (pendingPreposition >= 0)
        {
            // "by sending troops", "after signing the pact": an adverbial clause of the clause's verb. Right after a
            // noun, the gerund belongs to it ("its interest in providing aid") or, after a name, has it as its subject
            // ("accused India of supporting the rebels").
            tree.Attach(pendingPreposition, verb, Dep.Marker);
            var afterNoun = lastNoun >= 0 && tree.PhraseOf(lastNoun) is { } nounPhrase && nounPhrase.End == pendingPreposition && clause.Verb >= 0;
            pendingPreposition = -1;
            if (afterNoun && s.ActorAt(lastNoun) is null && tree.Relation(lastNoun) is Dep.Object or Dep.Oblique or Dep.Attribute)
            {
                OpenNonFinite(tree, verb, -1, lastNoun, Dep.OpenComplement);
                return;
            }

            OpenNonFinite(tree, verb, afterNoun && s.ActorAt(lastNoun) is not null ? lastNoun : -1, clause.Verb, Dep.AdverbialClause);
            return;
        }

        if (lastUnitKind == UnitKind.Noun && lastNoun >= 0 || afterComma && lastNoun >= 0 && tree.Relation(lastNoun) is Dep.Subject or Dep.None or Dep.PassiveSubject && clause.Verb < 0)
        {
            // "supplies provided by the CIA", "troops fighting in Kashmir", "Pakistan, backed by the US, ...".
            if (clause.Verb < 0 && clause.PendingSubject == lastNoun || clause.Verb >= 0 || tree.Relation(lastNoun) != Dep.None)
            {
                OpenNonFinite(tree, verb, lastNoun, lastNoun, Dep.RelativeClause);
                return;
            }
        }

        if (clause.Verb >= 0 || afterComma && _lastVerb >= 0)
        {
            // ", killing twelve soldiers" (the nearest clause before the comma, even a subordinate one); "began withdrawing".
            OpenNonFinite(tree, verb, -1, afterComma && _lastVerb >= 0 ? _lastVerb : clause.Verb, lastUnitKind == UnitKind.Verb ? Dep.OpenComplement : Dep.AdverbialClause);
            return;
        }

        // "Visiting Moscow, Bhutto signed ...", "Backed by the US, Pakistan ...": the subject comes with the main verb.
        OpenNonFinite(tree, verb, -1, -1, Dep.AdverbialClause);
    }

    /// <summary>
    /// "The supplies provided by the CIA reached the rebels": a bare past form right after the subject, followed by a
    /// prepositional phrase, with a finite verb later that would otherwise have no subject, is a participle.
    /// </summary>
    private bool IsReducedRelative(SentenceAnalysis s, int u, Clause clause, int lastNoun, UnitKind lastUnitKind)
    {
        var tree = s.Syntax;
        if (lastUnitKind != UnitKind.Noun || lastNoun < 0)
        {
            return false;
        }

        if (clause.Kind is ClauseKind.Relative or ClauseKind.Subordinate or ClauseKind.Complement && clause.Verb < 0)
        {
            return false; // "the war that the Soviet Union waged in Afghanistan": the relative clause's own verb
        }

        if (clause.Kind != ClauseKind.Main && _stack.Exists(c => c.Verb < 0 && c != clause))
        {
            return false; // "The war that the Soviet Union waged in Afghanistan ended in 1989": the main clause still needs its verb
        }

        var afterSubject = clause.Verb < 0 && (clause.PendingSubject == lastNoun
            || tree.Relation(lastNoun) == Dep.Apposition && tree.Head(lastNoun) == clause.PendingSubject);
        var afterObject = clause.Verb >= 0 && (tree.Relation(lastNoun) is Dep.Object or Dep.Oblique or Dep.NounModifier or Dep.Agent);
        if (!afterSubject && !afterObject)
        {
            return false;
        }

        var next = u + 1 < _units.Count ? _units[u + 1] : default;
        if (u + 1 >= _units.Count || next.Kind != UnitKind.Preposition && next.Kind != UnitKind.Time && next.Kind != UnitKind.Comma)
        {
            return false; // "India signed the treaty": an object follows, a finite verb
        }

        if (afterObject)
        {
            // "weapons supplied by China", "the treaty signed in 1954": after an object only with an agent or a time.
            return next.Kind == UnitKind.Time || s.Tokens[next.Head].WordId == _by || next.Kind == UnitKind.Preposition && u + 2 < _units.Count && _units[u + 2].Kind == UnitKind.Time;
        }

        // After the subject: when a later finite verb needs it, or when its agent follows before any object
        // ("the accord signed on 10 January, by Shastri and Ayub Khan").
        var afterPreposition = false;
        for (var k = u + 1; k < _units.Count; k++)
        {
            var unit = _units[k];
            if (unit.Kind == UnitKind.Preposition && s.Tokens[unit.Head].WordId == _by)
            {
                return true;
            }

            if (unit.Kind == UnitKind.Noun && !afterPreposition)
            {
                return false; // an object: "India signed the treaty on Monday"
            }

            afterPreposition = unit.Kind == UnitKind.Preposition || afterPreposition && unit.Kind is UnitKind.Noun or UnitKind.Time or UnitKind.Comma;
            if (unit.Kind is UnitKind.Conjunction or UnitKind.Subordinator or UnitKind.Relative or UnitKind.Complementizer or UnitKind.Break)
            {
                return false;
            }

            if (unit.Kind == UnitKind.Verb)
            {
                return tree.Has(unit.Head, VerbFlags.Finite) && !tree.Has(unit.Head, VerbFlags.Infinitive);
            }
        }

        return false;
    }
}
