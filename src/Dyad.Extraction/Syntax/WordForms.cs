using Dyad.Extraction.Lexicons;

namespace Dyad.Extraction.Syntax;

/// <summary>
/// What the tagger knows of open-class words before it looks at context: which words can be forms of a verb
/// (data/grammar/verbs.txt and the event verbs, inflected), which form each is, and its lemma. Compiled once into
/// arrays indexed by word id, so tagging a token is an array read.
/// </summary>
public sealed class WordForms
{
    private readonly VerbForm[] _forms;
    private readonly int[] _lemmas;

    private WordForms(VerbForm[] forms, int[] lemmas)
    {
        _forms = forms;
        _lemmas = lemmas;
    }

    /// <summary>The number of verb lemmas known.</summary>
    public int LemmaCount { get; private init; }

    public static WordForms Build(Vocabulary vocabulary, Inflector inflector, IEnumerable<string> lemmas)
    {
        var entries = new List<(int Form, VerbForm Kind, int Lemma)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lemma in lemmas)
        {
            if (!seen.Add(lemma))
            {
                continue;
            }

            var lemmaId = vocabulary.Intern(lemma);
            foreach (var (form, kind) in inflector.Inflections(lemma))
            {
                entries.Add((vocabulary.Intern(form), kind, lemmaId));
            }
        }

        var forms = new VerbForm[vocabulary.Count];
        var lemmaIds = new int[vocabulary.Count];
        Array.Fill(lemmaIds, -1);
        foreach (var (form, kind, lemma) in entries)
        {
            // Known verb forms are verbs for the older word-class checks too ("took Kabul" has an object).
            vocabulary.AddClass(form, WordClass.Verb);
            forms[form] |= kind;
            if (lemmaIds[form] < 0)
            {
                lemmaIds[form] = lemma;
            }
        }

        return new WordForms(forms, lemmaIds) { LemmaCount = seen.Count };
    }

    /// <summary>Reads the lemmas of a verbs file: several per line, separated by spaces.</summary>
    public static IEnumerable<string> ReadVerbList(string path) =>
        TsvFile.ReadList(path).SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.ToLowerInvariant());

    public VerbForm VerbFormsOf(int wordId) => wordId >= 0 && wordId < _forms.Length ? _forms[wordId] : VerbForm.None;

    /// <summary>The lemma of a verb form, or -1.</summary>
    public int LemmaOf(int wordId) => wordId >= 0 && wordId < _lemmas.Length ? _lemmas[wordId] : -1;
}
