using Dyad.Storage;

namespace Dyad.Ingestion.Import;

/// <summary>What one line of a dataset file gives: an event, a mention of one, or the reason the line is unusable.</summary>
public abstract record ImportRow(string File, long Line);

public sealed record EventRow(string File, long Line, ImportedEvent Event) : ImportRow(File, Line);

public sealed record MentionRow(string File, long Line, EventMention Mention) : ImportRow(File, Line);

public sealed record BadRow(string File, long Line, string Reason) : ImportRow(File, Line)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}

/// <summary>The datasets Dyad imports.</summary>
public enum Dataset
{
    Gdelt,
    Icews,
}
