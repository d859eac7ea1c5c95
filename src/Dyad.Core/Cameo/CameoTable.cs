using System.Collections.Frozen;
using System.Globalization;

namespace Dyad.Core.Cameo;

/// <summary>The CAMEO code table, read from a tab-separated data file (see data/cameo/codes.tsv).</summary>
public sealed class CameoTable
{
    private readonly FrozenDictionary<string, CameoCode> _byCode;

    public CameoTable(IEnumerable<CameoCode> codes)
    {
        _byCode = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public int Count => _byCode.Count;

    public IEnumerable<CameoCode> All => _byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    public CameoCode this[string code] => TryGet(code, out var c) ? c : throw new KeyNotFoundException($"unknown CAMEO code '{code}'");

    public bool TryGet(string code, out CameoCode cameo) => _byCode.TryGetValue(code, out cameo!);

    public static CameoTable Load(string path)
    {
        var codes = new List<CameoCode>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 4 || cols[0].Length is < 2 or > 4 || !cols[0].All(char.IsAsciiDigit)
                || !double.TryParse(cols[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'code<TAB>goldstein<TAB>plover<TAB>name'");
            }

            var root = int.Parse(cols[0].AsSpan(0, 2), CultureInfo.InvariantCulture);
            if (root is < 1 or > 20)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: CAMEO root {root:00} is outside 01-20");
            }

            codes.Add(new CameoCode(cols[0], cols[3].Trim(), goldstein, cols[2].Length == 0 ? null : cols[2].Trim()));
        }

        return new CameoTable(codes);
    }
}
