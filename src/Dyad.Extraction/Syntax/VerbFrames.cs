using Dyad.Extraction.Lexicons;

namespace Dyad.Extraction.Syntax;

/// <summary>What some words take after them (data/grammar/verb-frames.tsv), as word ids: verb lemmas, nouns in both numbers.</summary>
public sealed class VerbFrames
{
    private VerbFrames(HashSet<int> objectControl, HashSet<(int Verb, int Preposition)> obliqueControl, HashSet<int> gerundComplement, HashSet<int> infinitiveNouns, HashSet<int> reporting)
    {
        ObliqueControl = obliqueControl;
        Reporting = reporting;
        ObjectControl = objectControl;
        GerundComplement = gerundComplement;
        InfinitiveNouns = infinitiveNouns;
    }

    /// <summary>Verb lemmas whose object is the subject of the infinitive after it.</summary>
    public IReadOnlySet<int> ObjectControl { get; }

    /// <summary>Verb lemmas and prepositions whose prepositional object is the subject of the infinitive after it ("called on India to").</summary>
    public IReadOnlySet<(int Verb, int Preposition)> ObliqueControl { get; }

    /// <summary>Verb lemmas that take an -ing verb as their complement.</summary>
    public IReadOnlySet<int> GerundComplement { get; }

    /// <summary>Verb lemmas of saying, whose subject may follow them: "..., said the document".</summary>
    public IReadOnlySet<int> Reporting { get; }

    /// <summary>Nouns (singular and plural) that take an infinitive of their own.</summary>
    public IReadOnlySet<int> InfinitiveNouns { get; }

    public static VerbFrames Load(string path, Vocabulary vocabulary)
    {
        HashSet<int> control = [], gerund = [], nouns = [], reporting = [];
        HashSet<(int, int)> oblique = [];
        foreach (var line in TsvFile.Read(path, 2))
        {
            var words = line.Column(1).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());
            switch (line.Column(0))
            {
                case "object-control":
                    control.UnionWith(words.Select(vocabulary.Intern));
                    break;
                case "oblique-control":
                    foreach (var word in words)
                    {
                        var slash = word.IndexOf('/');
                        if (slash <= 0 || slash == word.Length - 1)
                        {
                            throw line.Error($"'{word}': an oblique-control entry is verb/preposition, as in call/on");
                        }

                        oblique.Add((vocabulary.Intern(word[..slash]), vocabulary.Intern(word[(slash + 1)..])));
                    }

                    break;
                case "gerund-complement":
                    gerund.UnionWith(words.Select(vocabulary.Intern));
                    break;
                case "reporting":
                    reporting.UnionWith(words.Select(vocabulary.Intern));
                    break;
                case "infinitive-noun":
                    foreach (var word in words)
                    {
                        nouns.Add(vocabulary.Intern(word));
                        nouns.Add(vocabulary.Intern(word.EndsWith('s') ? word + "es" : word.EndsWith('y') ? word[..^1] + "ies" : word + "s"));
                    }

                    break;
                default:
                    throw line.Error($"unknown frame '{line.Column(0)}' (known: object-control, oblique-control, gerund-complement, infinitive-noun, reporting)");
            }
        }

        return new VerbFrames(control, oblique, gerund, nouns, reporting);
    }
}
