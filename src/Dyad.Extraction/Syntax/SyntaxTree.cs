namespace Dyad.Extraction.Syntax;

public enum PhraseKind : byte
{
    /// <summary>A noun phrase: "the 1979 Soviet invasion", "Pakistan's armed forces", "they".</summary>
    Noun,

    /// <summary>A verb group: "had been invited", "will not sign", "to visit".</summary>
    Verb,

    /// <summary>A time expression standing as an adjunct: "in 1954", "on Tuesday".</summary>
    Time,
}

/// <summary>A chunk of the sentence: tokens [Start, End) and the token that heads it.</summary>
public readonly record struct Phrase(PhraseKind Kind, int Start, int End, int Head);

/// <summary>What a verb group says about its verb.</summary>
[Flags]
public enum VerbFlags : ushort
{
    None = 0,

    /// <summary>Carries tense (or a modal): it can have a subject of its own.</summary>
    Finite = 1,
    Passive = 2,
    Perfect = 4,
    Progressive = 8,
    Negated = 16,
    Modal = 32,

    /// <summary>"to sign".</summary>
    Infinitive = 64,

    /// <summary>An -ing form with no auxiliary: "by sending troops", "Visiting Moscow, ...".</summary>
    Gerund = 128,

    /// <summary>A past participle with no auxiliary: "supplies provided by the CIA", "Backed by the US, ...".</summary>
    Participle = 256,

    /// <summary>A form of be, become or remain linking its subject to what it is.</summary>
    Copula = 512,
}

/// <summary>
/// The grammatical analysis of one sentence, in the sentence analysis object: a part of speech and a verb form per
/// token, the phrases, and a dependency tree over tokens (each token's head and relation). Buffers are reused from
/// sentence to sentence. Components above it ask for grammatical relations (subject, object, agent, the
/// prepositional phrases of a word) instead of counting word distances.
/// </summary>
public sealed class SyntaxTree
{
    private Pos[] _tags = new Pos[128];
    private VerbForm[] _forms = new VerbForm[128];
    private int[] _lemmas = new int[128];
    private int[] _heads = new int[128];
    private Dep[] _deps = new Dep[128];
    private int[] _phraseOf = new int[128];
    private VerbFlags[] _verbFlags = new VerbFlags[128];
    private int[] _modal = new int[128];
    private int[] _firstChild = new int[128];
    private int[] _nextSibling = new int[128];
    private int[] _controller = new int[128];

    public int Count { get; private set; }

    public List<Phrase> Phrases { get; } = new(48);

    public void Reset(int count)
    {
        if (_tags.Length < count)
        {
            var size = Math.Max(count, _tags.Length * 2);
            _tags = new Pos[size];
            _forms = new VerbForm[size];
            _lemmas = new int[size];
            _heads = new int[size];
            _deps = new Dep[size];
            _phraseOf = new int[size];
            _verbFlags = new VerbFlags[size];
            _modal = new int[size];
            _firstChild = new int[size];
            _nextSibling = new int[size];
            _controller = new int[size];
        }

        Count = count;
        Array.Clear(_tags, 0, count);
        Array.Clear(_forms, 0, count);
        Array.Fill(_lemmas, -1, 0, count);
        Array.Fill(_heads, -1, 0, count);
        Array.Clear(_deps, 0, count);
        Array.Fill(_phraseOf, -1, 0, count);
        Array.Clear(_verbFlags, 0, count);
        Array.Fill(_modal, -1, 0, count);
        Array.Fill(_firstChild, -1, 0, count);
        Array.Fill(_nextSibling, -1, 0, count);
        Array.Fill(_controller, -1, 0, count);
        Phrases.Clear();
    }

    public Pos Tag(int i) => i >= 0 && i < Count ? _tags[i] : Pos.Unknown;

    public void SetTag(int i, Pos tag, VerbForm form = VerbForm.None)
    {
        _tags[i] = tag;
        _forms[i] = form;
    }

    public VerbForm Form(int i) => i >= 0 && i < Count ? _forms[i] : VerbForm.None;

    public int Lemma(int i) => i >= 0 && i < Count ? _lemmas[i] : -1;

    public void SetLemma(int i, int lemma) => _lemmas[i] = lemma;

    public bool IsNominal(int i) => Tag(i) is Pos.Noun or Pos.ProperNoun or Pos.Pronoun or Pos.Number;

    public int Head(int i) => i >= 0 && i < Count ? _heads[i] : -1;

    public Dep Relation(int i) => i >= 0 && i < Count ? _deps[i] : Dep.None;

    public int PhraseIndexOf(int i) => i >= 0 && i < Count ? _phraseOf[i] : -1;

    public Phrase? PhraseOf(int i) => PhraseIndexOf(i) is var p and >= 0 ? Phrases[p] : null;

    public int AddPhrase(Phrase phrase)
    {
        Phrases.Add(phrase);
        var index = Phrases.Count - 1;
        for (var k = phrase.Start; k < phrase.End; k++)
        {
            _phraseOf[k] = index;
        }

        return index;
    }

    public VerbFlags Flags(int verb) => verb >= 0 && verb < Count ? _verbFlags[verb] : VerbFlags.None;

