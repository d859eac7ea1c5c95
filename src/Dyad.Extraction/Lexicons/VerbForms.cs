using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Lexicons;

/// <summary>
/// Whether a token reads as a verb from its words alone, before or without the event triggers: a known verb form
/// (not an auxiliary or a preposition), or an unknown lower-case word in -ed ("continued", "responded").
/// </summary>
public sealed class VerbForms
{
    private readonly Vocabulary _vocabulary;
    private readonly int _hyphen;

    public VerbForms(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _hyphen = vocabulary.Intern("-");
    }

    public bool IsVerbForm(SentenceAnalysis s, int k)
    {
        var token = s.Tokens[k];
        if (token.Kind != TokenKind.Word || token.IsCapitalized || k > 0 && s.Tokens[k - 1].WordId == _hyphen)
        {
            return false;
        }

        var id = token.WordId;
        return id >= 0 ? _vocabulary.Is(id, WordClass.Verb) && !_vocabulary.Is(id, WordClass.Auxiliary) && !_vocabulary.Is(id, WordClass.Preposition)
            : s.Folded(k) is { Length: > 4 } word && word.EndsWith("ed", StringComparison.Ordinal);
    }
}
