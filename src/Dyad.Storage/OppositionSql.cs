using Dyad.Core.Actors;

namespace Dyad.Storage;

/// <summary>The opposition role suffixes as an SQL list, for both stores' triangle queries ("('REB', 'INS', ...)").</summary>
internal static class OppositionSql
{
    public static string SuffixList { get; } = "(" + string.Join(", ", Actor.OppositionSuffixes.Select(s => $"'{s}'")) + ")";
}
