using Dyad.Extraction.Syntax;
using Dyad.Testing;

namespace Dyad.Extraction.Tests.Syntax;

/// <summary>Parses one sentence with the full pipeline and renders its relations ("nsubj(signed, Chile) ...").</summary>
internal static class Parse
{
    public static string Relations(string sentence)
    {
        var relations = string.Empty;
        TestLexicons.NewPipeline().Trace(sentence, (analysis, _) =>
        {
            if (analysis.Sentence.Index == 0)
            {
                relations = ParseWriter.Relations(analysis);
            }
        });

        return relations;
    }

    public static string Full(string sentence)
    {
        var text = string.Empty;
        TestLexicons.NewPipeline().Trace(sentence, (analysis, _) =>
        {
            if (analysis.Sentence.Index == 0)
            {
                text = ParseWriter.Write(analysis);
            }
        });

        return text;
    }
}
