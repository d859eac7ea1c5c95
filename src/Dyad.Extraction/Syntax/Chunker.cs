using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Syntax;

/// <summary>
/// Pipeline stage: groups tagged tokens into noun phrases, verb groups and time adjuncts, and links the words
/// inside each phrase to its head (determiners, modifiers, possessors; auxiliaries, negation). An actor's name is
/// never split; "Pakistan's" closes a possessor phrase that attaches to the noun phrase after it; a time expression
/// that only modifies a noun ("the 1965 war") stays inside that noun phrase.
/// </summary>
public sealed class Chunker
{
    private readonly int _hyphen;
    private readonly HashSet<int> _beForms;
    private readonly HashSet<int> _haveForms;
    private readonly HashSet<int> _getForms;
    private readonly HashSet<int> _copulas;

    public Chunker(Vocabulary vocabulary)
    {
        _hyphen = vocabulary.Intern("-");
        _beForms = [.. new[] { "be", "is", "are", "was", "were", "been", "being", "am" }.Select(vocabulary.Intern)];
        _haveForms = [.. new[] { "have", "has", "had", "having" }.Select(vocabulary.Intern)];
        _getForms = [.. new[] { "get", "gets", "got", "gotten", "getting" }.Select(vocabulary.Intern)];
        _copulas = [.. new[] { "become", "becomes", "became", "becoming", "remain", "remains", "remained", "remaining", "seem", "seems", "seemed", "appear", "appears", "appeared", "stay", "stays", "stayed" }.Select(vocabulary.Intern)];
    }

    public void Process(SentenceAnalysis s)
    {
        var tree = s.Syntax;
        var i = 0;
        while (i < tree.Count)
        {
            // A happening used as a date ("the Soviet withdrawal from Afghanistan") is still a noun phrase.
            if (s.TimeAt(i) is { } time && time.Kind != TimeKind.Anchor && time.Start == i && s.ActorAt(i) is null
                && (time.Role != TimeRole.Modifier || NameFollows(s, time.End)))
            {
                var end = Math.Min(time.End, tree.Count);
                tree.AddPhrase(new Phrase(PhraseKind.Time, i, end, end - 1));
                for (var k = i; k < end - 1; k++)
                {
                    tree.Attach(k, end - 1, Dep.Time);
                }

                i = end;
                continue;
            }

            // "in the 1980s": determiners before a time expression belong to it.
            var d = i;
            while (d < tree.Count && tree.Tag(d) == Pos.Determiner && s.ActorAt(d) is null)
            {
                d++;
            }

            if (d > i && s.TimeAt(d) is { } later && (later.Role != TimeRole.Modifier || NameFollows(s, later.End)) && later.Kind != TimeKind.Anchor && later.Start == d && s.ActorAt(d) is null)
            {
                var end = Math.Min(later.End, tree.Count);
                tree.AddPhrase(new Phrase(PhraseKind.Time, i, end, end - 1));
                for (var k = i; k < end - 1; k++)
                {
                    tree.Attach(k, end - 1, Dep.Time);
                }

                i = end;
                continue;
            }

            var np = NounPhraseEnd(s, i);
            if (np > i)
            {
                AddNounPhrase(s, i, np);
                i = np;
                continue;
            }

            var vg = VerbGroupEnd(s, i);
            if (vg > i)
            {
                AddVerbGroup(s, i, vg);
                i = vg;
                continue;
            }

            i++;
        }
    }

    /// <summary>"Through the 1980s Pakistan armed ...": a date before a state's name is an adjunct, not its modifier.</summary>
    private static bool NameFollows(SentenceAnalysis s, int k) =>
        k < s.Tokens.Count && s.ActorAt(k) is { } m && m.Start == k && !m.Has(Actors.MentionFlags.Adjective) && !m.Has(Actors.MentionFlags.Anaphor);

    private static bool IsNounPhraseWord(SyntaxTree tree, int k) =>
        tree.Tag(k) is Pos.Determiner or Pos.Possessive or Pos.Adjective or Pos.Number or Pos.Noun or Pos.ProperNoun;

