namespace Dyad.Extraction.Lexicons;

/// <summary>One line of a lexicon file: its columns and where it came from, for error messages.</summary>
public readonly record struct TsvLine(string Path, int Number, string[] Columns)
{
    public string Column(int index) => index < Columns.Length ? Columns[index].Trim() : string.Empty;

    public InvalidDataException Error(string message) => new($"{Path}:{Number}: {message}");
}

/// <summary>Reads the tab-separated lexicon files: '#' starts a comment line, blank lines are skipped.</summary>
public static class TsvFile
{
    public static IEnumerable<TsvLine> Read(string path, int minColumns = 1)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"lexicon file not found: {path}", path);
        }

        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (raw.Length == 0 || raw[0] == '#' || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var columns = raw.TrimEnd('\r').Split('\t');
            if (columns.Length < minColumns)
            {
                throw new InvalidDataException($"{path}:{number}: expected at least {minColumns} tab-separated columns, found {columns.Length}");
            }

            yield return new TsvLine(path, number, columns);
        }
    }

    /// <summary>Splits a "a|b|c" alternatives column, dropping empty entries.</summary>
    public static string[] Alternatives(string column) =>
        column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Reads the lines of a plain word list (one entry per line, '#' comments).</summary>
    public static IEnumerable<string> ReadList(string path)
    {
        foreach (var line in Read(path))
        {
            yield return line.Column(0);
        }
    }
}
