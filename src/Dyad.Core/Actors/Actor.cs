namespace Dyad.Core.Actors;

/// <summary>
/// A coded actor: a CAMEO-style code (ISO 3166-1 alpha-3 country, optionally with a role suffix such as MIL or REB,
/// or an organisation code such as SCO) and, for a state that no longer exists, its historical name
/// (the Soviet Union is RUS with <c>Historical = "USSR"</c>).
/// </summary>
public sealed record Actor(string Code, string? Historical = null)
{
    /// <summary>The country part of the code: its first three letters, or the whole code for an organisation.</summary>
    public string Country => IsOrganization ? Code : Code.Length > 3 ? Code[..3] : Code;

    /// <summary>Organisation codes are not country codes ("SCO", "NATO", "UNSC").</summary>
    public bool IsOrganization { get; init; }

    /// <summary>Role suffixes of armed or political opposition: such an actor is a party of its own, not its country's.</summary>
    public static IReadOnlyList<string> OppositionSuffixes { get; } = ["REB", "INS", "SEP", "OPP", "TAL", "UAF"];

    public override string ToString() => Historical is null ? Code : $"{Code}({Historical})";
}