    /// <summary>One past the last token of a noun phrase starting at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    private int NounPhraseEnd(SentenceAnalysis s, int start)
    {
        var tree = s.Syntax;
        var tag = tree.Tag(start);
        if (tag == Pos.Pronoun)
        {
            return start + 1;
        }

        if (!IsNounPhraseWord(tree, start) || tag == Pos.Possessive && s.Tokens[start].Kind == TokenKind.Punct)
        {
            return start;
        }

        var k = start;
        var sawHeadWord = false;
        while (k < tree.Count)
        {
            if (s.ActorAt(k) is { } actor && actor.Start == k && !(actor.Has(Actors.MentionFlags.Anaphor) && tree.Tag(k) == Pos.Pronoun))
            {
                if (k > start && sawHeadWord && start > 0 && tree.Tag(start - 1) == Pos.Preposition && !actor.Has(Actors.MentionFlags.Adjective)
                    && VerbAfterNames(s, actor.End))
                {
                    return k; // "In return Peru lifted ...", "At the time Pakistan and India agreed": the names start the clause
                }

                // A name is one unit ("the Soviet Union", "Prime Minister P.V. Narasimha Rao").
                k = Math.Min(actor.End, tree.Count);
                sawHeadWord |= tree.Tag(k - 1) != Pos.Possessive; // "their" determines what follows
                if (k < tree.Count && IsClitic(s, k))
                {
                    return k + 1; // "Pakistan's": a possessor phrase of its own
                }

                continue;
            }

            var t = tree.Tag(k);
            if (t == Pos.Determiner && k > start && sawHeadWord || t == Pos.Number && k > start && s.ActorAt(k - 1) is { } named && !named.Has(Actors.MentionFlags.Adjective) && !named.Has(Actors.MentionFlags.Anaphor))
            {
                return k; // "gave Pakistan the planes", "sold Peru twelve aircraft": a second object starts
            }

            if (s.TimeAt(k) is { } time && time.Role != TimeRole.Modifier && time.Kind != TimeKind.Anchor && k > start)
            {
                // "their 1965-1966 war": a date between a determiner and its noun modifies the noun.
                var timeEnd = Math.Min(time.End, tree.Count);
                if (!sawHeadWord && timeEnd < tree.Count && tree.Tag(timeEnd) is Pos.Noun or Pos.Adjective && s.ActorAt(timeEnd) is null)
                {
                    k = timeEnd;
                    continue;
                }

                return k;
            }

            if (IsNounPhraseWord(tree, k) && !(t == Pos.Possessive && s.Tokens[k].Kind == TokenKind.Punct))
            {
                sawHeadWord |= t is Pos.Noun or Pos.ProperNoun or Pos.Number;
                if (t == Pos.Possessive && k > start)
                {
                    return k; // "the troops their ..." does not run on
                }

                k++;
                continue;
            }

            if (IsClitic(s, k) && k > start)
            {
                return k + 1;
            }

            // Quotation marks around a name inside the phrase: the famous "Tashkent Declaration".
            if (IsQuote(s, k) && k + 1 < tree.Count && IsNounPhraseWord(tree, k + 1) && !IsQuote(s, k + 1))
            {
                k++;
                continue;
            }

            if (IsQuote(s, k) && k > start && k + 1 < tree.Count && !IsNounPhraseWord(tree, k + 1) && s.Tokens[k].IsAttached)
            {
                return k + 1; // the closing mark
            }

            // Hyphenated words stay in the phrase: "Indo-Pak war", "ground- and air-based attack".
            if (s.Tokens[k].WordId == _hyphen && k > start && k + 1 < tree.Count && IsNounPhraseWord(tree, k + 1))
            {
                k += 2;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>A verb group follows, past any further names joined by "and" or commas.</summary>
    private static bool VerbAfterNames(SentenceAnalysis s, int k)
    {
        var tree = s.Syntax;
        while (k < tree.Count && (tree.Tag(k) is Pos.Conjunction || s.Tokens[k].Kind == TokenKind.Punct && s.Folded(k) is ",") && k + 1 < tree.Count)
        {
            var next = k + 1;
            while (next < tree.Count && tree.Tag(next) == Pos.Determiner)
            {
                next++;
            }

            if (s.ActorAt(next) is not { } other || other.Start != next)
            {
                return false;
            }

            k = other.End;
        }

        return k < tree.Count && tree.Tag(k) is Pos.Verb or Pos.Auxiliary or Pos.Modal || k < tree.Count && tree.Tag(k) == Pos.Adverb && k + 1 < tree.Count && tree.Tag(k + 1) is Pos.Verb or Pos.Auxiliary or Pos.Modal;
    }

    private static bool IsQuote(SentenceAnalysis s, int k) =>
        s.Tokens[k].Kind == TokenKind.Punct && s.Text.Folded[s.Tokens[k].Start] is '"' or '\u201c' or '\u201d' or '\u2018' or '\u2019' or '\'';

    private static bool IsClitic(SentenceAnalysis s, int k) => s.Syntax.Tag(k) == Pos.Possessive && (s.Tokens[k].Kind == TokenKind.Punct || s.Folded(k) is "'s");

    private void AddNounPhrase(SentenceAnalysis s, int start, int end)
    {
        var tree = s.Syntax;
        var possessor = end - 1 > start && IsClitic(s, end - 1);
        var last = possessor ? end - 2 : end - 1;
        var head = last;
        while (head > start && !tree.IsNominal(head) && !(s.ActorAt(head) is { } m && m.End - 1 == head))
        {
            head--;
        }

        // Within a name the last word heads it ("Prime Minister Nawaz Sharif").
        tree.AddPhrase(new Phrase(PhraseKind.Noun, start, end, head));
        for (var k = start; k < end; k++)
        {
            if (k == head)
            {
                continue;
            }

            var tag = tree.Tag(k);
            tree.Attach(k, head, k == end - 1 && possessor ? Dep.Case
                : tag == Pos.Determiner ? Dep.Determiner
                : tag == Pos.Possessive ? Dep.Possessor
                : Dep.Modifier);
        }

        // "Pakistan's defence needs": the possessor phrase attaches to the next noun phrase, when there is one.
        var previous = tree.Phrases.Count - 2;
        if (previous >= 0 && tree.Phrases[previous] is { Kind: PhraseKind.Noun } before && before.End == start && before.End - 1 > before.Start && IsClitic(s, before.End - 1))
        {
            tree.Attach(before.Head, head, Dep.Possessor);
        }
    }

    /// <summary>One past the end of a verb group at <paramref name="start"/>: (modal|aux|neg|adverb)* verb, or "to" verb.</summary>
    private static int VerbGroupEnd(SentenceAnalysis s, int start)
    {
        var tree = s.Syntax;
        var tag = tree.Tag(start);
        if (tag is not (Pos.Modal or Pos.Auxiliary or Pos.Verb or Pos.InfinitiveTo or Pos.Negation))
        {
            return start;
        }

        var k = start;
        var lastVerbal = -1;
        while (k < tree.Count)
        {
            var t = tree.Tag(k);
            if (t == Pos.Verb)
            {
                lastVerbal = k;
                k++;
                break; // the main verb ends the group
            }

            if (t is Pos.Modal or Pos.Auxiliary or Pos.InfinitiveTo)
            {
                lastVerbal = k;
                k++;
                continue;
            }

            if (t is Pos.Adverb or Pos.Negation && lastVerbal >= 0 || t == Pos.Negation && k == start)
            {
                k++;
                continue;
            }

            break;
        }

        return lastVerbal < 0 ? start : lastVerbal + 1;
    }

    private void AddVerbGroup(SentenceAnalysis s, int start, int end)
    {
        var tree = s.Syntax;
        var head = end - 1;
        tree.AddPhrase(new Phrase(PhraseKind.Verb, start, end, head));
        var flags = VerbFlags.None;
        var sawBe = false;
        var sawHave = false;
        var sawGet = false;
        for (var k = start; k < end; k++)
        {
            var tag = tree.Tag(k);
            var id = s.Tokens[k].WordId;
            if (k != head)
            {
                tree.Attach(k, head, tag switch
                {
                    Pos.Negation => Dep.Negation,
                    Pos.Adverb => Dep.Adverbial,
                    Pos.InfinitiveTo => Dep.Marker,
                    _ => Dep.Auxiliary,
                });
            }

            switch (tag)
            {
                case Pos.Modal:
                    flags |= VerbFlags.Modal | VerbFlags.Finite;
                    tree.SetModal(head, k);
                    break;
                case Pos.Negation:
                    flags |= VerbFlags.Negated;
                    break;
                case Pos.InfinitiveTo:
                    flags |= VerbFlags.Infinitive;
                    break;
                case Pos.Auxiliary:
                    if (k == start && !(s.Folded(k) is "be" or "been" or "being" or "having"))
                    {
                        flags |= VerbFlags.Finite;
                    }

                    sawBe |= _beForms.Contains(id) && k != head;
                    sawHave |= _haveForms.Contains(id) && k != head;
                    break;
                case Pos.Verb when k != head:
                    sawGet |= _getForms.Contains(id);
                    break;
            }
        }

        var headForm = tree.Form(head);
        var headId = s.Tokens[head].WordId;
        if (tree.Tag(head) == Pos.Verb)
        {
            if ((sawBe || sawGet) && (headForm & VerbForm.Participle) != 0)
            {
                flags |= VerbFlags.Passive;
            }
            else if (sawBe && (headForm & VerbForm.Gerund) != 0)
            {
                flags |= VerbFlags.Progressive;
            }

            if (sawHave && (headForm & VerbForm.Participle) != 0)
            {
                flags |= VerbFlags.Perfect;
            }

            if (start == head)
            {
                // A bare verb: its form says whether it is finite, a gerund or a participle.
                if ((headForm & VerbForm.Gerund) != 0)
                {
                    flags |= VerbFlags.Gerund;
                }
                else if (headForm == VerbForm.Participle)
                {
                    flags |= VerbFlags.Participle;
                }
                else
                {
                    flags |= VerbFlags.Finite;
                }
            }

            if (_copulas.Contains(headId) && (flags & VerbFlags.Passive) == 0)
            {
                flags |= VerbFlags.Copula;
            }
        }
        else if (_beForms.Contains(headId))
        {
            flags |= VerbFlags.Copula; // "is", "was" with no main verb after them
            if (start == head && !(s.Folded(head) is "be" or "been" or "being"))
            {
                flags |= VerbFlags.Finite;
            }
            else if (start == head && s.Folded(head) is "being")
            {
                flags |= VerbFlags.Gerund; // "Being a permanent member of the UNSC, Moscow ..."
            }
        }
        else if (start == head && s.Folded(head) is "having")
        {
            flags |= VerbFlags.Gerund;
        }

        if ((flags & VerbFlags.Infinitive) != 0)
        {
            flags &= ~VerbFlags.Finite;
        }

        tree.SetFlags(head, flags);
    }
}
