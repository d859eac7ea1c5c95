using Dyad.Core.Actors;
using Dyad.Core.Dates;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Actors;

/// <summary>
/// Everything Dyad knows about who can act, compiled from the files in data/actors into tries over token ids:
/// states and their adjectives, former states, capitals, leaders with tenures, organisations, named groups,
/// regions, role words (sectors) and titles.
/// </summary>
public sealed class ActorLexicon
{
    private readonly List<ImplicitHistory> _implicitHistory = [];
    private readonly Dictionary<string, string> _sectorByHead = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countryCodes = new(StringComparer.Ordinal);

    public PhraseTrie<ActorEntry> Names { get; } = new();

    public PhraseTrie<SectorEntry> Sectors { get; } = new();

    public PhraseTrie<bool> Titles { get; } = new();

    public int EntryCount { get; private set; }

    /// <summary>The historical name an event of <paramref name="code"/> on <paramref name="date"/> carries (RUS in 1958: USSR).</summary>
    public string? HistoricalNameFor(string code, PartialDate? date)
    {
        if (date is not { } d)
        {
            return null;
        }

        var country = code.Length > 3 ? code[..3] : code;
        foreach (var h in _implicitHistory)
        {
            if (h.Code == country && d.Year >= h.From.Year && d.Year <= h.To.Year && (d.Year < h.To.Year || d <= h.To))
            {
                return h.Historical;
            }
        }

        return null;
    }

    /// <summary>The sector suffix of a role noun seen before ("delegation" -> ""), for "the delegation" anaphora.</summary>
    public bool TryGetSectorOfHead(string head, out string suffix) => _sectorByHead.TryGetValue(head, out suffix!);

    public static ActorLexicon Load(string actorsDirectory, Tokenizer tokenizer)
    {
        var lexicon = new ActorLexicon();
        lexicon.LoadCountries(Path.Combine(actorsDirectory, "countries.tsv"), tokenizer);
        lexicon.LoadHistorical(Path.Combine(actorsDirectory, "historical.tsv"), tokenizer);
        lexicon.LoadEthnicGroups(Path.Combine(actorsDirectory, "ethnic-groups.tsv"), tokenizer);
        lexicon.LoadPlaces(Path.Combine(actorsDirectory, "capitals.tsv"), tokenizer, ActorKind.Metonym);
        lexicon.LoadLeaders(Path.Combine(actorsDirectory, "leaders.tsv"), tokenizer);
        lexicon.LoadPlaces(Path.Combine(actorsDirectory, "organizations.tsv"), tokenizer, ActorKind.Organization);
        lexicon.LoadSimple(Path.Combine(actorsDirectory, "groups.tsv"), tokenizer, ActorKind.Group);
        lexicon.LoadSimple(Path.Combine(actorsDirectory, "regions.tsv"), tokenizer, ActorKind.Region);
        lexicon.LoadSectors(Path.Combine(actorsDirectory, "sectors.tsv"), tokenizer);
        foreach (var title in TsvFile.ReadList(Path.Combine(actorsDirectory, "titles.txt")))
        {
            lexicon.Titles.Add(Ids(tokenizer, title), true);
        }

        return lexicon;
    }

    private void LoadCountries(string path, Tokenizer tokenizer)
    {
        foreach (var line in TsvFile.Read(path, 2))
        {
            var code = RequireCode(line, line.Column(0));
            _countryCodes.Add(code);
            foreach (var name in TsvFile.Alternatives(line.Column(1)))
            {
                AddForm(tokenizer, name, code, ActorKind.State, null, null, null);
            }

            foreach (var adjective in TsvFile.Alternatives(line.Column(2)))
            {
                AddForm(tokenizer, adjective, code, ActorKind.StateAdjective, null, null, null);
            }
        }
    }

    private void LoadEthnicGroups(string path, Tokenizer tokenizer)
    {
        foreach (var line in TsvFile.Read(path, 2))
        {
            var code = RequireCode(line, line.Column(0));
            foreach (var adjective in TsvFile.Alternatives(line.Column(1)))
            {
                AddForm(tokenizer, adjective, code, ActorKind.StateAdjective, null, null, null);
            }
        }
    }

    private void LoadHistorical(string path, Tokenizer tokenizer)
    {
        foreach (var line in TsvFile.Read(path, 4))
        {
            var code = RequireCode(line, line.Column(0));
            var historical = line.Column(1);
            var from = OptionalDate(line, 4);
            var to = OptionalDate(line, 5);
            foreach (var name in TsvFile.Alternatives(line.Column(2)))
            {
                AddForm(tokenizer, name, code, ActorKind.State, historical, null, null);
            }

            foreach (var adjective in TsvFile.Alternatives(line.Column(3)))
            {
                AddForm(tokenizer, adjective, code, ActorKind.StateAdjective, historical, null, null);
            }

            if (line.Column(6).Equals("implicit", StringComparison.OrdinalIgnoreCase))
            {
                if (from is null || to is null)
                {
                    throw line.Error("an implicit historical name needs both a start and an end date");
                }

                _implicitHistory.Add(new ImplicitHistory(code, historical, from.Value, to.Value));
            }
        }
    }