    public void SetFlags(int verb, VerbFlags flags) => _verbFlags[verb] = flags;

    public bool Has(int verb, VerbFlags flag) => (Flags(verb) & flag) != 0;

    /// <summary>The modal of a verb group ("will" in "will sign"), or -1.</summary>
    public int ModalOf(int verb) => verb >= 0 && verb < Count ? _modal[verb] : -1;

    public void SetModal(int verb, int modalToken) => _modal[verb] = modalToken;

    /// <summary>For a verb with no subject of its own (an infinitive, a participle): the word that supplies it, or -1.</summary>
    public int Controller(int verb) => verb >= 0 && verb < Count ? _controller[verb] : -1;

    public void SetController(int verb, int controller) => _controller[verb] = controller;

    /// <summary>
    /// Makes <paramref name="head"/> the head of <paramref name="dependent"/> (replacing any earlier attachment),
    /// unless the head lies inside the dependent's own subtree.
    /// </summary>
    /// <remarks>
    /// Refusing cycles keeps every walk up the heads finite: on broken text ("In X, which traded until Y signed") a
    /// fronted phrase could otherwise be hung under a verb of its own relative clause, and a walk would never end.
    /// </remarks>
    public bool Attach(int dependent, int head, Dep relation)
    {
        if (dependent < 0 || dependent >= Count || head == dependent || head >= Count || Dominates(dependent, head))
        {
            return false;
        }

        Detach(dependent);
        _heads[dependent] = head;
        _deps[dependent] = relation;
        if (head < 0)
        {
            return true;
        }

        // Children are kept in token order, so "the first object" is the leftmost.
        var child = _firstChild[head];
        if (child < 0 || child > dependent)
        {
            _nextSibling[dependent] = child;
            _firstChild[head] = dependent;
            return true;
        }

        while (_nextSibling[child] >= 0 && _nextSibling[child] < dependent)
        {
            child = _nextSibling[child];
        }

        _nextSibling[dependent] = _nextSibling[child];
        _nextSibling[child] = dependent;
        return true;
    }

    /// <summary>Whether <paramref name="low"/> is <paramref name="top"/> or lies below it.</summary>
    public bool Dominates(int top, int low)
    {
        for (var k = low; k >= 0 && k < Count; k = _heads[k])
        {
            if (k == top)
            {
                return true;
            }
        }

        return false;
    }

    private void Detach(int dependent)
    {
        var head = _heads[dependent];
        if (head < 0)
        {
            return;
        }

        if (_firstChild[head] == dependent)
        {
            _firstChild[head] = _nextSibling[dependent];
        }
        else
        {
            for (var child = _firstChild[head]; child >= 0; child = _nextSibling[child])
            {
                if (_nextSibling[child] == dependent)
                {
                    _nextSibling[child] = _nextSibling[dependent];
                    break;
                }
            }
        }

        _nextSibling[dependent] = -1;
        _heads[dependent] = -1;
        _deps[dependent] = Dep.None;
    }

    public ChildEnumerator Children(int head) => new(this, head < 0 || head >= Count ? -1 : _firstChild[head]);

    /// <summary>The first dependent of <paramref name="head"/> with this relation, or -1.</summary>
    public int Dependent(int head, Dep relation)
    {
        foreach (var child in Children(head))
        {
            if (_deps[child] == relation)
            {
                return child;
            }
        }

        return -1;
    }

    public bool HasDependent(int head, Dep relation) => Dependent(head, relation) >= 0;

    /// <summary>A head and the later members coordinated with it ("India, Pakistan and China"), in order.</summary>
    public void WithConjuncts(int head, List<int> into)
    {
        if (head < 0)
        {
            return;
        }

        into.Add(head);
        foreach (var child in Children(head))
        {
            if (_deps[child] == Dep.Conjunct)
            {
                into.Add(child);
            }
        }
    }

    /// <summary>The first member of the coordination a word belongs to (the word itself when it is not a later member).</summary>
    public int FirstConjunct(int i)
    {
        while (i >= 0 && _deps[i] == Dep.Conjunct && _heads[i] >= 0)
        {
            i = _heads[i];
        }

        return i;
    }

    /// <summary>The preposition marking an oblique or a noun modifier ("with" for "with India"), or -1.</summary>
    public int CaseOf(int noun) => Dependent(noun, Dep.Case);

    /// <summary>The verb a word's clause hangs on, going up through noun phrases, or -1.</summary>
    public int GoverningVerb(int i)
    {
        for (var k = Head(i); k >= 0; k = Head(k))
        {
            if (Tag(k) is Pos.Verb or Pos.Auxiliary)
            {
                return k;
            }
        }

        return -1;
    }

    public struct ChildEnumerator
    {
        private readonly SyntaxTree _tree;
        private int _next;

        internal ChildEnumerator(SyntaxTree tree, int first)
        {
            _tree = tree;
            _next = first;
            Current = -1;
        }

        public int Current { get; private set; }

        public readonly ChildEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next < 0)
            {
                return false;
            }

            Current = _next;
            _next = _tree._nextSibling[_next];
            return true;
        }
    }
}
