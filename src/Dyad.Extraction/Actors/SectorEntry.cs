namespace Dyad.Extraction.Actors;

/// <summary>A role word that makes a sub-state actor from a state ("military" -> MIL); an empty suffix keeps the state.</summary>
public sealed record SectorEntry(string Suffix, string Phrase);
