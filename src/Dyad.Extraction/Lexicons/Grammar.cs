namespace Dyad.Extraction.Lexicons;

/// <summary>
/// Loads data/grammar/closed-class.tsv into the vocabulary's word classes, so the matchers ask
/// "is this token a preposition?" with one array read.
/// </summary>
public static class Grammar
{
    private static readonly Dictionary<string, WordClass> ClassNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["prep"] = WordClass.Preposition,
        ["det"] = WordClass.Determiner,
        ["aux"] = WordClass.Auxiliary,
        ["modal"] = WordClass.Modal,
        ["neg"] = WordClass.Negation,
        ["conj"] = WordClass.Conjunction,
        ["pron"] = WordClass.Pronoun,
        ["rel"] = WordClass.Relative,
        ["subord"] = WordClass.Subordinator,
        ["adverb"] = WordClass.Adverb,
        ["possessive"] = WordClass.Possessive,
        ["clause-break"] = WordClass.ClauseBreak,
        ["starter"] = WordClass.SentenceStarter,
        ["copula"] = WordClass.Copula,
        ["quantifier"] = WordClass.Quantifier,
        ["pair-anaphor"] = WordClass.PairAnaphor,
        ["person-pronoun"] = WordClass.PersonPronoun,
        ["thing-pronoun"] = WordClass.ThingPronoun,
        ["plural-pronoun"] = WordClass.PluralPronoun,
        ["hedge"] = WordClass.Hedge,
        ["intent"] = WordClass.Intent,
        ["condition"] = WordClass.Condition,
        ["threat"] = WordClass.Threat,
        ["time-relation"] = WordClass.TimeRelation,
        ["partitive"] = WordClass.Partitive,
        ["ordinal"] = WordClass.Ordinal,
        ["modifier-suffix"] = WordClass.ModifierSuffix,
        ["name-head"] = WordClass.NameHead,
        ["pair-noun"] = WordClass.PairNoun,
        ["state-noun"] = WordClass.StateNoun,
        ["normative"] = WordClass.Normative,
        ["request-verb"] = WordClass.RequestVerb,
        ["companion-verb"] = WordClass.CompanionVerb,
        ["attempt"] = WordClass.Attempt,
        ["member-noun"] = WordClass.MemberNoun,
        ["definite"] = WordClass.Definite,
        ["verb"] = WordClass.Verb,
        ["organisation-noun"] = WordClass.OrganizationNoun,
        ["adjective"] = WordClass.Adjective,
        ["locative"] = WordClass.Locative,
    };

    public static void Load(string path, Vocabulary vocabulary)
    {
        foreach (var line in TsvFile.Read(path, 2))
        {
            var word = line.Column(0).ToLowerInvariant();
            var id = vocabulary.Intern(word);
            foreach (var name in line.Column(1).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!ClassNames.TryGetValue(name, out var wordClass))
                {
                    throw line.Error($"unknown word class '{name}' (known: {string.Join(", ", ClassNames.Keys)})");
                }

                vocabulary.AddClass(id, wordClass);
            }
        }
    }

    /// <summary>Gives every word of a plain list one class (used for the sentence-starter list).</summary>
    public static void LoadList(string path, Vocabulary vocabulary, WordClass wordClass)
    {
        foreach (var word in TsvFile.ReadList(path))
        {
            vocabulary.AddClass(vocabulary.Intern(word.ToLowerInvariant()), wordClass);
        }
    }
}
