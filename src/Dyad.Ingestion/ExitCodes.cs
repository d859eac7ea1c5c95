namespace Dyad.Ingestion;

/// <summary>What the command line's exit code tells a script (README, "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Every file was stored, unchanged, or deliberately skipped (empty, binary, unsupported, a duplicate).</summary>
    public const int Ok = 0;

    /// <summary>Nothing usable was found: no file had text to read.</summary>
    public const int NothingRead = 1;

    /// <summary>A mistake in the command: an unknown option, a bad value, a missing database.</summary>
    public const int Usage = 2;

    /// <summary>Some documents failed (could not be read, coded or stored) or a path was missing; the rest was stored whole.</summary>
    public const int SomeFailed = 3;
}
