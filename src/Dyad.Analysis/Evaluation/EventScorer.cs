using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Dyad.Analysis.Evaluation;

/// <summary>Precision, recall and F1 of one matching mode.</summary>
public sealed record ScoreLine(int TruePositives, int FalsePositives, int FalseNegatives, double Precision, double Recall, double F1);

/// <summary>Everything an evaluation reports, figure for figure as ../shared/tools/score-events does.</summary>
public sealed record EvaluationReport(
    int Gold,
    int Predicted,
    int Documents,
    ScoreLine Lenient,
    ScoreLine Strict,
    double? YearAccuracy,
    double? DirectionAccuracy,
    IReadOnlyList<ScoredEvent> MissedGold,
    IReadOnlyList<ScoredEvent> UnmatchedPredictions);

/// <summary>
/// Scores predicted events against gold events with the rules of score-events (its docstring): same document,
/// same statement (quote inside sentence, sentence inside quote, or 60% of the quote's words in the sentence),
/// same actors at country level, same quad class (lenient) or CAMEO root and year (strict); each event matched
/// once, best candidates first; negated/hypothetical gold needs the same flag; optional gold is neutral.
/// Rounding follows Python's round() so the printed figures are identical.
/// </summary>
public static class EventScorer
{
    public static EvaluationReport Score(IReadOnlyList<ScoredEvent> gold, IReadOnlyList<ScoredEvent> predicted)
    {
        var docs = gold.Select(g => g.Doc).ToHashSet(StringComparer.Ordinal);
        var pred = predicted.Where(p => docs.Contains(p.Doc)).ToList();
        var (lenient, goldToPred, predToGold) = Match(gold, pred, strict: false);
        var (strict, _, _) = Match(gold, pred, strict: true);

        var matched = goldToPred.Select(kv => (G: gold[kv.Key], P: pred[kv.Value])).ToList();
        var dated = matched.Where(m => m.G.Year is not null).ToList();
        double? yearAccuracy = dated.Count > 0 ? PythonRound(dated.Count(m => m.G.Year == m.P.Year) / (double)dated.Count, 3) : null;
        double? direction = matched.Count > 0 ? PythonRound(matched.Count(m => m.G.Source == m.P.Source && m.G.Target == m.P.Target) / (double)matched.Count, 3) : null;

        var missed = gold.Where((g, i) => !goldToPred.ContainsKey(i) && !g.Flagged && !g.Optional).ToList();
        var unmatched = pred.Where((p, i) => !predToGold.ContainsKey(i)).ToList();
        return new EvaluationReport(gold.Count, pred.Count, docs.Count, lenient, strict, yearAccuracy, direction, missed, unmatched);
    }

    private static (ScoreLine Line, Dictionary<int, int> GoldToPred, Dictionary<int, int> PredToGold) Match(
        IReadOnlyList<ScoredEvent> gold, IReadOnlyList<ScoredEvent> pred, bool strict)
    {
        var candidates = new List<(int Score, int Gold, int Pred)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            for (var pi = 0; pi < pred.Count; pi++)
            {
                var p = pred[pi];
                if (g.Doc != p.Doc || !SameStatement(g.Text, p.Text) || !PairOk(g, p, strict) || !KindOk(g, p, strict))
                {
                    continue;
                }

                if (strict && g.Year is not null && g.Year != p.Year)
                {
                    continue;
                }

                var score = (FlagsOk(g, p) ? 2 : 0) + (g.Year == p.Year ? 1 : 0) + (g.Root == p.Root ? 1 : 0)
                    + (g.Source == p.Source && g.Target == p.Target ? 1 : 0);
                candidates.Add((-score, gi, pi));
            }
        }

        candidates.Sort();
        var goldToPred = new Dictionary<int, int>();
        var predToGold = new Dictionary<int, int>();
        foreach (var (_, gi, pi) in candidates)
        {
            if (goldToPred.ContainsKey(gi) || predToGold.ContainsKey(pi))
            {
                continue;
            }

            goldToPred[gi] = pi;
            predToGold[pi] = gi;
        }

        int tp = 0, fp = 0, fn = 0;
        for (var gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            if (g.Optional)
            {
                continue;
            }

            if (goldToPred.TryGetValue(gi, out var pi))
            {
                if (FlagsOk(g, pred[pi]))
                {
                    tp++;
                }
                else
                {
                    fp++;
                    if (!g.Flagged)
                    {
                        fn++;
                    }
                }
            }
            else if (!g.Flagged)
            {
                fn++;
            }
        }

