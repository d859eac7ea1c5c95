namespace Dyad.Extraction.Events;

/// <summary>
/// One slot of a compiled pattern: a set of words, an optional word, a gap, an object class or the target. A slot may
/// also take phrases of several tokens (<see cref="Phrases"/>, longest first) besides its single words: a PETRARCH
/// synonym set of a hundred weapons, many of them multi-word, stays one slot instead of a variant per phrase.
/// </summary>
public sealed record PatternSlot(int[] WordIds, bool Optional = false, bool Gap = false, string? ObjectClass = null, bool Target = false)
{
    public int[][] Phrases { get; init; } = [];

    public bool Accepts(int wordId) => Array.IndexOf(WordIds, wordId) >= 0;
}

[Flags]
public enum PatternOptions
{
    None = 0,

    /// <summary>Direction carries no meaning: wars, treaties, talks.</summary>
    Symmetric = 1,

    /// <summary>The words themselves only suppose the event: offers, proposals, plans.</summary>
    Hypothetical = 2,

    /// <summary>The words themselves deny the event.</summary>
    Negated = 4,

    /// <summary>An offer or wish: material cooperation becomes "express intent" (07 -> 033, 06 -> 031).</summary>
    Intent = 8,

    /// <summary>The grammatical subject receives: "Pakistan received aid from the US" (source after "from").</summary>
    SubjectIsTarget = 16,

    /// <summary>Domain words refine the code: "supported India militarily, diplomatically and economically".</summary>
    Domain = 32,

    /// <summary>A participant list may all sit on one side: "X and Y held talks".</summary>
    AllowPairSubject = 64,

    /// <summary>Asking for what the object names: material cooperation becomes an appeal (07 -> 023, 06 -> 021).</summary>
    Appeal = 128,

    /// <summary>For nouns: when the noun phrase names no source, do not borrow the clause's subject.</summary>
    NoSubject = 256,

    /// <summary>The prepositions list includes "-": a direct object is allowed too.</summary>
    DirectToo = 512,

    /// <summary>Not an event: the words block other patterns inside them ("cold war").</summary>
    Blocker = 1024,

    /// <summary>For nouns: the owner is the target and the agent the source ("Pakistan's defence needs were met by France").</summary>
    OwnerIsTarget = 2048,

    /// <summary>The target must be an organisation ("Pakistan left the Commonwealth", not "left for Moscow").</summary>
    OrganizationTarget = 4096,

    /// <summary>The source must be a military actor ("Soviet troops entered Afghanistan").</summary>
    MilitarySource = 8192,

    /// <summary>
    /// Only when no other trigger follows within three words: "the two sides agreed to set up a working group" is an
    /// agreement, but "agreed to exchange ambassadors" is the exchange.
    /// </summary>
    Fallback = 16384,

    /// <summary>Only with no direct object: "protesters demonstrated outside the embassy", not "demonstrated the attitude".</summary>
    Intransitive = 32768,

    /// <summary>
    /// For nouns: as the "in" phrase of a coded act it is the medium of that act, not an event of its own ("In a joint
    /// statement, Chile and Peru condemned the raid": a condemnation, not an agreement between them).
    /// </summary>
    Medium = 65536,
}

/// <summary>
/// An event pattern from data/events: a CAMEO code and the words that state it, compiled to vocabulary ids.
/// Verb patterns start with the verb (all its forms); noun patterns start with the event noun.
/// </summary>
public sealed record EventPattern(
    string Code,
    string Source,
    bool IsVerb,
    PatternSlot[] Slots,
    PatternOptions Options,
    int[] TargetPrepositions,
    int[] PassiveSourcePrepositions,
    string? GroupCode,
    string? OrganizationCode,
    string? DomainSet,
    int[] CueWords,
    int[] NotAfterWords,
    int LineNumber)
{
    /// <summary>For verbs: whether the head form this pattern was compiled for is a past form (needed for a passive).</summary>
    public bool PastHead { get; init; }

    public bool Has(PatternOptions option) => (Options & option) != 0;

    public override string ToString() => $"{Code} {Source}";
}

/// <summary>An object class entry: words after a verb that set its code ("military aid" -> 072).</summary>
public sealed record ObjectClassEntry(string Class, string Code, int[] WordIds);
