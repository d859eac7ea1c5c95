namespace Dyad.Core.Cameo;

/// <summary>The four CAMEO quad classes, numbered as GDELT and ICEWS number them.</summary>
public enum QuadClass
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

public static class QuadClasses
{
    /// <summary>The quad class of a two-digit CAMEO root (1-20).</summary>
    public static QuadClass OfRoot(int root) => root switch
    {
        >= 1 and <= 5 => QuadClass.VerbalCooperation,
        >= 6 and <= 8 => QuadClass.MaterialCooperation,
        >= 9 and <= 13 => QuadClass.VerbalConflict,
        >= 14 and <= 20 => QuadClass.MaterialConflict,
        _ => throw new ArgumentOutOfRangeException(nameof(root), root, "CAMEO roots run from 01 to 20"),
    };

    /// <summary>The quad class of a CAMEO code written as text ("0874", "19"), or null when it is not one.</summary>
    public static QuadClass? OfCode(string code) =>
        code.Length >= 2 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && ((code[0] - '0') * 10) + (code[1] - '0') is >= 1 and <= 20 and var root
            ? OfRoot(root)
            : null;

    public static string Label(QuadClass quad) => quad switch
    {
        QuadClass.VerbalCooperation => "verbal cooperation",
        QuadClass.MaterialCooperation => "material cooperation",
        QuadClass.VerbalConflict => "verbal conflict",
        QuadClass.MaterialConflict => "material conflict",
        _ => quad.ToString(),
    };
}
