using Dyad.Core.Dates;
using Dyad.Extraction.Actors;

namespace Dyad.Extraction.Events;

/// <summary>An event being built: who, what, to whom, from which words; modality and date are filled in by later stages.</summary>
public sealed class EventDraft
{
    public required TriggerMatch Trigger { get; init; }

    public required ActorMention SourceMention { get; init; }

    public required Party Source { get; init; }

    public ActorMention? TargetMention { get; init; }

    public Party? Target { get; init; }

    public required string Code { get; set; }

    public bool Symmetric { get; set; }

    public bool Negated { get; set; }

    public bool Hypothetical { get; set; }

    public DateSpan? When { get; set; }

    /// <summary>True when the date came from the sentence itself rather than the running context.</summary>
    public bool DatedInSentence { get; set; }

    /// <summary>The date mention chosen, when one in the sentence was used.</summary>
    public int DateMention { get; set; } = -1;

    public double Confidence { get; set; } = 0.5;

    /// <summary>"the first ... since Bhutto's trip (1972)": the text claims no such event between this date and now.</summary>
    public PartialDate? FirstSince { get; set; }

    /// <summary>First token of the event's own words (trigger and arguments), for dating by nearness.</summary>
    public int SpanStart => Math.Min(Trigger.Start, Math.Min(SourceMention.Start, TargetMention?.Start ?? int.MaxValue));

    public int SpanEnd => Math.Max(Trigger.End, Math.Max(SourceMention.End, TargetMention?.End ?? 0));

    public override string ToString() => $"{Source.First.Code}{Source.Suffix} -> {Target?.First.Code}{Target?.Suffix} {Code} {When}";
}
