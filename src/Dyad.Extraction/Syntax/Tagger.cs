using Dyad.Extraction.Actors;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Syntax;

/// <summary>
/// Pipeline stage: gives every token a part of speech. Closed-class words come from data/grammar, names from the
/// actor recogniser, verb forms from data/grammar/verbs.txt and the event verbs; unknown words are read by their
/// endings. A word that can be a verb or a noun ("attack", "talks", "forces") is decided by its neighbours: after a
/// determiner, a possessive or an adjective it is a noun; after a modal, "to" or a subject pronoun a verb; a plural
/// noun after a noun is one only when a surer verb follows in the same clause ("US forces attacked").
/// </summary>
public sealed class Tagger
{
    private const int ClauseLookahead = 14;

    private readonly Vocabulary _vocabulary;
    private readonly WordForms _forms;
    private readonly VerbFrames _frames;
    private readonly TimeLexicon _time;
    private readonly int _to;
    private readonly int _that;
    private readonly int _as;
    private readonly int _well;
    private readonly int _her;
    private readonly int _apostropheS;
    private readonly int _apostrophe;
    private readonly int _hyphen;
    private readonly int _comma;
    private readonly int _such;
    private readonly int _whether;
    private readonly int _so;
    private readonly int _of;
    private readonly int _by;
    private readonly int _there;
    private readonly HashSet<int> _verbPrefixes;
    private readonly HashSet<int> _doForms;
    private readonly HashSet<int> _beForms;
    private readonly HashSet<int> _haveForms;
    private readonly HashSet<int> _pronounQuantifiers;
    private readonly HashSet<int> _subjectPronouns;
    private readonly HashSet<int> _nounOnly;
    private readonly HashSet<int> _adverbExceptions;

