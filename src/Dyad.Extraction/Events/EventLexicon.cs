using Dyad.Core.Cameo;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Events;

/// <summary>
/// The event patterns of data/events (verbs.tsv, nouns.tsv) and the object classes of objects.tsv, compiled
/// once: each pattern is indexed under every form of its first word, so finding triggers costs one
/// dictionary lookup per token.
///
/// Pattern syntax (one per line: code TAB pattern TAB options):
///   word        a word; in verbs.tsv the first word is a verb lemma and all its forms match
///   a|an|the    alternatives for one slot (an alternative the tokenizer splits, "cease-fire", fills several;
///               "_" joins the words of a multi-word alternative: "plane|fighter_jet");
///               [word] an optional slot;  * up to five other words
///   {CLASS}     an object from objects.tsv, whose code replaces the line's code ("provide {AID}")
///   @T          where the target stands, when it is not simply the next actor
/// Options: sym, hyp, neg, intent, appeal, domain=SET, pair-subject, subject-target, no-subject, prep=a|b (the
/// target follows one of these prepositions; "-" allows a direct object too), passive=a|b (in the passive, the
/// source follows one of these), group=CODE / org=CODE (code when the target is an armed group / organisation),
/// cue=a|b (the clause must contain one of these words), not-after=a|b (not when one of these words stands
/// just before: "needs were met"), owner-target (nouns: "X's needs were met by Y" is Y acting on X),
/// target=org (the target must be an organisation), military-source (the source must be a military actor),
/// intransitive (only when the verb has no direct object).
/// A code of "-" marks words that are not an event.
/// </summary>
public sealed class EventLexicon
{
    private const int GapWidth = 5;

    // Multi-token alternatives of one slot compiled as separate variants at most (see ParseSlot).
    private const int MaxPhraseVariants = 3;

