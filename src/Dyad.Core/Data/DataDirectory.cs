namespace Dyad.Core.Data;

/// <summary>
/// Finds the folder of lexicons and tables Dyad reads at start-up. Users extend Dyad by editing these text files,
/// so the folder is looked up at run time: an explicit path first, then DYAD_DATA, then the copy beside the program,
/// then a <c>data</c> folder in the current directory or one of its parents (a source checkout).
/// </summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "DYAD_DATA";
    private const string Marker = "cameo/codes.tsv";

    public static string Resolve(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Validate(Path.GetFullPath(explicitPath), "--data");
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Validate(Path.GetFullPath(fromEnvironment), EnvironmentVariable);
        }

        var besideProgram = Path.Combine(AppContext.BaseDirectory, "data");
        if (File.Exists(Path.Combine(besideProgram, Marker)))
        {
            return besideProgram;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, Marker)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"cannot find Dyad's data folder (looked for data/{Marker} beside the program and above the current directory); pass --data DIR or set {EnvironmentVariable}");
    }

    private static string Validate(string path, string origin) =>
        File.Exists(Path.Combine(path, Marker))
            ? path
            : throw new DirectoryNotFoundException($"{origin} points at '{path}', which has no {Marker}");
}
