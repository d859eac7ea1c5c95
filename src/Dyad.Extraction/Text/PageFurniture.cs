using System.Text;
using System.Text.RegularExpressions;
using Dyad.Extraction.Lexicons;

namespace Dyad.Extraction.Text;

/// <summary>
/// The known shapes of web-page furniture, from data/documents/furniture.tsv: lines that are not the document's text
/// (advertising slots, share links, bylines, "Published:" stamps, credits, citations) and photo captions. Each kind's
/// patterns are compiled into one expression, so a line costs one match per kind.
/// </summary>
public sealed class PageFurniture
{
    /// <summary>Furniture and captions are short; longer lines are prose and are not matched at all.</summary>
    public const int MaxLineLength = 400;

    private readonly Regex[] _lines;
    private readonly Regex[] _captions;

    private PageFurniture(Regex[] lines, Regex[] captions)
    {
        _lines = lines;
        _captions = captions;
    }

    /// <summary>No patterns: only the shapes <see cref="DocumentLayout"/> knows by itself (headings, datelines).</summary>
    public static PageFurniture None { get; } = new([], []);

    public static PageFurniture Load(string path)
    {
        var lines = new List<string>();
        var captions = new List<string>();
        foreach (var line in TsvFile.Read(path, 2))
        {
            var pattern = line.Column(1);
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException ex)
            {
                throw line.Error($"not a regular expression: {ex.Message}");
            }

            switch (line.Column(0))
            {
                case "line":
                    lines.Add(pattern);
                    break;
                case "caption":
                    captions.Add(pattern);
                    break;
                default:
                    throw line.Error($"unknown kind '{line.Column(0)}' (line, caption)");
            }
        }

        return new PageFurniture(Compile(lines), Compile(captions));
    }

    /// <summary>What the patterns say about one trimmed line: furniture, a caption, or neither (body).</summary>
    public LineKind Classify(string line)
    {
        if (line.Length == 0 || line.Length > MaxLineLength)
        {
            return LineKind.Body;
        }

        foreach (var pattern in _lines)
        {
            if (pattern.IsMatch(line))
            {
                return LineKind.Furniture;
            }
        }

        foreach (var pattern in _captions)
        {
            if (pattern.IsMatch(line))
            {
                return LineKind.Caption;
            }
        }

        return LineKind.Body;
    }

    /// <summary>
    /// Each pattern on its own, matched in linear time (no backtracking): no line can stall a document, and no
    /// timeout makes the result depend on how busy the machine is.
    /// </summary>
    private static Regex[] Compile(List<string> patterns) =>
        [.. patterns.Select(p => new Regex("^(?:" + p + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking))];
}
