using Dyad.Core.Dates;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Time;

/// <summary>
/// What the time recognisers know, from data/time: month, weekday and number words, units, direction words, anchors,
/// expressions of the time of writing, and the words that put what follows after it.
/// </summary>
public sealed class TimeLexicon
{
    private readonly Dictionary<int, int> _months = [];
    private readonly Dictionary<int, int> _seasons = [];
    private readonly Dictionary<int, int> _weekdays = [];
    private readonly HashSet<int> _futureMarkers = [];
    private readonly HashSet<int> _weekdayNames = [];
    private readonly Dictionary<int, int> _numbers = [];
    private readonly Dictionary<int, TimeUnit> _units = [];
    private readonly Dictionary<int, TimeDirection> _directions = [];
    private readonly HashSet<int> _countNouns = [];
    private readonly HashSet<int> _labels = [];

    public PhraseTrie<DateSpan> Anchors { get; } = new();

    /// <summary>"recently", "at present", "in recent years": the time of writing (true); "traditionally": no time at all (false).</summary>
    public PhraseTrie<bool> Present { get; } = new();

    /// <summary>"yesterday", "last week", "later this year": counted from the time of writing.</summary>
    public PhraseTrie<DeicticPhrase> Deictic { get; } = new();

    public bool TryMonth(int id, out int month) => _months.TryGetValue(id, out month);

    /// <summary>Monday is 1, Sunday 7.</summary>
    public bool TryWeekday(int id, out int weekday) => _weekdays.TryGetValue(id, out weekday);

    /// <summary>"Good" in "Good Friday": the weekday after it is part of a name.</summary>
    public bool IsWeekdayName(int id) => _weekdayNames.Contains(id);

    /// <summary>"will", "would", "scheduled", "invited": what follows lies after the time of writing.</summary>
    public bool IsFutureMarker(int id) => _futureMarkers.Contains(id);

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
                case "weekday":
                    lexicon._weekdays[id] = ParseInt(line, value, 1, 7);
                    break;
                case "weekday-name":
                    lexicon._weekdayNames.Add(id);
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
                    throw line.Error($"unknown role '{role}' (month, season, weekday, weekday-name, number, unit, forward, backward, same, count-noun, label)");
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

        var deictic = Path.Combine(timeDirectory, "deictic.tsv");
        if (File.Exists(deictic))
        {
            foreach (var line in TsvFile.Read(deictic, 3))
            {
                if (!Enum.TryParse<TimeUnit>(line.Column(1), ignoreCase: true, out var unit) || unit == TimeUnit.Decade)
                {
                    throw line.Error($"unknown unit '{line.Column(1)}' (day, week, month, year)");
                }

                if (!int.TryParse(line.Column(2), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var offset))
                {
                    throw line.Error($"'{line.Column(2)}' is not a whole number of units");
                }

                var ahead = line.Column(3) switch
                {
                    "" => offset > 0,
                    "ahead" => true,
                    var other => throw line.Error($"unknown marker '{other}' (only 'ahead')"),
                };
                lexicon.Deictic.Add(tokenizer.TokenizePhrase(line.Column(0)).ConvertAll(t => t.WordId), new DeicticPhrase(unit, offset, ahead));
            }
        }

        var future = Path.Combine(timeDirectory, "future.tsv");
        if (File.Exists(future))
        {
            foreach (var word in TsvFile.ReadList(future))
            {
                lexicon._futureMarkers.Add(vocabulary.Intern(word.ToLowerInvariant()));
            }
        }

        return lexicon;
    }

    private static int ParseInt(TsvLine line, string text, int min, int max) =>
        int.TryParse(text, out var v) && v >= min && v <= max ? v : throw line.Error($"expected a number from {min} to {max}, found '{text}'");
}

/// <summary>An expression of the time of writing: so many units before (negative) or after it, and whether it lies ahead.</summary>
public readonly record struct DeicticPhrase(TimeUnit Unit, int Offset, bool Ahead);