        fp += pred.Count - predToGold.Count;
        var precision = tp + fp > 0 ? tp / (double)(tp + fp) : 0.0;
        var recall = tp + fn > 0 ? tp / (double)(tp + fn) : 0.0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return (new ScoreLine(tp, fp, fn, PythonRound(precision, 3), PythonRound(recall, 3), PythonRound(f1, 3)), goldToPred, predToGold);
    }

    private static bool PairOk(ScoredEvent g, ScoredEvent p, bool strict)
    {
        if (strict && !g.Symmetric)
        {
            return g.Source == p.Source && g.Target == p.Target;
        }

        return SetEquals(g.Source, g.Target, p.Source, p.Target);
    }

    /// <summary>{a, b} == {c, d} as Python sets (so {X, X} equals {X}).</summary>
    private static bool SetEquals(string? a, string? b, string? c, string? d)
    {
        bool Has(string? x, string? y, string? v) => v == x || v == y;
        return Has(c, d, a) && Has(c, d, b) && Has(a, b, c) && Has(a, b, d);
    }

    private static bool KindOk(ScoredEvent g, ScoredEvent p, bool strict)
    {
        if (g.Root is not { } gr || p.Root is not { } pr)
        {
            return false;
        }

        return strict ? gr == pr : Quad(gr) == Quad(pr);
    }

    private static bool FlagsOk(ScoredEvent g, ScoredEvent p) => g.Negated == p.Negated && g.Hypothetical == p.Hypothetical;

    public static int Quad(int root) => root switch
    {
        >= 1 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        >= 9 and <= 13 => 3,
        >= 14 and <= 20 => 4,
        _ => 0,
    };

    /// <summary>The same statement: one text inside the other, or 60% of the quote's words in the sentence.</summary>
    public static bool SameStatement(string quote, string sentence)
    {
        var q = Normalize(quote);
        var s = Normalize(sentence);
        if (q.Length == 0 || s.Length == 0)
        {
            return false;
        }

        if (s.Contains(q, StringComparison.Ordinal) || q.Contains(s, StringComparison.Ordinal))
        {
            return true;
        }

        var quoteWords = Words(q);
        if (quoteWords.Count == 0)
        {
            return false;
        }

        var sentenceWords = Words(s).ToHashSet(StringComparer.Ordinal);
        return quoteWords.Count(sentenceWords.Contains) / (double)quoteWords.Count >= 0.6;
    }

    /// <summary>score-events' norm(): typographic quotes and dashes straightened, whitespace collapsed, lower case.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201c' or '\u201d' => '"',
                '\u2013' or '\u2014' => '-',
                '\u00a0' => ' ',
                _ => raw,
            };
            if (IsPythonSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>Python's str.isspace-like set used by re's \s for str patterns.</summary>
    private static bool IsPythonSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' || (c > 127 && char.IsWhiteSpace(c)) || c is '\u001c' or '\u001d' or '\u001e' or '\u001f' or '\u0085';

    private static List<string> Words(string normalized)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var isWord = i < normalized.Length && (normalized[i] is >= 'a' and <= 'z' or >= '0' and <= '9');
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(normalized[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Python 3's round(x, digits): the exact binary value rounded half to even.</summary>
    public static double PythonRound(double value, int digits)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075; // value = mantissa * 2^exponent
        var scale = BigInteger.Pow(10, digits);
        BigInteger numerator = mantissa * scale;
        BigInteger denominator = BigInteger.One;
        if (exponent >= 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient += 1;
        }

        // quotient and 10^digits are exact doubles here, so one IEEE division gives the double nearest the result.
        var rounded = (double)quotient / Math.Pow(10, digits);
        return negative ? -rounded : rounded;
    }

    /// <summary>Reads a gold or predicted JSONL file the way score-events does; throws with file:line on bad input.</summary>
    public static List<ScoredEvent> Load(string path, bool gold)
    {
        var list = new List<ScoredEvent>();
        var number = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{number}: not JSON ({ex.Message})", ex);
            }

            using (json)
            {
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException($"{path}:{number}: not a JSON object");
                }

                list.Add(FromJson(json.RootElement, gold, number));
            }
        }

        return list;
    }

    private static ScoredEvent FromJson(JsonElement e, bool gold, int line)
    {
        string? Str(string name) => e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => v.GetRawText(),
        } : null;

        bool Truthy(string name) => e.TryGetProperty(name, out var v) && v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => v.GetString()!.Length > 0,
            JsonValueKind.Number => v.GetDouble() != 0,
            JsonValueKind.Array => v.GetArrayLength() > 0,
            JsonValueKind.Object => v.EnumerateObject().Any(),
            _ => false,
        };

        var doc = Path.GetFileName((Str("doc") ?? string.Empty).Replace('\\', '/'));
        var text = gold ? Str("quote") : Str("sentence") is { Length: > 0 } sentence ? sentence : Str("quote");
        return new ScoredEvent(doc, text ?? string.Empty, RootOf(Str("cameo")), Country(Str("source")), Country(Str("target")), YearOf(Str("date")),
            Truthy("negated"), Truthy("hypothetical"), Truthy("optional"), Truthy("symmetric"), line,
            Str("date") ?? "None", Str("source") ?? "None", Str("target") ?? "None", Str("cameo") ?? "None");
    }

    /// <summary>score-events' root_of(): the digits' first two as a CAMEO root 1-20, else null.</summary>
    public static int? RootOf(string? code)
    {
        var digits = new string((code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 2)
        {
            return null;
        }

        var root = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        return root is >= 1 and <= 20 ? root : null;
    }

    /// <summary>score-events' country(): the first three letters, SUN/USSR/SOV counted as RUS.</summary>
    public static string? Country(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var c = code.Trim().ToUpperInvariant();
        if (c is "" or "NULL" or "NONE" or "---")
        {
            return null;
        }

        if (c.StartsWith("SUN", StringComparison.Ordinal) || c.StartsWith("USSR", StringComparison.Ordinal) || c.StartsWith("SOV", StringComparison.Ordinal))
        {
            return "RUS";
        }

        return c.Length >= 3 ? c[..3] : c;
    }

    /// <summary>score-events' year(): a leading (possibly negative) 3-4 digit number.</summary>
    public static int? YearOf(string? date)
    {
        if (date is null)
        {
            return null;
        }

        var s = date.TrimStart();
        var i = 0;
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }

        var start = i;
        while (i < s.Length && i - start < 4 && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - start >= 3 ? int.Parse(s.AsSpan(0, i), CultureInfo.InvariantCulture) : null;
    }
}