    public Tagger(Vocabulary vocabulary, WordForms forms, VerbFrames frames, TimeLexicon time)
    {
        _vocabulary = vocabulary;
        _forms = forms;
        _frames = frames;
        _time = time;
        _to = vocabulary.Intern("to");
        _that = vocabulary.Intern("that");
        _as = vocabulary.Intern("as");
        _well = vocabulary.Intern("well");
        _her = vocabulary.Intern("her");
        _apostropheS = vocabulary.Intern("'s");
        _apostrophe = vocabulary.Intern("'");
        _hyphen = vocabulary.Intern("-");
        _comma = vocabulary.Intern(",");
        _such = vocabulary.Intern("such");
        _whether = vocabulary.Intern("whether");
        _so = vocabulary.Intern("so");
        _of = vocabulary.Intern("of");
        _by = vocabulary.Intern("by");
        _there = vocabulary.Intern("there");
        _verbPrefixes = Ids(vocabulary, "co", "re", "counter", "pre", "over", "under", "mis", "cross", "out");
        _doForms = Ids(vocabulary, "do", "does", "did");
        _beForms = Ids(vocabulary, "be", "is", "are", "was", "were", "been", "being", "am");
        _haveForms = Ids(vocabulary, "have", "has", "had", "having");
        _pronounQuantifiers = Ids(vocabulary, "both", "all", "each", "either", "neither", "many", "some", "most", "several", "few", "none", "others");
        _subjectPronouns = Ids(vocabulary, "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "both", "all", "each", "some", "many", "most", "none", "others", "several", "neither", "either");
        // Plural nouns whose singular is also a verb, read as nouns unless context insists.
        _nounOnly = Ids(vocabulary, "troops", "relations", "ties", "arms", "forces", "talks", "parts", "terms", "means", "sides", "leaders", "states", "affairs", "interests", "goods", "funds", "rights", "lands", "waters", "officials", "powers");
        _adverbExceptions = Ids(vocabulary, "ally", "rally", "supply", "apply", "reply", "comply", "rely", "italy", "family", "assembly", "monopoly", "anomaly", "july", "fly", "bully", "tally", "multiply", "imply");
    }

    private static HashSet<int> Ids(Vocabulary vocabulary, params string[] words) => [.. words.Select(vocabulary.Intern)];

    public void Process(SentenceAnalysis s)
    {
        var tree = s.Syntax;
        var tokens = s.Tokens;
        tree.Reset(tokens.Count);
        var capitalsMeanNames = CapitalsMeanNames(s);
        for (var i = 0; i < tokens.Count; i++)
        {
            TagLexically(s, i, capitalsMeanNames);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            Disambiguate(s, i);
        }
    }

    /// <summary>In a headline or a line in capitals every word is capitalised, and capitals say nothing about names.</summary>
    private static bool CapitalsMeanNames(SentenceAnalysis s)
    {
        int words = 0, capitalised = 0;
        foreach (var t in s.Tokens)
        {
            if (t.Kind == TokenKind.Word && t.Length > 3)
            {
                words++;
                if (t.IsCapitalized)
                {
                    capitalised++;
                }
            }
        }

        return words < 4 || capitalised * 10 < words * 7;
    }

    private void TagLexically(SentenceAnalysis s, int i, bool capitalsMeanNames)
    {
        var tree = s.Syntax;
        var token = s.Tokens[i];
        var id = token.WordId;
        if ((id == _apostropheS || id == _apostrophe) && i > 0 && s.Tokens[i - 1].IsWord && s.Tokens[i].IsAttached)
        {
            tree.SetTag(i, Pos.Possessive); // "Pakistan's", "the Foreign Ministers' meeting"
            return;
        }

        if (i == 0 && token.Length == 1 && s.Text.Folded[token.Start] == 'o' && !token.IsCapitalized && tree.Count > 1 && s.Tokens[1].IsCapitalized)
        {
            tree.SetTag(i, Pos.Punctuation); // a bullet typed as the letter o
            return;
        }

        switch (token.Kind)
        {
            case TokenKind.Punct:
                tree.SetTag(i, Pos.Punctuation);
                return;
            case TokenKind.Number:
            case TokenKind.Decade:
                tree.SetTag(i, Pos.Number);
                return;
            case TokenKind.Ordinal:
                tree.SetTag(i, Pos.Adjective);
                return;
        }

        if (s.ActorAt(i) is { } actor && !actor.Has(MentionFlags.Anaphor))
        {
            // A name, or the role words merged into it ("Pakistan's armed forces"); a demonym before a noun modifies it.
            tree.SetTag(i, actor.Has(MentionFlags.Adjective) && i == actor.End - 1 && NominalFollows(s, i + 1)
                || actor.Parties.Any(p => p.Kind == Core.Actors.ActorKind.StateAdjective) && i == actor.End - 1 && CoordinatedModifierFollows(s, i + 1)
                ? Pos.Adjective : Pos.ProperNoun);
            return;
        }

        if (_time.TryNumber(id, out _) && (_vocabulary.ClassOf(id) & (WordClass.Pronoun | WordClass.Determiner)) == 0)
        {
            tree.SetTag(i, Pos.Number);
            return;
        }

        if (id == _apostropheS)
        {
            tree.SetTag(i, Pos.Possessive);
            return;
        }

        if (s.TimeAt(i) is { Kind: not TimeKind.Anchor } && _time.TryMonth(id, out _))
        {
            tree.SetTag(i, Pos.ProperNoun); // "1 May 1960": a month, not the modal
            return;
        }

        var classes = _vocabulary.ClassOf(id);
        var forms = _forms.VerbFormsOf(id);
        const WordClass grammatical = WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.Modal | WordClass.Conjunction
            | WordClass.Pronoun | WordClass.Relative | WordClass.Subordinator | WordClass.Adverb | WordClass.Possessive | WordClass.Adjective;
        if (classes != WordClass.None && (forms == VerbForm.None || (classes & grammatical) != 0) && TagClosedClass(s, i, id, classes))
        {
            return;
        }

        var word = s.Folded(i);
        var nameLike = capitalsMeanNames && token.IsCapitalized && (i > 0 && !AfterSentenceBreak(s, i)
            || id < 0 && forms == VerbForm.None && !LooksVerbal(word) && NameContinues(s, i));
        if (nameLike && !(forms != VerbForm.None && i == 0))
        {
            tree.SetTag(i, Pos.ProperNoun);
            return;
        }

        if (forms != VerbForm.None)
        {
            tree.SetTag(i, Pos.Verb, forms);
            tree.SetLemma(i, _forms.LemmaOf(id));
            return;
        }

        tree.SetTag(i, word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) ? Pos.Verb
            : word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) ? Pos.Verb
            : word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !_adverbExceptions.Contains(id) ? Pos.Adverb
            : LooksAdjective(word) ? Pos.Adjective
            : Pos.Noun,
            word.EndsWith("ing", StringComparison.Ordinal) ? VerbForm.Gerund : word.EndsWith("ed", StringComparison.Ordinal) ? VerbForm.Past | VerbForm.Participle : VerbForm.None);
    }

    /// <summary>"Indian and Chinese troops": a demonym coordinated with another before their noun.</summary>
    private bool CoordinatedModifierFollows(SentenceAnalysis s, int k)
    {
        if (k + 2 >= s.Tokens.Count || !(s.Tokens[k].WordId == _comma || _vocabulary.Is(s.Tokens[k].WordId, WordClass.Conjunction)))
        {
            return false;
        }

        return s.ActorAt(k + 1) is { } next && next.Start == k + 1 && next.Parties.Any(p => p.Kind == Core.Actors.ActorKind.StateAdjective);
    }

    /// <summary>An unknown capitalised first word is a name when another capitalised word follows ("Full diplomatic relations ...": no).</summary>
    private static bool NameContinues(SentenceAnalysis s, int i) =>
        i + 1 >= s.Tokens.Count || s.Tokens[i + 1].IsCapitalized || s.Tokens[i + 1].Kind == TokenKind.Punct;

    private static bool LooksVerbal(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal));

    private static bool LooksAdjective(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ous", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal)
            || word.EndsWith("ful", StringComparison.Ordinal) || word.EndsWith("less", StringComparison.Ordinal)
            || word.EndsWith("able", StringComparison.Ordinal) || word.EndsWith("ible", StringComparison.Ordinal)
            || word.EndsWith("ical", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
            || word.EndsWith("ary", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal));

    private bool AfterSentenceBreak(SentenceAnalysis s, int i)
    {
        // The first word of the sentence, or of a quotation or a line after a colon, is capitalised anyway.
        for (var k = i - 1; k >= 0; k--)
        {
            var t = s.Tokens[k];
            if (t.Kind != TokenKind.Punct)
            {
                return false;
            }

            var c = s.Text.Folded[t.Start];
            if (c is ':' or '"' or '\'' or '(' or '-' or '\u2014' or '\u2013')
            {
                return true;
            }
        }

        return true;
    }

    private bool TagClosedClass(SentenceAnalysis s, int i, int id, WordClass classes)
    {
        var tree = s.Syntax;
        if (id == _to || id == _that || id == _as || id == _her)
        {
            tree.SetTag(i, id == _to || id == _as ? Pos.Preposition : id == _her ? Pos.Possessive : Pos.Determiner);
            return true; // decided in context
        }

        if (id == _whether)
        {
            tree.SetTag(i, Pos.Complementizer);
            return true;
        }

        if ((classes & WordClass.Adjective) != 0)
        {
            tree.SetTag(i, Pos.Adjective);
        }
        else if ((classes & WordClass.Modal) != 0)
        {
            tree.SetTag(i, Pos.Modal);
        }
        else if ((classes & WordClass.Auxiliary) != 0)
        {
            tree.SetTag(i, Pos.Auxiliary);
        }
        else if ((classes & WordClass.Possessive) != 0)
        {
            tree.SetTag(i, Pos.Possessive);
        }
        else if ((classes & WordClass.Relative) != 0 && (classes & WordClass.Determiner) == 0 && (classes & WordClass.Subordinator) == 0)
        {
            tree.SetTag(i, Pos.Relative);
        }
        else if ((classes & WordClass.Relative) != 0 && (classes & WordClass.Determiner) != 0)
        {
            tree.SetTag(i, Pos.Relative); // whose
        }
        else if ((classes & WordClass.Conjunction) != 0)
        {
            tree.SetTag(i, Pos.Conjunction);
        }
        else if ((classes & WordClass.Preposition) != 0)
        {
            tree.SetTag(i, Pos.Preposition);
        }
        else if ((classes & WordClass.Subordinator) != 0)
        {
            tree.SetTag(i, (classes & WordClass.Relative) != 0 ? Pos.Subordinator : Pos.Subordinator);
        }
        else if ((classes & WordClass.Determiner) != 0)
        {
            tree.SetTag(i, Pos.Determiner);
        }
        else if ((classes & WordClass.Pronoun) != 0)
        {
            tree.SetTag(i, Pos.Pronoun);
        }
        else if ((classes & WordClass.Negation) != 0)
        {
            // "not", "never"; "nothing", "none"; words that only deny an event ("unwilling", "reluctant") are open-class.
            var word = s.Folded(i);
            if (word is "none" or "nothing" or "nobody")
            {
                tree.SetTag(i, Pos.Pronoun);
            }
            else if (word is "not" or "n't" or "never" or "hardly" or "neither" or "barely" or "scarcely")
            {
                tree.SetTag(i, Pos.Negation);
            }
            else
            {
                return false;
            }
        }
        else if ((classes & WordClass.Ordinal) != 0)
        {
            // "his first grand tour", "the first-ever visit" / "first visited".
            tree.SetTag(i, NominalFollows(s, i + 1) || i + 1 < s.Tokens.Count && s.Tokens[i + 1].WordId == _hyphen && s.Tokens[i + 1].IsAttached ? Pos.Adjective : Pos.Adverb);
        }
        else if ((classes & WordClass.Adverb) != 0)
        {
            tree.SetTag(i, Pos.Adverb);
        }
        else
        {
            return false; // a semantic class only ("summit", "treaty"): an open-class word
        }

        if (tree.Tag(i) is Pos.Auxiliary or Pos.Modal)
        {
            tree.SetLemma(i, _forms.LemmaOf(id));
        }

        return true;
    }

    private void Disambiguate(SentenceAnalysis s, int i)
    {
        var tree = s.Syntax;
        var id = s.Tokens[i].WordId;
        if (_verbPrefixes.Contains(id) && i + 2 < tree.Count && s.Tokens[i + 1].WordId == _hyphen && s.Tokens[i + 1].IsAttached
            && _forms.VerbFormsOf(s.Tokens[i + 2].WordId) != VerbForm.None)
        {
            // "co-operate", "re-elected", "co-sponsored": the prefix and its hyphen belong to the verb group.
            tree.SetTag(i, Pos.Adverb);
            tree.SetTag(i + 1, Pos.Adverb);
            return;
        }

        if (id == _hyphen && tree.Tag(i) == Pos.Adverb)
        {
            return;
        }

        if (id == _to)
        {
            tree.SetTag(i, InfinitiveFollows(s, i) ? Pos.InfinitiveTo : Pos.Preposition);
            return;
        }

        if (id == _that)
        {
            tree.SetTag(i, ThatTag(s, i));
            return;
        }

        if (id == _as)
        {
            tree.SetTag(i, i + 1 < tree.Count && s.Tokens[i + 1].WordId == _well ? Pos.Conjunction
                : i > 0 && (s.Tokens[i - 1].WordId == _well || s.Tokens[i - 1].WordId == _such) ? Pos.Preposition
                : ClauseFollows(s, i + 1) ? Pos.Subordinator : Pos.Preposition);
            return;
        }

        if (id == _well && i > 0 && s.Tokens[i - 1].WordId == _as && i + 1 < tree.Count && s.Tokens[i + 1].WordId == _as)
        {
            tree.SetTag(i, Pos.Conjunction);
            return;
        }

        if (id == _her)
        {
            tree.SetTag(i, NominalFollows(s, i + 1) ? Pos.Possessive : Pos.Pronoun);
            return;
        }

        var tag = tree.Tag(i);
        if (tag == Pos.Preposition && (_vocabulary.ClassOf(id) & WordClass.Subordinator) != 0)
        {
            // "after the war" / "after the Soviet Union invaded Afghanistan".
            if (ClauseFollows(s, i + 1))
            {
                tree.SetTag(i, Pos.Subordinator);
            }

            return;
        }

        if (tag == Pos.Determiner && _pronounQuantifiers.Contains(id) && i + 1 < tree.Count
            && (tree.Tag(i + 1) is Pos.Auxiliary or Pos.Modal or Pos.Preposition or Pos.Punctuation || tree.Tag(i + 1) == Pos.Verb && (tree.Form(i + 1) & VerbForm.Past) != 0))
        {
            tree.SetTag(i, Pos.Pronoun); // "both agreed", "all of them", "each accused the other"
            return;
        }

        if (tag == Pos.Verb)
        {
            DisambiguateVerb(s, i);
        }
    }

    private void DisambiguateVerb(SentenceAnalysis s, int i)
    {
        var tree = s.Syntax;
        var forms = tree.Form(i);
        var id = s.Tokens[i].WordId;
        var prev = i - 1;
        while (prev >= 0 && (tree.Tag(prev) is Pos.Adverb or Pos.Negation || s.TimeAt(prev) is { Role: not TimeRole.Modifier, Kind: not TimeKind.Anchor } && s.ActorAt(prev) is null))
        {
            // "in 1965 improved": a preposition before a time adjunct goes with it.
            var wasTime = s.TimeAt(prev) is not null;
            prev--;
            if (wasTime && prev >= 0 && s.TimeAt(prev) is null && tree.Tag(prev) == Pos.Preposition)
            {
                prev--;
            }
        }

        if (i > 0 && s.Tokens[i - 1].WordId == _there)
        {
            prev = i - 1; // "there arose a controversy": an existential subject
        }

        var before = prev >= 0 ? tree.Tag(prev) : Pos.Unknown;
        var prevId = prev >= 0 ? s.Tokens[prev].WordId : -1;

        // The second half of a hyphenated word modifies ("Soviet-backed", "US-led", "peace-keeping"), unless the first
        // half is a prefix of the verb ("co-sponsored", "re-elected").
        if (i > 1 && s.Tokens[i].IsAttached && s.Tokens[i - 1].WordId == _hyphen && !_verbPrefixes.Contains(s.Tokens[i - 2].WordId))
        {
            tree.SetTag(i, Pos.Adjective, forms);
            return;
        }

        switch (before)
        {
            case Pos.Modal:
            case Pos.InfinitiveTo:
                Keep(tree, i, forms, VerbForm.Base);
                return;
            case Pos.Auxiliary when _doForms.Contains(prevId):
                Keep(tree, i, forms, VerbForm.Base);
                return;
            case Pos.Auxiliary when _beForms.Contains(prevId):
                if ((forms & (VerbForm.Participle | VerbForm.Gerund)) != 0)
                {
                    tree.SetTag(i, Pos.Verb, forms & (VerbForm.Participle | VerbForm.Gerund));
                }
                else
                {
                    tree.SetTag(i, Pos.Noun);
                }

                return;
            case Pos.Auxiliary when _haveForms.Contains(prevId):
                if ((forms & VerbForm.Participle) != 0)
                {
                    tree.SetTag(i, Pos.Verb, VerbForm.Participle);
                }
                else
                {
                    tree.SetTag(i, Pos.Noun); // "had talks"
                }

                return;
            case Pos.Determiner:
            case Pos.Possessive:
            case Pos.Adjective:
            case Pos.Number:
                // "the attack", "their talks", "two visits"; "the signed agreement", "the ruling party" modify.
                tree.SetTag(i, (forms & (VerbForm.Participle | VerbForm.Gerund)) != 0 && NominalFollows(s, i + 1) ? Pos.Adjective : Pos.Noun, forms);
                return;
            case Pos.Pronoun when _subjectPronouns.Contains(prevId):
            case Pos.Relative:
            case Pos.Adverb when prevId == _there:
                Keep(tree, i, forms, VerbForm.Base | VerbForm.Present | VerbForm.Past);
                return;
            case Pos.Pronoun:
                tree.SetTag(i, (forms & VerbForm.Gerund) != 0 ? Pos.Verb : Pos.Noun, forms);
                return;
            case Pos.Preposition:
                // "by sending troops", "after signing the pact": a gerund still governs an object.
                if ((forms & VerbForm.Gerund) != 0 && !NominalBlocks(s, i) && i + 1 < tree.Count
                    && (StartsNounPhrase(tree, i + 1) || tree.Tag(i + 1) is Pos.Noun or Pos.Adjective or Pos.Adverb or Pos.InfinitiveTo || s.ActorAt(i + 1) is not null
                        || tree.Tag(i + 1) == Pos.Verb && (tree.Form(i + 1) & VerbForm.Base) != 0))
                {
                    tree.SetTag(i, Pos.Verb, VerbForm.Gerund);
                }
                else
                {
                    tree.SetTag(i, (forms & VerbForm.Participle) != 0 && NominalFollows(s, i + 1) ? Pos.Adjective : Pos.Noun, forms);
                }

                return;
            case Pos.Noun:
            case Pos.ProperNoun:
                AfterNoun(s, i, prev);
                return;
            case Pos.Verb:
                // "began withdrawing", "deployed armed forces", "launched bombing raids".
                if ((forms & VerbForm.Participle) != 0 && NominalFollows(s, i + 1) && (forms & VerbForm.Gerund) == 0)
                {
                    tree.SetTag(i, Pos.Adjective, forms);
                }
                else if ((forms & VerbForm.Gerund) != 0)
                {
                    var governs = _frames.GerundComplement.Contains(tree.Lemma(prev)) || !NominalFollows(s, i + 1);
                    tree.SetTag(i, governs ? Pos.Verb : Pos.Adjective, VerbForm.Gerund);
                }
                else if ((forms & VerbForm.Past) != 0)
                {
                    tree.SetTag(i, Pos.Verb, forms & (VerbForm.Past | VerbForm.Participle)); // "that Peru fought in 1879 ended"
                }
                else
                {
                    tree.SetTag(i, Pos.Noun, forms);
                }

                return;
            case Pos.Conjunction:
                AfterConjunction(s, i, prev);
                return;
            default:
                AtClauseStart(s, i, prev);
                return;
        }
    }

    private static void Keep(SyntaxTree tree, int i, VerbForm forms, VerbForm wanted)
    {
        var kept = forms & wanted;
        if (kept == VerbForm.None)
        {
            kept = forms;
        }

        tree.SetTag(i, Pos.Verb, kept);
    }

    /// <summary>"India attacked", "troops crossed", "Pakistan bombards": a verb; "Soviet aid", "border clashes erupted": a noun.</summary>
    private void AfterNoun(SentenceAnalysis s, int i, int prev)
    {
        var tree = s.Syntax;
        var forms = tree.Form(i);
        var id = s.Tokens[i].WordId;
        var prevIsAdjectival = s.ActorAt(prev) is { } a && a.Has(MentionFlags.Adjective) && !a.Has(MentionFlags.Plural) && a.End - 1 == prev && !IsPluralDemonym(s, prev);
        if (prevIsAdjectival && (forms & VerbForm.Past) == 0)
        {
            tree.SetTag(i, Pos.Noun, forms);
            return;
        }

        if ((forms & VerbForm.Past) != 0)
        {
            // After the clause's verb, an -ed word after a noun modifies it ("stopped the much needed arms") or is a
            // participle ("weapons supplied by China").
            if ((forms & VerbForm.Participle) != 0 && NominalFollows(s, i + 1) && VerbEarlierInClause(s, prev))
            {
                tree.SetTag(i, Pos.Adjective, VerbForm.Participle);
                return;
            }

            // "a government backed by Chile seized Lima": a participle with its agent, before the clause's own verb.
            if ((forms & VerbForm.Participle) != 0 && i + 1 < s.Tokens.Count && s.Tokens[i + 1].WordId == _by && SurerVerbFollows(s, i + 1))
            {
                tree.SetTag(i, Pos.Verb, VerbForm.Participle);
                return;
            }

            if ((forms & VerbForm.Participle) != 0 && OpensWithPhraseOn(s, prev) && CommaFollows(s, i))
            {
                // "With Israel poised to strike, Kissinger flew ...", "In a statement issued later, the ministers ...": a
                // participle on the object of a fronted preposition describes it; the clause's verb comes after the comma.
                tree.SetTag(i, Pos.Verb, VerbForm.Participle);
                return;
            }

            tree.SetTag(i, Pos.Verb, forms & (VerbForm.Past | VerbForm.Participle));
            return;
        }

        if ((forms & VerbForm.Gerund) != 0)
        {
            // "Argentina's largest trading partner": inside a determined phrase, before its noun, a modifier.
            tree.SetTag(i, NominalFollows(s, i + 1) && DeterminedPhraseBefore(s, prev) ? Pos.Adjective : Pos.Verb, VerbForm.Gerund);
            return;
        }

        if (_nounOnly.Contains(id) || SurerVerbFollows(s, i) || VerbEarlierInClause(s, prev))
        {
            tree.SetTag(i, Pos.Noun, forms);
            return;
        }

        if ((forms & VerbForm.Present) != 0)
        {
            tree.SetTag(i, Pos.Verb, VerbForm.Present);
            return;
        }

        // A bare form is a verb only after a plural subject: "India and Pakistan sign an accord", but "US aid".
        tree.SetTag(i, PluralBefore(s, prev) ? Pos.Verb : Pos.Noun, forms);
    }

    /// <summary>A determiner or possessive opens the phrase the word before belongs to, with only modifiers between.</summary>
    private static bool DeterminedPhraseBefore(SentenceAnalysis s, int prev)
    {
        var tree = s.Syntax;
        for (var k = prev; k >= 0 && k >= prev - 3; k--)
        {
            var tag = tree.Tag(k);
            if (tag is Pos.Determiner or Pos.Possessive)
            {
                return true;
            }

            if (tag is not (Pos.Adjective or Pos.Noun or Pos.Number) || tag == Pos.Noun && s.Folded(k) is { Length: > 3 } w && w[^1] == 's')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"condemned the Indian nuclear tests": after the clause's verb, a noun phrase runs on.</summary>
    private bool VerbEarlierInClause(SentenceAnalysis s, int from)
    {
        var tree = s.Syntax;
        for (var k = from; k >= 0; k--)
        {
            if (s.TimeAt(k) is { Kind: not TimeKind.Anchor })
            {
                continue; // "On 1 May 1960 a Soviet missile brought down ..."
            }

            var tag = tree.Tag(k);
            if (tag == Pos.Verb && tree.Form(k) == VerbForm.Participle && k + 1 < s.Tokens.Count && s.Tokens[k + 1].WordId == _by)
            {
                continue; // "a government backed by Chile seized ...": a reduced relative is not the clause's verb
            }

            if (tag is Pos.Verb or Pos.Auxiliary or Pos.Modal)
            {
                return true;
            }

            if (tag is Pos.Subordinator or Pos.Relative or Pos.Complementizer or Pos.Conjunction
                || tag == Pos.Punctuation && s.Tokens[k].WordId != _hyphen && s.Tokens[k].WordId != _apostrophe)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsPluralDemonym(SentenceAnalysis s, int i) => s.Folded(i) is { Length: > 3 } w && w[^1] == 's';

    private bool PluralBefore(SentenceAnalysis s, int prev)
    {
        var tree = s.Syntax;
        if (s.ActorAt(prev) is { } m)
        {
            // "China and the EU agree": a coordinated subject, past any determiner; "... and Indian Prime Minister
            // Atal Behari Vajpayee meet": past the titled name the recogniser split in two.
            var before = m.Start - 1;
            while (before >= 0 && s.ActorAt(before) is { } adjacent && adjacent.End == before + 1 && adjacent.Start < before + 1)
            {
                before = adjacent.Start - 1;
            }

            while (before >= 0 && tree.Tag(before) == Pos.Determiner)
            {
                before--;
            }

            if (m.Has(MentionFlags.Plural) || before >= 0 && tree.Tag(before) == Pos.Conjunction)
            {
                return true;
            }
        }

        var word = s.Folded(prev);
        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && tree.Tag(prev) == Pos.Noun;
    }

    private void AfterConjunction(SentenceAnalysis s, int i, int conjunction)
    {
        // "... visited Moscow and signed": the same form as a verb earlier in the sentence continues its clause.
        var tree = s.Syntax;
        var forms = tree.Form(i);
        for (var k = conjunction - 1; k >= 0; k--)
        {
            if (tree.Tag(k) == Pos.Verb && (tree.Form(k) & forms & (VerbForm.Past | VerbForm.Present | VerbForm.Gerund | VerbForm.Base)) != 0)
            {
                var shared = forms & tree.Form(k);
                tree.SetTag(i, Pos.Verb, shared != VerbForm.None ? shared : forms);
                return;
            }

            if (tree.Tag(k) is Pos.Modal or Pos.InfinitiveTo && (forms & VerbForm.Base) != 0)
            {
                tree.SetTag(i, Pos.Verb, VerbForm.Base);
                return;
            }
        }

        if ((forms & VerbForm.Past) != 0 && !NominalFollows(s, i + 1))
        {
            tree.SetTag(i, Pos.Verb, forms);
            return;
        }

        tree.SetTag(i, (forms & VerbForm.Participle) != 0 && NominalFollows(s, i + 1) ? Pos.Adjective : Pos.Noun, forms);
    }

    /// <summary>First word of the sentence or after a comma, a subordinator or a parenthesis.</summary>
    private void AtClauseStart(SentenceAnalysis s, int i, int prev)
    {
        var tree = s.Syntax;
        var forms = tree.Form(i);
        var next = i + 1 < tree.Count ? tree.Tag(i + 1) : Pos.Unknown;
        if ((forms & VerbForm.Gerund) != 0)
        {
            // "Visiting Moscow, Bhutto ..." governs; "Fighting broke out", "Bombing of the embassy" are nouns.
            tree.SetTag(i, next is Pos.Auxiliary or Pos.Modal || next == Pos.Verb && (tree.Form(i + 1) & VerbForm.Past) != 0 || NominalBlocks(s, i) ? Pos.Noun : Pos.Verb, forms & VerbForm.Gerund);
            return;
        }

        if ((forms & VerbForm.Participle) != 0 && (next == Pos.Preposition && s.Tokens[i + 1].WordId == _by || next == Pos.Punctuation || (forms & VerbForm.Past) == 0
            || next == Pos.Preposition && i == 0))
        {
            // "Backed by the US, ...", ", backed by ...", "taken by surprise": a participle (", met with Khrushchev" may be finite).
            tree.SetTag(i, Pos.Verb, VerbForm.Participle);
            return;
        }

        var namedBefore = false;
        for (var k = prev; k >= 0 && !namedBefore; k--)
        {
            namedBefore = tree.IsNominal(k) && tree.Tag(k) != Pos.Number;
        }

        if ((forms & VerbForm.Past) != 0 && (namedBefore || prev >= 0 && tree.Tag(prev) == Pos.Subordinator))
        {
            // "Moscow, however, fully supported India": the subject stands before the commas.
            tree.SetTag(i, Pos.Verb, forms & (VerbForm.Past | VerbForm.Participle));
            return;
        }

        if ((forms & VerbForm.Present) != 0 && namedBefore && StartsNounPhrase(tree, i + 1))
        {
            tree.SetTag(i, Pos.Verb, VerbForm.Present);
            return;
        }

        tree.SetTag(i, Pos.Noun, forms);
    }

    /// <summary>The noun phrase ending at <paramref name="end"/> is the object of a preposition that opens the sentence.</summary>
    private static bool OpensWithPhraseOn(SentenceAnalysis s, int end)
    {
        var tree = s.Syntax;
        var k = end;
        // "In 2021 a Russian destroyer visited Karachi": a date after the preposition makes the phrase an adjunct of time, and
        // the noun after it the subject.
        while (k > 0 && tree.Tag(k) is Pos.Noun or Pos.ProperNoun or Pos.Adjective or Pos.Determiner or Pos.Possessive or Pos.Number && s.TimeAt(k) is null)
        {
            k--;
        }

        return k == 0 && k < end && tree.Tag(0) == Pos.Preposition;
    }

    private bool CommaFollows(SentenceAnalysis s, int i)
    {
        for (var k = i + 1; k < s.Tokens.Count; k++)
        {
            if (s.Tokens[k].WordId == _comma)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsNounPhrase(SyntaxTree tree, int k) =>
        tree.Tag(k) is Pos.Determiner or Pos.Possessive or Pos.ProperNoun or Pos.Number or Pos.Pronoun;

    /// <summary>A plural that doubles as a verb is a noun when a surer finite verb follows in its clause.</summary>
    private bool SurerVerbFollows(SentenceAnalysis s, int i)
    {
        var tree = s.Syntax;
        var infinitive = false;
        for (var k = i + 1; k < tree.Count && k <= i + ClauseLookahead; k++)
        {
            var tag = tree.Tag(k);
            if (tag is Pos.Modal or Pos.Auxiliary)
            {
                return true;
            }

            // "India fights to regain lost territory": after an infinitive, an -ed word belongs to its phrase, not the clause.
            infinitive |= s.Tokens[k].WordId == _to && k + 1 < tree.Count && tree.Tag(k + 1) == Pos.Verb;
            if (tag == Pos.Verb && !infinitive && (tree.Form(k) & VerbForm.Past) != 0 && tree.Tag(k - 1) is not (Pos.Determiner or Pos.Possessive or Pos.Adjective or Pos.Preposition))
            {
                return true;
            }

            if (tag is Pos.Subordinator or Pos.Relative or Pos.Conjunction or Pos.Pronoun || tag == Pos.Punctuation && s.Tokens[k].WordId != _hyphen
                || s.Tokens[k].WordId == _that)
            {
                return false; // "The Kremlin says he apologised": a new subject starts
            }

            if (tag is Pos.Determiner or Pos.ProperNoun && tree.Tag(k - 1) is not (Pos.Preposition or Pos.Determiner or Pos.Adjective or Pos.ProperNoun or Pos.Possessive))
            {
                return false;
            }
        }

        return false;
    }

    private bool InfinitiveFollows(SentenceAnalysis s, int i)
    {
        var tree = s.Syntax;
        var k = i + 1;
        while (k < tree.Count && tree.Tag(k) is Pos.Adverb or Pos.Negation)
        {
            k++;
        }

        if (k >= tree.Count || s.ActorAt(k) is { } m && !m.Has(MentionFlags.Anaphor))
        {
            return false;
        }

        if (_verbPrefixes.Contains(s.Tokens[k].WordId) && k + 2 < tree.Count && s.Tokens[k + 1].WordId == _hyphen)
        {
            k += 2; // "to co-operate"
        }

        if (tree.Tag(k) is Pos.Auxiliary && (_beForms.Contains(s.Tokens[k].WordId) || _haveForms.Contains(s.Tokens[k].WordId)))
        {
            return true; // "to be", "to have"
        }

        return (tree.Tag(k) == Pos.Verb || tree.Tag(k) == Pos.Noun) && (tree.Form(k) & VerbForm.Base) != 0;
    }

    private Pos ThatTag(SentenceAnalysis s, int i)
    {
        var tree = s.Syntax;
        var prev = i > 0 ? tree.Tag(i - 1) : Pos.Unknown;
        var next = i + 1 < tree.Count ? tree.Tag(i + 1) : Pos.Punctuation;
        if (next == Pos.Punctuation)
        {
            return Pos.Pronoun;
        }

        if (prev is Pos.Verb or Pos.Adjective || prev == Pos.Punctuation && i > 1 && tree.Tag(i - 2) == Pos.Verb || prev == Pos.Adverb || i > 0 && s.Tokens[i - 1].WordId == _so)
        {
            return Pos.Complementizer; // "said that", "announced, that", "so that"
        }

        if (next is Pos.Verb or Pos.Auxiliary or Pos.Modal or Pos.Adverb)
        {
            return prev is Pos.Noun or Pos.ProperNoun or Pos.Pronoun ? Pos.Relative : Pos.Pronoun;
        }

        if (next is Pos.Noun or Pos.Adjective or Pos.Number && !ClauseFollows(s, i + 1))
        {
            return Pos.Determiner; // "that year", "that agreement"
        }

        return prev is Pos.Noun or Pos.ProperNoun or Pos.Number ? Pos.Relative : Pos.Complementizer;
    }

    /// <summary>A noun phrase and a finite verb follow: a clause ("after the Soviet Union invaded").</summary>
    private bool ClauseFollows(SentenceAnalysis s, int from)
    {
        var tree = s.Syntax;
        var k = from;
        var sawNominal = false;
        while (k < tree.Count && k < from + 14)
        {
            var tag = tree.Tag(k);
            if (tag is Pos.Determiner or Pos.Possessive or Pos.Adjective or Pos.Number or Pos.Noun or Pos.ProperNoun or Pos.Pronoun
                || s.Tokens[k].WordId == _hyphen || s.TimeAt(k) is { Role: TimeRole.Modifier })
            {
                sawNominal |= tag is Pos.Noun or Pos.ProperNoun or Pos.Pronoun or Pos.Number;
                k++;
                continue;
            }

            if (tag == Pos.Verb && sawNominal && (tree.Form(k) & (VerbForm.Past | VerbForm.Present)) != 0 && (tree.Form(k) & VerbForm.Gerund) == 0)
            {
                return true;
            }

            // "after Trump and Xi met": a coordinated subject goes on to its verb.
            if (sawNominal && tag == Pos.Conjunction && k + 1 < tree.Count
                && tree.Tag(k + 1) is Pos.Determiner or Pos.Possessive or Pos.Adjective or Pos.Noun or Pos.ProperNoun or Pos.Pronoun)
            {
                k++;
                continue;
            }

            return sawNominal && tag is Pos.Auxiliary or Pos.Modal;
        }

        return false;
    }

    /// <summary>A nominal word (or a name) starts at <paramref name="k"/>, so the word before it modifies it.</summary>
    private bool NominalFollows(SentenceAnalysis s, int k)
    {
        if (k >= s.Tokens.Count || s.Tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var tag = s.Syntax.Tag(k);
        if (tag is Pos.Noun or Pos.Adjective || tag == Pos.ProperNoun && s.ActorAt(k) is null)
        {
            return true;
        }

        if (tag == Pos.ProperNoun)
        {
            return s.ActorAt(k) is { } m && m.Has(MentionFlags.Adjective);
        }

        // An undecided verb form that is likely a noun here ("the disputed border areas", "needed arms").
        if (tag == Pos.Verb && _nounOnly.Contains(s.Tokens[k].WordId))
        {
            return true;
        }

        return tag == Pos.Verb && (s.Syntax.Form(k) & (VerbForm.Past | VerbForm.Gerund)) == 0 && k + 1 < s.Tokens.Count && s.Syntax.Tag(k + 1) is Pos.Preposition or Pos.Punctuation;
    }

    /// <summary>"after the signing of", "by the sending": an -ing word that is the head of a noun phrase.</summary>
    private bool NominalBlocks(SentenceAnalysis s, int i) => i + 1 < s.Tokens.Count && s.Tokens[i + 1].WordId == _of;
}
