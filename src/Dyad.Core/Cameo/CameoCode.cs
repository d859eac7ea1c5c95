namespace Dyad.Core.Cameo;

/// <summary>One row of the CAMEO table: code, name, Goldstein value, quad class and PLOVER type.</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, string? Plover)
{
    /// <summary>The two-digit root as a number, 1-20.</summary>
    public int Root => (Code[0] - '0') * 10 + (Code[1] - '0');

    public QuadClass Quad => QuadClasses.OfRoot(Root);

    /// <summary>True when this code lies under <paramref name="prefix"/> ("04" covers "042").</summary>
    public bool IsUnder(string prefix) => Code.StartsWith(prefix, StringComparison.Ordinal);
}