    private void LoadPlaces(string path, Tokenizer tokenizer, ActorKind kind)
    {
        foreach (var line in TsvFile.Read(path, 2))
        {
            var code = kind == ActorKind.Organization ? line.Column(0) : RequireCode(line, line.Column(0));
            var from = OptionalDate(line, 2);
            var to = OptionalDate(line, 3);
            foreach (var name in TsvFile.Alternatives(line.Column(1)))
            {
                AddForm(tokenizer, name, code, kind, null, from, to);
            }
        }
    }

    private void LoadLeaders(string path, Tokenizer tokenizer)
    {
        foreach (var line in TsvFile.Read(path, 4))
        {
            var code = RequireCode(line, line.Column(0));
            var role = line.Column(1);
            var names = TsvFile.Alternatives(line.Column(2));
            var from = OptionalDate(line, 3) ?? throw line.Error("a tenure needs a start date");
            var to = OptionalDate(line, 4);
            foreach (var name in names)
            {
                var tokens = tokenizer.TokenizePhrase(name);
                var entry = new ActorEntry(code, ActorKind.Person, CaseRule.Capitalized, null, from, to, role, names[0]);
                Names.Add(tokens.ConvertAll(t => t.WordId), entry);
                EntryCount++;
            }
        }
    }

    private void LoadSimple(string path, Tokenizer tokenizer, ActorKind kind)
    {
        foreach (var line in TsvFile.Read(path, 2))
        {
            var code = line.Column(0);
            // A bloc coded as its leading state is a state; anything else in the regions file is a region.
            var entryKind = kind == ActorKind.Region && _countryCodes.Contains(code) ? ActorKind.State : kind;
            foreach (var name in TsvFile.Alternatives(line.Column(1)))
            {
                AddForm(tokenizer, name, code, entryKind, null, null, null);
            }
        }
    }

    private void LoadSectors(string path, Tokenizer tokenizer)
    {
        foreach (var line in TsvFile.Read(path, 2))
        {
            var suffix = line.Column(0);
            foreach (var phrase in TsvFile.Alternatives(line.Column(1)))
            {
                var words = tokenizer.PhraseWords(phrase);
                Sectors.Add(Ids(tokenizer, phrase), new SectorEntry(suffix, phrase));
                _sectorByHead.TryAdd(words[^1], suffix);
            }
        }
    }

    private void AddForm(Tokenizer tokenizer, string form, string code, ActorKind kind, string? historical, PartialDate? from, PartialDate? to)
    {
        var caseRule = CaseRule.Any;
        if (form.StartsWith('^'))
        {
            caseRule = CaseRule.Capitalized;
            form = form[1..];
        }

        var combining = form.Length > 1 && form.EndsWith('-');
        if (combining)
        {
            form = form[..^1];
        }

        var tokens = tokenizer.TokenizePhrase(form);
        if (caseRule == CaseRule.Capitalized && tokens.Count > 1)
        {
            caseRule = CaseRule.EveryWordCapitalized;
        }

        if (tokens.Count == 1 && form.Length >= 2 && IsAllCapitals(form))
        {
            caseRule = CaseRule.AllCaps;
        }

        var entry = new ActorEntry(code, kind, caseRule, historical, from, to, null, null, combining);
        Names.Add(tokens.ConvertAll(t => t.WordId), entry);
        EntryCount++;
    }

    private static bool IsAllCapitals(string form)
    {
        var letters = 0;
        foreach (var c in form)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters >= 2;
    }

    private static List<int> Ids(Tokenizer tokenizer, string phrase) => tokenizer.TokenizePhrase(phrase).ConvertAll(t => t.WordId);

    private static string RequireCode(TsvLine line, string code)
    {
        if (code.Length < 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw line.Error($"'{code}' is not an actor code (three capital letters, optionally a role suffix)");
        }

        return code;
    }

    private static PartialDate? OptionalDate(TsvLine line, int column)
    {
        var text = line.Column(column);
        if (text.Length == 0 || text.Equals("implicit", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return PartialDate.TryParse(text, out var date) ? date : throw line.Error($"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    private readonly record struct ImplicitHistory(string Code, string Historical, PartialDate From, PartialDate To);
}
