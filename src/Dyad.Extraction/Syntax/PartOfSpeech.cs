namespace Dyad.Extraction.Syntax;

/// <summary>Coarse parts of speech, enough to find clauses, their predicates and their noun phrases.</summary>
public enum Pos : byte
{
    Unknown,
    Noun,
    ProperNoun,
    Adjective,
    Number,
    Pronoun,
    Determiner,

    /// <summary>A possessive pronoun (his, its, their) or the clitic 's.</summary>
    Possessive,
    Verb,

    /// <summary>A form of be, have or do.</summary>
    Auxiliary,
    Modal,
    Negation,
    Adverb,
    Preposition,

    /// <summary>"to" before an infinitive.</summary>
    InfinitiveTo,
    Conjunction,
    Subordinator,

    /// <summary>which, who, whom, whose, and "that" opening a relative clause.</summary>
    Relative,

    /// <summary>"that" (or "whether") opening a complement clause: "said that ...".</summary>
    Complementizer,
    Punctuation,
}

/// <summary>The forms a verb token can be; regular -ed forms are both past and participle.</summary>
[Flags]
public enum VerbForm : byte
{
    None = 0,

    /// <summary>The bare form, also the present tense but for the third person singular.</summary>
    Base = 1,

    /// <summary>The third person singular present: attacks, visits.</summary>
    Present = 2,
    Past = 4,
    Participle = 8,
    Gerund = 16,
}

/// <summary>Grammatical relations between a head and a dependent, after Universal Dependencies where they fit.</summary>
public enum Dep : byte
{
    None,
    Root,

    /// <summary>The subject of an active verb.</summary>
    Subject,

    /// <summary>The subject of a passive verb: the one acted upon.</summary>
    PassiveSubject,

    /// <summary>The direct object.</summary>
    Object,

    /// <summary>The first of two objects: "gave Pakistan aid" (Pakistan).</summary>
    IndirectObject,

    /// <summary>A noun phrase after a preposition that depends on a verb: "signed a treaty with India".</summary>
    Oblique,

    /// <summary>The "by" phrase of a passive: who did it.</summary>
    Agent,

    /// <summary>What a copula says its subject is: "China is Pakistan's largest supplier".</summary>
    Attribute,

    /// <summary>An infinitive or gerund complement whose subject is controlled: "agreed to sign".</summary>
    OpenComplement,

    /// <summary>A clause with its own subject: "said that India had attacked".</summary>
    ClausalComplement,

    /// <summary>A subordinate clause of time, reason or manner: "when the war began", "by sending troops".</summary>
    AdverbialClause,

    /// <summary>A clause modifying a noun: "supplies provided by the CIA", "a country that could help".</summary>
    RelativeClause,

    /// <summary>A phrase after a preposition that depends on a noun: "the invasion of Afghanistan".</summary>
    NounModifier,

    /// <summary>The owner before 's or a possessive pronoun: "Pakistan's membership".</summary>
    Possessor,

    /// <summary>A word modifying a noun inside its phrase: "the Soviet invasion", "military aid".</summary>
    Modifier,

    /// <summary>A noun phrase renaming the one before it: "the Prime Minister of China, Zhou Enlai".</summary>
    Apposition,

    /// <summary>A later member of a coordination; its head is the first member.</summary>
    Conjunct,

    /// <summary>The preposition of an oblique or noun modifier (its head is that noun).</summary>
    Case,

    /// <summary>A subordinator, relative word or complementizer opening a clause (its head is the clause's verb).</summary>
    Marker,
    Auxiliary,
    Negation,
    Determiner,
    Coordinator,
    Adverbial,
    Punctuation,

    /// <summary>A time expression attached to a verb or noun.</summary>
    Time,
}