    private readonly Dictionary<int, List<EventPattern>> _verbsByHead = [];
    private readonly Dictionary<int, List<EventPattern>> _nounsByHead = [];
    private readonly Dictionary<string, List<ObjectClassEntry>> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Set, int Word), string> _domainWords = [];
    private readonly HashSet<int> _domainWordIds = [];
    private readonly HashSet<int> _lemmas = [];
    private readonly HashSet<string> _lemmaWords = new(StringComparer.Ordinal);
    private readonly HashSet<int> _verbForms = [];

    public int PatternCount { get; private set; }

    public static int Gap => GapWidth;

    public IReadOnlyList<EventPattern> VerbsAt(int wordId) => _verbsByHead.TryGetValue(wordId, out var list) ? list : [];

    public IReadOnlyList<EventPattern> NounsAt(int wordId) => _nounsByHead.TryGetValue(wordId, out var list) ? list : [];

    public IReadOnlyList<ObjectClassEntry> Class(string name) => _classes.TryGetValue(name, out var list) ? list : [];

    /// <summary>Every form of every verb a pattern starts with.</summary>
    public IReadOnlyCollection<int> VerbForms => _verbForms;

    /// <summary>The verbs (lemmas) the patterns start with.</summary>
    public IReadOnlyCollection<string> VerbLemmas => _lemmaWords;

    /// <summary>True when the word is the base form of a verb some pattern starts with.</summary>
    public bool IsLemma(int wordId) => _lemmas.Contains(wordId);

    /// <summary>True for words such as "military", "economic", "diplomatic" that describe a domain.</summary>
    public bool IsDomainWord(int wordId) => _domainWordIds.Contains(wordId);

    /// <summary>The code a domain word selects in a set ("militarily" in SUPPORT -> 072), if it is one.</summary>
    public bool TryDomain(string set, int wordId, out string code) => _domainWords.TryGetValue((set, wordId), out code!);

    public static EventLexicon Load(string eventsDirectory, Tokenizer tokenizer, Vocabulary vocabulary, Inflector inflector, CameoTable cameo)
    {
        var lexicon = new EventLexicon();
        lexicon.LoadClasses(Path.Combine(eventsDirectory, "objects.tsv"), tokenizer, cameo);
        lexicon.LoadDomains(Path.Combine(eventsDirectory, "domains.tsv"), vocabulary, cameo);
        lexicon.LoadPatterns(Path.Combine(eventsDirectory, "verbs.tsv"), tokenizer, vocabulary, inflector, cameo, isVerb: true);
        lexicon.LoadPatterns(Path.Combine(eventsDirectory, "nouns.tsv"), tokenizer, vocabulary, inflector, cameo, isVerb: false);
        return lexicon;
    }

    private void LoadClasses(string path, Tokenizer tokenizer, CameoTable cameo)
    {
        foreach (var line in TsvFile.Read(path, 3))
        {
            var name = line.Column(0);
            var code = RequireCode(line, line.Column(1), cameo);
            foreach (var phrase in TsvFile.Alternatives(line.Column(2)))
            {
                var ids = tokenizer.TokenizePhrase(phrase).ConvertAll(t => t.WordId).ToArray();
                if (!_classes.TryGetValue(name, out var list))
                {
                    _classes[name] = list = [];
                }

                list.Add(new ObjectClassEntry(name, code, ids));
            }
        }

        // Longer phrases first, so "military aid" wins over "aid".
        foreach (var list in _classes.Values)
        {
            list.Sort(static (a, b) => b.WordIds.Length.CompareTo(a.WordIds.Length));
        }
    }

    private void LoadDomains(string path, Vocabulary vocabulary, CameoTable cameo)
    {
        foreach (var line in TsvFile.Read(path, 3))
        {
            var set = line.Column(0);
            var code = RequireCode(line, line.Column(1), cameo);
            foreach (var word in TsvFile.Alternatives(line.Column(2)))
            {
                var id = vocabulary.Intern(word.ToLowerInvariant());
                _domainWords[(set, id)] = code;
                _domainWordIds.Add(id);
            }
        }
    }

    private void LoadPatterns(string path, Tokenizer tokenizer, Vocabulary vocabulary, Inflector inflector, CameoTable cameo, bool isVerb)
    {
        foreach (var line in TsvFile.Read(path, 2))
        {
            var blocker = line.Column(0) == "-";
            var code = blocker ? "-" : RequireCode(line, line.Column(0), cameo);
            var (options, preps, passive, group, org, domain, cues, notAfter) = ParseOptions(line, line.Column(2), vocabulary, cameo, _domainWords.Keys.Select(k => k.Set).ToHashSet());
            if (blocker)
            {
                options |= PatternOptions.Blocker;
            }
            var words = line.Column(1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                throw line.Error("empty pattern");
            }

            // Each variant is one sequence of slots: an alternative of several tokens ("cease-fire" beside "ceasefire")
            // fills consecutive slots of a variant of its own.
            List<PatternSlot[]> variants = [[]];
            for (var w = 1; w < words.Length; w++)
            {
                var choices = ParseSlot(line, words[w], tokenizer, vocabulary);
                if (!isVerb && w == words.Length - 1)
                {
                    // A multi-word event noun ("diplomatic relations", "military exercise") also matches in the plural.
                    choices = choices.ConvertAll(c => c[^1] is { WordIds.Length: > 0, Optional: false } last ? [.. c[..^1], WithPlurals(last, vocabulary)] : c);
                }

                variants = [.. variants.SelectMany(v => choices.Select(c => (PatternSlot[])[.. v, .. c]))];
            }

            var lemma = words[0].ToLowerInvariant();
            if (isVerb)
            {
                _lemmas.Add(vocabulary.Intern(lemma));
                _lemmaWords.Add(lemma);
            }

            var headForms = isVerb ? inflector.FormsOf(lemma) : words.Length == 1 ? NounForms(lemma) : [lemma];
            var pastForms = isVerb ? inflector.PastFormsOf(lemma) : [];
            foreach (var form in headForms)
            {
                var headIds = tokenizer.TokenizePhrase(form).ConvertAll(t => t.WordId);
                if (isVerb && !options.HasFlag(PatternOptions.Blocker))
                {
                    _verbForms.Add(headIds[0]);
                }

                foreach (var slots in variants)
                {
                    var formSlots = headIds.Skip(1).Select(id => new PatternSlot([id])).Concat(slots).ToArray();
                    var pattern = new EventPattern(code, line.Column(1), isVerb, formSlots, options, preps, passive, group, org, domain, cues, notAfter, line.Number)
                    {
                        PastHead = pastForms.Contains(form),
                    };
                    var index = isVerb ? _verbsByHead : _nounsByHead;
                    if (!index.TryGetValue(headIds[0], out var list))
                    {
                        index[headIds[0]] = list = [];
                    }

                    list.Add(pattern);
                }
            }

            PatternCount++;
        }

        // Longer patterns first: "hold talks with" is tried before "hold".
        foreach (var list in (isVerb ? _verbsByHead : _nounsByHead).Values)
        {
            list.Sort(static (a, b) => b.Slots.Count(s => !s.Optional).CompareTo(a.Slots.Count(s => !s.Optional)));
        }
    }

    /// <summary>
    /// The slot sequences one pattern word stands for: one slot for its single-token alternatives, and one sequence of
    /// plain slots for each alternative that the tokenizer splits ("cease-fire" is cease, -, fire).
    /// </summary>
    private static List<PatternSlot[]> ParseSlot(TsvLine line, string word, Tokenizer tokenizer, Vocabulary vocabulary)
    {
        if (word == "*")
        {
            return [[new PatternSlot([], Gap: true)]];
        }

        if (word == "@T")
        {
            return [[new PatternSlot([], Target: true)]];
        }

        if (word.StartsWith('{') && word.EndsWith('}'))
        {
            return [[new PatternSlot([], ObjectClass: word[1..^1])]];
        }

        var optional = word.StartsWith('[') && word.EndsWith(']');
        if (optional)
        {
            word = word[1..^1];
        }

        var ids = new List<int>();
        var sequences = new List<PatternSlot[]>();
        foreach (var alternative in word.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = tokenizer.TokenizePhrase(alternative.Replace('_', ' '));
            if (tokens.Count == 1)
            {
                ids.Add(tokens[0].WordId);
            }
            else if (tokens.Count > 1 && !optional)
            {
                sequences.Add([.. tokens.Select(t => new PatternSlot([t.WordId]))]);
            }
            else
            {
                throw line.Error($"'{alternative}' is not a single word; an optional slot takes single words only");
            }
        }

        // A few phrases become variants of their own (sorted with the longer patterns); many would multiply the
        // pattern's variants by each other, so they stay in one slot that tries them longest first.
        if (sequences.Count > MaxPhraseVariants)
        {
            var phrases = sequences.Select(q => q.Select(p => p.WordIds[0]).ToArray()).OrderByDescending(p => p.Length).ToArray();
            return [[new PatternSlot([.. ids]) { Phrases = phrases }]];
        }

        if (ids.Count > 0)
        {
            sequences.Insert(0, [new PatternSlot([.. ids], Optional: optional)]);
        }

        return sequences.Count == 0 ? throw line.Error($"empty slot in '{word}'") : sequences;
    }

    private static (PatternOptions, int[], int[], string?, string?, string?, int[], int[]) ParseOptions(
        TsvLine line, string column, Vocabulary vocabulary, CameoTable cameo, HashSet<string> domainSets)
    {
        var options = PatternOptions.None;
        int[] preps = [];
        int[] passive = [];
        int[] cues = [];
        int[] notAfter = [];
        string? group = null;
        string? org = null;
        string? domain = null;
        foreach (var raw in column.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = raw.IndexOf('=');
            var key = eq < 0 ? raw : raw[..eq];
            var value = eq < 0 ? string.Empty : raw[(eq + 1)..];
            switch (key)
            {
                case "sym": options |= PatternOptions.Symmetric; break;
                case "hyp": options |= PatternOptions.Hypothetical; break;
                case "neg": options |= PatternOptions.Negated; break;
                case "intent": options |= PatternOptions.Intent | PatternOptions.Hypothetical; break;
                case "domain":
                    options |= PatternOptions.Domain;
                    domain = domainSets.Contains(value) ? value : throw line.Error($"unknown domain set '{value}' (see domains.tsv)");
                    break;
                case "no-subject": options |= PatternOptions.NoSubject; break;
                case "org": org = RequireCode(line, value, cameo); break;
                case "cue": cues = [.. value.Split('|').Select(v => vocabulary.Intern(v.ToLowerInvariant()))]; break;
                case "not-after": notAfter = [.. value.Split('|').Select(v => vocabulary.Intern(v.ToLowerInvariant()))]; break;
                case "owner-target": options |= PatternOptions.OwnerIsTarget; break;
                case "target":
                    options |= value == "org" ? PatternOptions.OrganizationTarget : throw line.Error($"unknown target kind '{value}' (only target=org)");
                    break;
                case "military-source": options |= PatternOptions.MilitarySource; break;
                case "appeal": options |= PatternOptions.Appeal; break;
                case "pair-subject": options |= PatternOptions.AllowPairSubject; break;
                case "fallback": options |= PatternOptions.Fallback; break;
                case "intransitive": options |= PatternOptions.Intransitive; break;
                case "medium": options |= PatternOptions.Medium; break;
                case "subject-target": options |= PatternOptions.SubjectIsTarget; break;
                case "prep":
                    var list = value.Split('|');
                    if (list.Contains("-"))
                    {
                        options |= PatternOptions.DirectToo;
                    }

                    preps = [.. list.Where(v => v != "-").Select(v => vocabulary.Intern(v.ToLowerInvariant()))];
                    break;
                case "passive": passive = [.. value.Split('|').Select(v => vocabulary.Intern(v.ToLowerInvariant()))]; break;
                case "group": group = RequireCode(line, value, cameo); break;
                default: throw line.Error($"unknown option '{key}'");
            }
        }

        return (options, preps, passive, group, org, domain, cues, notAfter);
    }

    private static string RequireCode(TsvLine line, string code, CameoTable cameo) =>
        cameo.TryGet(code, out _) ? code : throw line.Error($"'{code}' is not a code in the CAMEO table");

    private static PatternSlot WithPlurals(PatternSlot slot, Vocabulary vocabulary) =>
        slot with { WordIds = [.. slot.WordIds.Concat(slot.WordIds.SelectMany(id => NounForms(vocabulary.WordOf(id))).Select(vocabulary.Intern)).Distinct()] };

    /// <summary>A noun and its plural (visit, visits; treaty, treaties; talks stays talks).</summary>
    private static IEnumerable<string> NounForms(string noun)
    {
        yield return noun;
        if (noun.EndsWith('s') || noun.EndsWith('-'))
        {
            yield break;
        }

        if (noun.EndsWith('y') && noun.Length > 1 && noun[^2] is not ('a' or 'e' or 'o' or 'u'))
        {
            yield return noun[..^1] + "ies";
        }
        else if (noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith('x'))
        {
            yield return noun + "es";
        }
        else
        {
            yield return noun + "s";
        }
    }
}
