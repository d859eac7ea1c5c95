namespace Dyad.Extraction.Events;

/// <summary>Where a pattern matched in a sentence: the tokens it covers and what its slots caught.</summary>
public sealed class TriggerMatch
{
    public required EventPattern Pattern { get; init; }

    /// <summary>First token (the verb or noun).</summary>
    public int Start { get; init; }

    /// <summary>One past the last token the pattern covers.</summary>
    public int End { get; set; }

    /// <summary>The codes set by an object class slot ("military and economic assistance" -> 072, 071), if any.</summary>
    public List<string> ClassCodes { get; } = [];

    /// <summary>Token where an explicit @T target slot begins, or -1.</summary>
    public int TargetSlot { get; set; } = -1;

    /// <summary>Tokens skipped by gaps (* slots), which may hold actors for symmetric nouns ("signed the Indo-Soviet treaty").</summary>
    public List<(int Start, int End)> Gaps { get; } = [];

    /// <summary>True when a be-auxiliary stands before a participle ("was invited").</summary>
    public bool IsPassive { get; set; }

    /// <summary>The targets the coder found for this trigger, which a coordinated verb after it may share.</summary>
    public List<Actors.ActorMention>? CodedTargets { get; set; }

    public bool IsVerb => Pattern.IsVerb;

    public override string ToString() => $"{Pattern} @{Start}-{End}{(IsPassive ? " passive" : string.Empty)}";
}
