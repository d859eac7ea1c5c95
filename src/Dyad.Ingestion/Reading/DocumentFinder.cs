namespace Dyad.Ingestion.Reading;

/// <summary>
/// Expands the paths a user gives into the files to read: files as given, folders recursively (only the
/// extensions Dyad reads), in a stable order. Paths that do not exist are reported, not thrown.
/// </summary>
public static class DocumentFinder
{
    public static (List<string> Files, List<string> Missing) Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (seen.Add(full))
                {
                    files.Add(full);
                }
            }
            else if (Directory.Exists(full))
            {
                var found = Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    if (seen.Add(file))
                    {
                        files.Add(file);
                    }
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }
}
