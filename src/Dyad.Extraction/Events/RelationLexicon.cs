using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Events;

/// <summary>The words of data/events/relations.tsv: what names a relationship, and what judges it (with a tone).</summary>
public sealed class RelationLexicon
{
    private readonly Dictionary<int, double> _cues = [];

    public PhraseTrie<bool> Nouns { get; } = new();

    public bool IsEmpty => _cues.Count == 0;

    public bool TryCue(int wordId, out double tone) => _cues.TryGetValue(wordId, out tone);

    public static RelationLexicon Load(string path, Tokenizer tokenizer, Vocabulary vocabulary)
    {
        var lexicon = new RelationLexicon();
        if (!File.Exists(path))
        {
            return lexicon;
        }

        foreach (var line in TsvFile.Read(path, 2))
        {
            switch (line.Column(0))
            {
                case "noun":
                    lexicon.Nouns.Add(tokenizer.TokenizePhrase(line.Column(1)).ConvertAll(t => t.WordId), true);
                    break;
                case "cue":
                    if (!double.TryParse(line.Column(2), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var tone)
                        || tone is < -10 or > 10)
                    {
                        throw line.Error($"the tone of '{line.Column(1)}' must be a number from -10 to 10");
                    }

                    lexicon._cues[vocabulary.Intern(line.Column(1).ToLowerInvariant())] = tone;
                    break;
                default:
                    throw line.Error($"unknown kind '{line.Column(0)}' (noun or cue)");
            }
        }

        return lexicon;
    }
}
