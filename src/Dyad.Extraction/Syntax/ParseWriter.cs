using System.Text;
using Dyad.Extraction.Pipeline;

namespace Dyad.Extraction.Syntax;

/// <summary>
/// Writes a sentence's analysis on one line for people and tests: each token as word/TAG, phrases in brackets
/// ([NP ...], [VG ...], [T ...]), then the relations as relation(head, dependent) over phrase heads.
/// </summary>
public static class ParseWriter
{
    public static string Write(SentenceAnalysis s)
    {
        var tree = s.Syntax;
        var text = new StringBuilder();
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.PhraseOf(i) is { } p && p.Start == i)
            {
                text.Append(p.Kind switch { PhraseKind.Noun => "[NP ", PhraseKind.Verb => "[VG ", _ => "[T " });
            }

            text.Append(s.Surface(i, i + 1)).Append('/').Append(Short(tree.Tag(i)));
            if (tree.PhraseOf(i) is { } q && q.End == i + 1)
            {
                if (q.Kind == PhraseKind.Verb && tree.Flags(q.Head) != VerbFlags.None)
                {
                    text.Append('{').Append(tree.Flags(q.Head).ToString().Replace(", ", "+", StringComparison.Ordinal)).Append('}');
                }

                text.Append(']');
            }

            text.Append(' ');
        }

        text.Append(" |");
        Relations(s, text);
        return text.ToString();
    }

    /// <summary>The relations between phrase heads and loose words: "nsubj(signed, China)".</summary>
    public static string Relations(SentenceAnalysis s)
    {
        var text = new StringBuilder();
        Relations(s, text);
        return text.ToString().Trim();
    }

    private static void Relations(SentenceAnalysis s, StringBuilder text)
    {
        var tree = s.Syntax;
        for (var i = 0; i < tree.Count; i++)
        {
            var relation = tree.Relation(i);
            var head = tree.Head(i);
            if (relation is Dep.None or Dep.Determiner or Dep.Modifier or Dep.Auxiliary or Dep.Punctuation or Dep.Case or Dep.Coordinator or Dep.Marker
                || relation == Dep.Time && tree.PhraseOf(i) is { Kind: PhraseKind.Time } t && t.Head != i)
            {
                continue;
            }

            text.Append(' ').Append(Name(relation)).Append('(').Append(head < 0 ? "ROOT" : s.Surface(head, head + 1)).Append(", ").Append(s.Surface(i, i + 1)).Append(')');
        }
    }

    public static string Name(Dep relation) => relation switch
    {
        Dep.Subject => "nsubj",
        Dep.PassiveSubject => "nsubjpass",
        Dep.Object => "obj",
        Dep.IndirectObject => "iobj",
        Dep.Oblique => "obl",
        Dep.Agent => "agent",
        Dep.Attribute => "attr",
        Dep.OpenComplement => "xcomp",
        Dep.ClausalComplement => "ccomp",
        Dep.AdverbialClause => "advcl",
        Dep.RelativeClause => "acl",
        Dep.NounModifier => "nmod",
        Dep.Possessor => "poss",
        Dep.Apposition => "appos",
        Dep.Conjunct => "conj",
        Dep.Negation => "neg",
        Dep.Adverbial => "advmod",
        Dep.Time => "time",
        Dep.Root => "root",
        _ => relation.ToString().ToLowerInvariant(),
    };

    private static string Short(Pos tag) => tag switch
    {
        Pos.Noun => "N",
        Pos.ProperNoun => "NP",
        Pos.Adjective => "A",
        Pos.Number => "NUM",
        Pos.Pronoun => "PRON",
        Pos.Determiner => "DET",
        Pos.Possessive => "POSS",
        Pos.Verb => "V",
        Pos.Auxiliary => "AUX",
        Pos.Modal => "MD",
        Pos.Negation => "NEG",
        Pos.Adverb => "ADV",
        Pos.Preposition => "P",
        Pos.InfinitiveTo => "TO",
        Pos.Conjunction => "CC",
        Pos.Subordinator => "SUB",
        Pos.Relative => "REL",
        Pos.Complementizer => "COMP",
        Pos.Punctuation => "PUNCT",
        _ => "X",
    };
}
