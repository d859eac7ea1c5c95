namespace Dyad.Extraction.Lexicons;

/// <summary>
/// Every word any lexicon mentions, numbered. Tokens are looked up once, by span and without allocating,
/// and from then on the matchers compare integers.
/// </summary>
public sealed class Vocabulary
{
    public const int Unknown = -1;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _words = [];
    private readonly List<WordClass> _classes = [];

    public Vocabulary()
    {
        _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private bool _frozen;

    public int Count => _words.Count;

    /// <summary>
    /// After loading, the vocabulary only answers questions: pipelines on many threads read it at once, which is
    /// safe only while nobody writes. A stage that interns a word at construction does so while the lexicons load.
    /// </summary>
    public void Freeze() => _frozen = true;

    /// <summary>The id of a folded (lower-case) word, adding it when new.</summary>
    public int Intern(string word)
    {
        if (_ids.TryGetValue(word, out var id))
        {
            return id;
        }

        if (_frozen)
        {
            throw new InvalidOperationException($"the vocabulary is frozen; '{word}' must be interned while the lexicons load");
        }

        id = _words.Count;
        _ids.Add(word, id);
        _words.Add(word);
        _classes.Add(WordClass.None);
        return id;
    }

    public int Find(ReadOnlySpan<char> folded) => _bySpan.TryGetValue(folded, out var id) ? id : Unknown;

    public int Find(string folded) => _ids.TryGetValue(folded, out var id) ? id : Unknown;

    public string WordOf(int id) => _words[id];

    public WordClass ClassOf(int id) => id < 0 ? WordClass.None : _classes[id];

    public bool Is(int id, WordClass wordClass) => id >= 0 && (_classes[id] & wordClass) != 0;

    public void AddClass(int id, WordClass wordClass)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("the vocabulary is frozen");
        }

        _classes[id] |= wordClass;
    }
}

/// <summary>Closed-class and lexicon roles of a word, as bits; one word can have several.</summary>
[Flags]
public enum WordClass : long
{
    None = 0,
    Preposition = 1L << 0,
    Determiner = 1L << 1,
    Auxiliary = 1L << 2,
    Modal = 1L << 3,
    Negation = 1L << 4,
    Conjunction = 1L << 5,
    Pronoun = 1L << 6,
    Relative = 1L << 7,
    Subordinator = 1L << 8,
    Title = 1L << 9,
    Month = 1L << 10,
    NumberWord = 1L << 11,
    TimeUnit = 1L << 12,
    Season = 1L << 13,
    Adverb = 1L << 14,
    Possessive = 1L << 15,
    Hedge = 1L << 16,
    Intent = 1L << 17,
    NegativeVerb = 1L << 18,
    ClauseBreak = 1L << 19,
    SentenceStarter = 1L << 20,
    Ordinal = 1L << 21,
    PairAnaphor = 1L << 22,
    Copula = 1L << 23,
    Reporting = 1L << 24,
    Partitive = 1L << 25,
    TimeRelation = 1L << 26,
    PluralPronoun = 1L << 27,
    PersonPronoun = 1L << 28,
    ThingPronoun = 1L << 29,
    ModifierSuffix = 1L << 30,
    Sector = 1L << 31,
    Quantifier = 1L << 32,
    Participle = 1L << 33,
    Condition = 1L << 34,
    NameHead = 1L << 35,
    PairNoun = 1L << 36,
    StateNoun = 1L << 37,
    Normative = 1L << 38,
    RequestVerb = 1L << 39,
    Verb = 1L << 40,
    OrganizationNoun = 1L << 41,
    Adjective = 1L << 42,
    Locative = 1L << 43,
    Threat = 1L << 44,
    CompanionVerb = 1L << 45,
    Attempt = 1L << 46,
    MemberNoun = 1L << 47,
    Definite = 1L << 48,
}
