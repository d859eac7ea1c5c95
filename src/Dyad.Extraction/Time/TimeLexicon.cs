using Dyad.Core.Dates;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Time;

/// <summary>What the time recogniser knows, from data/time: month and number words, units, direction words, and anchors.</summary>
public sealed class TimeLexicon
{
    private readonly Dictionary<int, int> _months = [];
    private readonly Dictionary<int, int> _seasons = [];
    private readonly Dictionary<int, int> _numbers = [];
    private readonly Dictionary<int, TimeUnit> _units = [];
    private readonly Dictionary<int, TimeDirection> _directions = [];
    private readonly HashSet<int> _countNouns = [];
    private readonly HashSet<int> _labels = [];

    public PhraseTrie<DateSpan> Anchors { get; } = new();

    /// <summary>"recently", "at present", "in recent years": the time of writing (true); "traditionally": no time at all (false).</summary>
    public PhraseTrie<bool> Present { get; } = new();

    public bool TryMonth(int id, out int month) => _months.TryGetValue(id, out month);

    public bool TrySeason(int id, out int month) => _seasons.TryGetValue(id, out month);

    public bool TryNumber(int id, out int value) => _numbers.TryGetValue(id, out value);

    public bool TryUnit(int id, out TimeUnit unit) => _units.TryGetValue(id, out unit);

    public bool TryDirection(int id, out TimeDirection direction) => _directions.TryGetValue(id, out direction);

    public bool IsCountNoun(int id) => _countNouns.Contains(id);

    /// <summary>A word after which a number is a label, not a year ("part 1000", "Resolution 1172").</summary>
    public bool IsLabel(int id) => _labels.Contains(id);

    public static TimeLexicon Load(string timeDirectory, Tokenizer tokenizer, Vocabulary vocabulary)
    {
        var lexicon = new TimeLexicon();
        foreach (var line in TsvFile.Read(Path.Combine(timeDirectory, "words.tsv"), 2))
        {
            var id = vocabulary.Intern(line.Column(0).ToLowerInvariant());
            var role = line.Column(1);
            var value = line.Column(2);
            switch (role)
            {
                case "month":
                    lexicon._months[id] = ParseInt(line, value, 1, 12);
                    break;
                case "season":
                    lexicon._seasons[id] = ParseInt(line, value, 1, 12);
                    break;
                case "number":
                    lexicon._numbers[id] = ParseInt(line, value, 1, 1000);
                    break;
                case "unit":
                    lexicon._units[id] = Enum.TryParse<TimeUnit>(value, ignoreCase: true, out var unit) ? unit : throw line.Error($"unknown unit '{value}'");
                    break;
                case "forward":
                    lexicon._directions[id] = TimeDirection.Forward;
                    break;
                case "backward":
                    lexicon._directions[id] = TimeDirection.Backward;
                    break;
                case "same":
                    lexicon._directions[id] = TimeDirection.Same;
                    break;
                case "count-noun":
                    lexicon._countNouns.Add(id);
                    break;
                case "label":
                    lexicon._labels.Add(id);
                    break;
                default:
                    throw line.Error($"unknown role '{role}' (month, season, number, unit, forward, backward, same, count-noun, label)");
            }
        }

        foreach (var line in TsvFile.Read(Path.Combine(timeDirectory, "anchors.tsv"), 2))
        {
            if (!PartialDate.TryParse(line.Column(1), out var start))
            {
                throw line.Error($"'{line.Column(1)}' is not a date");
            }

            var span = DateSpan.Of(start);
            if (line.Column(2).Length > 0)
            {
                span = PartialDate.TryParse(line.Column(2), out var end) ? DateSpan.Between(start, end) : throw line.Error($"'{line.Column(2)}' is not a date");
            }

            lexicon.Anchors.Add(tokenizer.TokenizePhrase(line.Column(0)).ConvertAll(t => t.WordId), span);
        }

        var present = Path.Combine(timeDirectory, "present.tsv");
        if (File.Exists(present))
        {
            foreach (var line in TsvFile.Read(present, 1))
            {
                var timeless = line.Column(1) switch
                {
                    "" => false,
                    "timeless" => true,
                    var other => throw line.Error($"unknown marker '{other}' (only 'timeless')"),
                };
                lexicon.Present.Add(tokenizer.TokenizePhrase(line.Column(0)).ConvertAll(t => t.WordId), !timeless);
            }
        }

        return lexicon;
    }

    private static int ParseInt(TsvLine line, string text, int min, int max) =>
        int.TryParse(text, out var v) && v >= min && v <= max ? v : throw line.Error($"expected a number from {min} to {max}, found '{text}'");
}
