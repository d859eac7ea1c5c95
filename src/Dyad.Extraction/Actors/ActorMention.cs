using Dyad.Core.Actors;

namespace Dyad.Extraction.Actors;

[Flags]
public enum MentionFlags
{
    None = 0,

    /// <summary>Followed by 's or a bare apostrophe: "Pakistan's membership".</summary>
    Possessive = 1,

    /// <summary>Only describes something else ("Soviet-era maps", "US-led campaign"): never a party.</summary>
    Modifier = 2,

    /// <summary>An adjective or demonym ("Soviet", "Indians").</summary>
    Adjective = 4,

    /// <summary>Inside brackets right after another mention of the same actor: "the Baghdad Pact (CENTO)".</summary>
    Apposition = 8,

    /// <summary>The left part of a hyphenated pair ("Indo" in "Indo-Pak").</summary>
    PairLeft = 16,

    /// <summary>The right part of a hyphenated pair ("Pak" in "Indo-Pak").</summary>
    PairRight = 32,

    /// <summary>A pronoun or definite description standing for an actor named earlier.</summary>
    Anaphor = 64,

    /// <summary>Refers to more than one party ("both countries", "they").</summary>
    Plural = 128,
}

/// <summary>One party an actor mention can stand for: the lexicon entries that fit the words, and a role suffix.</summary>
public sealed record Party(IReadOnlyList<ActorEntry> Candidates, string Suffix)
{
    public ActorEntry First => Candidates[0];

    public ActorKind Kind => Candidates[0].Kind;

    public bool IsRegion => Candidates[0].Kind == ActorKind.Region;
}

/// <summary>
/// A stretch of tokens [Start, End) that names an actor, or (for anaphors) points back to one.
/// Parties are resolved when the mention is found; anaphors borrow their antecedent's parties.
/// </summary>
public sealed class ActorMention
{
    public ActorMention(int start, int end, IReadOnlyList<Party> parties, MentionFlags flags)
    {
        Start = start;
        End = end;
        Parties = parties;
        Flags = flags;
    }

    public int Start { get; set; }

    public int End { get; set; }

    /// <summary>Token index where the name itself ends, before any title or role words merged after it.</summary>
    public int NameEnd { get; set; }

    public IReadOnlyList<Party> Parties { get; set; }

    public MentionFlags Flags { get; set; }

    /// <summary>The role noun that headed this mention ("delegation" in "Pakistan's parliamentary delegation").</summary>
    public string? HeadNoun { get; set; }

    public bool Has(MentionFlags flag) => (Flags & flag) != 0;

    public bool IsPerson => Parties.Count == 1 && Parties[0].Kind == ActorKind.Person;

    public bool IsRegion => Parties.Count > 0 && Parties.All(p => p.IsRegion);

    public bool IsResolved => Parties.Count > 0;

    public override string ToString() => $"[{Start},{End}) {string.Join("+", Parties.Select(p => p.First.Code + p.Suffix))} {Flags}";
}
