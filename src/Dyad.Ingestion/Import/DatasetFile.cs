using System.IO.Compression;

namespace Dyad.Ingestion.Import;

/// <summary>
/// The lines of a dataset file as published: plain text, or a .zip of such files (GDELT's own packaging), each
/// with its number in the file it is in.
/// </summary>
internal static class DatasetFile
{
    /// <summary>Each text file inside <paramref name="path"/>: its name (for messages) and its lines.</summary>
    public static IEnumerable<(string Name, IEnumerable<string> Lines)> Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no such file: {path}");
        }

        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            yield return (path, File.ReadLines(path));
            yield break;
        }

        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/')).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            yield return ($"{path}!{entry.FullName}", Lines(entry));
        }
    }

    private static IEnumerable<string> Lines(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
