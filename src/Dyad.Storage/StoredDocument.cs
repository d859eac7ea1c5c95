namespace Dyad.Storage;

/// <summary>A document as the store knows it.</summary>
public sealed record StoredDocument(long Id, string Path, string Name, string ContentHash, string? Title, string? Url, string? Published,
    int Sentences, int Events, string IngestedAt);

/// <summary>Totals of what the store holds.</summary>
public sealed record StoreStats(int Documents, int Sentences, int Events);
