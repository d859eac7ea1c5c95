using System.Globalization;
using System.Text;

namespace Dyad.Storage.ClickHouse;

/// <summary>ClickHouse's TabSeparated format: backslash escapes inside fields, \N for NULL.</summary>
internal static class Tsv
{
    /// <summary>Appends one row of values, each escaped, tab-separated and ended by a newline.</summary>
    public static void AppendRow(StringBuilder rows, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                rows.Append('\t');
            }

            Append(rows, values[i]);
        }

        rows.Append('\n');
    }

    private static void Append(StringBuilder row, object? value)
    {
        switch (value)
        {
            case null:
                row.Append("\\N");
                break;
            case string s:
                foreach (var c in s)
                {
                    _ = c switch
                    {
                        '\\' => row.Append("\\\\"),
                        '\t' => row.Append("\\t"),
                        '\n' => row.Append("\\n"),
                        '\r' => row.Append("\\r"),
                        '\0' => row.Append("\\0"),
                        _ => row.Append(c),
                    };
                }

                break;
            case bool b:
                row.Append(b ? '1' : '0');
                break;
            case double d:
                row.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IFormattable f:
                row.Append(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"cannot write {value.GetType().Name} as TSV");
        }
    }

    /// <summary>Appends one field without boxing: the tab before it unless it opens the row.</summary>
    public static StringBuilder Field(this StringBuilder rows, string? value, bool first = false)
    {
        if (!first)
        {
            rows.Append('\t');
        }

        if (value is null)
        {
            return rows.Append("\\N");
        }

        if (value.AsSpan().IndexOfAny(Special) < 0)
        {
            return rows.Append(value);
        }

        Append(rows, value);
        return rows;
    }

    public static StringBuilder Field(this StringBuilder rows, long value, bool first = false) =>
        (first ? rows : rows.Append('\t')).Append(CultureInfo.InvariantCulture, $"{value}");

    public static StringBuilder Field(this StringBuilder rows, double value) => rows.Append('\t').Append(CultureInfo.InvariantCulture, $"{value:R}");

    public static StringBuilder EndRow(this StringBuilder rows) => rows.Append('\n');

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\\t\n\r\0");

    public static string?[] Split(string line)
    {
        var fields = line.Split('\t');
        var values = new string?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            values[i] = Unescape(fields[i]);
        }

        return values;
    }

    private static string? Unescape(string field)
    {
        if (field == "\\N")
        {
            return null;
        }

        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                text.Append(field[i]);
                continue;
            }

            text.Append(field[++i] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                '0' => '\0',
                'b' => '\b',
                'f' => '\f',
                var c => c,
            });
        }

        return text.ToString();
    }

    /// <summary>A string literal for SQL text.</summary>
    public static string Literal(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
