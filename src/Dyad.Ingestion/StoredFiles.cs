namespace Dyad.Ingestion;

/// <summary>Whether the file a stored document came from is still there.</summary>
internal static class StoredFiles
{
    /// <summary>
    /// True only when the file is known to be gone: its path is a file path (not an upload name or a URL), nothing is
    /// there, and the nearest folder that still exists can be read. A folder Dyad may not read hides its files, and
    /// treating them as deleted would throw away documents that are still there.
    /// </summary>
    public static bool IsGone(string path)
    {
        if (!Path.IsPathFullyQualified(path) || File.Exists(path))
        {
            return false;
        }

        var folder = Path.GetDirectoryName(path);
        while (folder is not null && !Directory.Exists(folder))
        {
            folder = Path.GetDirectoryName(folder);
        }

        if (folder is null)
        {
            return true;
        }

        try
        {
            // A folder that can be listed but not entered still lists the file's name.
            using var entries = Directory.EnumerateFileSystemEntries(folder, Path.GetFileName(path)).GetEnumerator();
            return !(folder == Path.GetDirectoryName(path) && entries.MoveNext());
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    /// <summary>Whether a path lies inside one of the folders (full paths).</summary>
    public static bool IsUnder(string path, IEnumerable<string> folders) =>
        folders.Any(f => path.StartsWith(Path.EndsInDirectorySeparator(f) ? f : f + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
