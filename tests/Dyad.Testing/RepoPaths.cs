namespace Dyad.Testing;

/// <summary>Where the repository, its data and samples, and the shared folder beside it are, seen from a test.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Data => Path.Combine(Root, "data");

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared beside the repository: third-party seeds, gold and tools that CI provides.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedSeeds => Path.Combine(Shared, "seeds");

    public static string SharedGold => Path.Combine(Shared, "gold", "seeds.events.jsonl");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("cannot find the repository root (Dyad.slnx) above " + AppContext.BaseDirectory);
    }
}
