using Dyad.Core.Actors;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Actors;

/// <summary>
/// Pipeline stage 4: finds the actors a sentence names. Longest lexicon match first; then titles join a state
/// and a name into one actor ("Soviet Prime Minister Aleksei Kosygin"), role words make sub-state actors
/// ("Pakistan's armed forces" -> PAKMIL), hyphens mark modifiers ("US-led") and pairs ("Indo-Pak"), and
/// pronouns and definite descriptions ("his", "the two countries", "the delegation") borrow an earlier actor.
/// </summary>
public sealed class ActorRecognizer
{
    private const int PersonPronounReach = 3;
    private const int RecentPairReach = 1;
    private const int PluralPairReach = 3;
    private const int ThingPronounReach = 2;
    private const int MaxUnknownNameWords = 4;

    private readonly ActorLexicon _lexicon;
    private readonly Vocabulary _vocabulary;
    private readonly int _hyphen;
    private readonly int _apostropheS;
    private readonly int _apostrophe;
    private readonly int _openParen;
    private readonly int _comma;
    private readonly int _the;
    private readonly int _between;
    private readonly int _two;
    private readonly VerbForms _verbForms;
    private readonly int _both;
    private readonly int _and;
    private readonly int _former;
    private readonly int _ex;
    private readonly int _of;
    private readonly int _in;
    private readonly int _this;
    private readonly int _thatWord;
    private readonly int _own;
    private readonly int _latter;
    private readonly HashSet<int> _titleFillers;
    private readonly List<(int Token, Party Party)> _learnedNames = [];
    private readonly Func<ActorEntry, int, int, bool> _acceptName;
    private List<Token> _tokens = [];
    private readonly HashSet<int> _ledBy;
    private readonly HashSet<int> _expletiveVerbs;
    private readonly HashSet<int> _negatingPrefixes;

    public ActorRecognizer(ActorLexicon lexicon, Vocabulary vocabulary)
    {
        _lexicon = lexicon;
        _vocabulary = vocabulary;
        _hyphen = vocabulary.Intern("-");
        _verbForms = new VerbForms(vocabulary);
        _apostropheS = vocabulary.Intern("'s");
        _apostrophe = vocabulary.Intern("'");
        _openParen = vocabulary.Intern("(");
        _comma = vocabulary.Intern(",");
        _the = vocabulary.Intern("the");
        _two = vocabulary.Intern("two");
        _between = vocabulary.Intern("between");
        _both = vocabulary.Intern("both");
        _and = vocabulary.Intern("and");
        _of = vocabulary.Intern("of");
        _former = vocabulary.Intern("former");
        _ex = vocabulary.Intern("ex");
        _in = vocabulary.Intern("in");
        _this = vocabulary.Intern("this");
        _thatWord = vocabulary.Intern("that");
        _own = vocabulary.Intern("own");
        _latter = vocabulary.Intern("latter");
        _acceptName = (entry, start, end) => Accepts(_tokens, entry, start, end);
        _ledBy = [.. new[] { "led", "headed", "accompanied" }.Select(vocabulary.Intern)];
        _expletiveVerbs = [.. new[] { "seems", "seemed", "remains", "remained", "appears", "appeared", "takes", "took", "'s", "has", "had", "would", "will", "is", "was" }.Select(vocabulary.Intern)];
        _negatingPrefixes = [.. new[] { "anti", "pro", "non", "post", "pre", "neo", "ex" }.Select(vocabulary.Intern)];
        _titleFillers = [.. new[] { "former", "then", "-", "first", "second", "newly", "appointed", "elected", "late", "erstwhile", "the", "a", "'s", "," }.Select(vocabulary.Intern)];
    }

    public void Process(SentenceAnalysis s, DocumentContext doc)
    {
        _learnedNames.Clear();
        FindNames(s, doc);
        MarkHyphens(s);
        MergeTitles(s);
        LearnLeaderNames(s);
        AttachRoles(s);
        AttachRolesBefore(s);
        MarkStructure(s);
        FindAnaphors(s, doc);
        LearnLeaderNames(s); // again, for leaders of what anaphora just found ("the delegation, led by ...")
        s.Actors.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        s.IndexMentions();
        Remember(s, doc);
    }

    private void FindNames(SentenceAnalysis s, DocumentContext doc)
    {
        var tokens = s.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].WordId < 0)
            {
                // "Khuhro", learned earlier in the document from "the delegation, led by Muhammad Ayub Khuhro".
                if (tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized && KnownSurname(s, doc, i) is { } learned)
                {
                    s.Actors.Add(new ActorMention(i, i + 1, [learned], MentionFlags.None) { NameEnd = i + 1 });
                }

                i++;
                continue;
            }

            _tokens = tokens;
            var length = _lexicon.Names.MatchLongest(tokens, i, _acceptName, out var values);
            if (length == 0)
            {
                // "Sharif" after "Nawaz Sharif" earlier in the document.
                if (tokens[i].IsCapitalized && KnownSurname(s, doc, i) is { } known
                    && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].Kind == TokenKind.Word))
                {
                    s.Actors.Add(new ActorMention(i, i + 1, [known], MentionFlags.None) { NameEnd = i + 1 });
                }

                i++;
                continue;
            }

            // "Moon Jae-in" ends in "in": a surname is a capitalised word.
            if (length >= 2 && AllPersons(values) && tokens[i + length - 1].IsCapitalized)
            {
                doc.Surnames[tokens[i + length - 1].WordId] = new Party([.. values.Where(v => v.Kind == ActorKind.Person)], string.Empty);
            }

            var accepted = new List<ActorEntry>(values.Count);
            foreach (var v in values)
            {
                if (Accepts(tokens, v, i, i + length))
                {
                    accepted.Add(v);
                }
            }

            if (accepted[0].Kind == ActorKind.StateAdjective && IsFormerMemberOf(tokens, i, i + length))
            {
                i += length;
                continue;
            }

            var flags = accepted[0].Kind == ActorKind.StateAdjective ? MentionFlags.Adjective : MentionFlags.None;
            if (flags == MentionFlags.Adjective && s.Text.Folded[tokens[i + length - 1].End - 1] == 's')
            {
                flags |= MentionFlags.Plural; // "the Soviets", "the Indians"
            }

            if (accepted[0].Kind == ActorKind.Group)
            {
                flags |= MentionFlags.Plural;
            }

            s.Actors.Add(new ActorMention(i, i + length, [new Party(accepted, string.Empty)], flags) { NameEnd = i + length });
            i += length;
        }
    }

    private static bool AllPersons(IReadOnlyList<ActorEntry> values) => values.Count > 0 && values.All(v => v.Kind == ActorKind.Person);

    private bool Accepts(List<Token> tokens, ActorEntry entry, int start, int end)
    {
        switch (entry.Case)
        {
            case CaseRule.Capitalized when !tokens[start].IsCapitalized:
            case CaseRule.AllCaps when end - start != 1 || (tokens[start].Flags & TokenFlags.AllCaps) == 0:
                return false;
            case CaseRule.EveryWordCapitalized:
                for (var k = start; k < end; k++)
                {
                    if (!tokens[k].IsCapitalized)
                    {
                        return false;
                    }
                }

                break;
        }

        if (entry.Combining)
        {
            return end + 1 < tokens.Count && tokens[end].WordId == _hyphen && tokens[end].IsAttached && tokens[end + 1].IsAttached;
        }

        // A known name inside a longer unknown one ("Muhammad Ayub Khuhro" is not Ayub Khan).
        if (entry.Kind == ActorKind.Person && end < tokens.Count && tokens[end].Kind == TokenKind.Word && tokens[end].IsCapitalized
            && (_lexicon.Titles.MatchLongest(tokens, end, null, out _) == 0) && !StartsName(tokens, end))
        {
            return false;
        }

        return true;
    }

    private bool StartsName(List<Token> tokens, int i) => _lexicon.Names.MatchLongest(tokens, i, null, out _) > 0;

    /// <summary>Hyphen after a state: "Indo-Pak" pairs two actors; "US-led" makes the state a modifier.</summary>
    private void MarkHyphens(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        for (var m = 0; m < s.Actors.Count; m++)
        {
            var mention = s.Actors[m];
            var h = mention.End;
            if (h + 1 >= tokens.Count || tokens[h].WordId != _hyphen || !tokens[h].IsAttached || !tokens[h + 1].IsAttached)
            {
                continue;
            }

            if (m + 1 < s.Actors.Count && s.Actors[m + 1].Start == h + 1)
            {
                mention.Flags |= MentionFlags.PairLeft;
                s.Actors[m + 1].Flags |= MentionFlags.PairRight;
                continue;
            }

            var next = tokens[h + 1];
            if (next.Kind == TokenKind.Word && (IsParticiple(s, h + 1) || _vocabulary.Is(next.WordId, WordClass.ModifierSuffix)))
            {
                mention.Flags |= MentionFlags.Modifier;
                mention.End = h + 2;
            }
        }
    }

    private static bool IsParticiple(SentenceAnalysis s, int index)
    {
        var word = s.Folded(index);
        return word.Length > 3 && word.EndsWith("ed");
    }

    /// <summary>
    /// Joins "Soviet Prime Minister Aleksei Kosygin" into one mention; also lets a title take the unknown
    /// capitalised name after it ("Pakistani Foreign Minister Abdul Example").
    /// </summary>
    private void MergeTitles(SentenceAnalysis s)
    {
        // "anti-Soviet pacts", "pro-American policy": the state only describes.
        foreach (var mention in s.Actors)
        {
            var h = mention.Start - 1;
            if (h >= 1 && s.Tokens[h].WordId == _hyphen && s.Tokens[mention.Start].IsAttached && _negatingPrefixes.Contains(s.Tokens[h - 1].WordId))
            {
                mention.Flags |= MentionFlags.Modifier;
            }
        }

        var tokens = s.Tokens;
        for (var m = 0; m < s.Actors.Count; m++)
        {
            var mention = s.Actors[m];
            if (mention.Has(MentionFlags.Modifier) || mention.Has(MentionFlags.PairLeft))
            {
                continue;
            }

            // Titles right after a state, then a name: the title and name join the state's mention.
            var afterTitles = SkipTitles(s, mention.End);
            if (afterTitles > mention.End && mention.Parties[0].Kind is ActorKind.State or ActorKind.StateAdjective)
            {
                if (m + 1 < s.Actors.Count && s.Actors[m + 1].Start == afterTitles && s.Actors[m + 1].IsPerson)
                {
                    var person = s.Actors[m + 1];
                    if (person.Parties[0].Candidates.Any(c => c.Code == mention.Parties[0].First.Code))
                    {
                        person.Start = mention.Start;
                        s.Actors.RemoveAt(m);
                        m--;
                        continue;
                    }
                }
                else
                {
                    var end = afterTitles;
                    while (end < tokens.Count && end - afterTitles < MaxUnknownNameWords && tokens[end].IsCapitalized
                           && tokens[end].Kind == TokenKind.Word && s.MentionCovering(end) < 0)
                    {
                        end++;
                    }

                    if (end > afterTitles && end - afterTitles >= 2)
                    {
                        // "Soviet envoy Ivan Petrov": later in the document "Petrov" alone is the same envoy.
                        _learnedNames.Add((end - 1, mention.Parties[0]));
                    }

                    mention.End = end;
                    mention.Flags &= ~(MentionFlags.Adjective | MentionFlags.Plural);
                    continue;
                }
            }

            // Titles before a person with no state in front: "President Ayub Khan" keeps the title in its surface.
            if (mention.IsPerson)
            {
                var start = TitlesBefore(tokens, mention.Start);
                if (start < mention.Start && (m == 0 || s.Actors[m - 1].End <= start))
                {
                    mention.Start = start;
                }
            }
        }
    }

    private static Party? KnownSurname(SentenceAnalysis s, DocumentContext doc, int i)
    {
        var id = s.Tokens[i].WordId;
        if (id >= 0)
        {
            return doc.Surnames.GetValueOrDefault(id);
        }

        return doc.UnknownSurnames.Count > 0 && s.Tokens[i].Kind == TokenKind.Word
            && doc.UnknownSurnames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s.Folded(i), out var party) ? party : null;
    }

    /// <summary>
    /// "the delegation, led by Muhammad Ayub Khuhro": an unknown capitalised name that leads an actor belongs to it,
    /// here and later in the document.
    /// </summary>
    private void LearnLeaderNames(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (!_ledBy.Contains(tokens[i].WordId) || tokens[i + 1].WordId != _vocabulary.Find("by") || tokens[i - 1].WordId != _comma)
            {
                continue;
            }

            var leader = s.Actors.Find(a => a.End == i - 1 && a.Parties.Count == 1 && !a.IsPerson);
            var nameStart = i + 2;
            var nameEnd = nameStart;
            while (nameEnd < tokens.Count && nameEnd - nameStart < MaxUnknownNameWords && tokens[nameEnd].IsCapitalized && tokens[nameEnd].Kind == TokenKind.Word
                   && s.MentionCovering(nameEnd) < 0)
            {
                nameEnd++;
            }

            if (leader is not null && nameEnd - nameStart >= 2 && (nameEnd >= tokens.Count || !tokens[nameEnd].IsCapitalized))
            {
                var party = leader.Parties[0] with { Suffix = string.Empty };
                s.Actors.Add(new ActorMention(nameStart, nameEnd, [party], MentionFlags.None) { NameEnd = nameEnd });
                _learnedNames.Add((nameEnd - 1, party));
            }
        }
    }

    /// <summary>Index after the titles (and fillers such as "former", "then-", commas) starting at <paramref name="i"/>.</summary>
    private int SkipTitles(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        var sawTitle = false;
        var j = i;
        while (j < tokens.Count)
        {
            if (j > i && s.Actors.Exists(a => a.Start == j))
            {
                break; // a name starts here ("Nawabzada Liaquat Ali Khan" is a name, though "Nawabzada" is also a title)
            }

            var length = _lexicon.Titles.MatchLongest(tokens, j, null, out _);
            if (length > 0)
            {
                j += length;
                sawTitle = true;
                continue;
            }

            if (_titleFillers.Contains(tokens[j].WordId) && !(tokens[j].WordId == _comma && !sawTitle))
            {
                j++;
                continue;
            }

            break;
        }

        if (!sawTitle)
        {
            return i;
        }

        // Do not swallow trailing fillers ("the President , " -> stop after the title).
        while (j > i && (tokens[j - 1].WordId == _comma || tokens[j - 1].WordId == _the))
        {
            j--;
        }

        return j;
    }

    private int TitlesBefore(List<Token> tokens, int end)
    {
        var start = end;
        for (var k = end - 1; k >= 0 && k >= end - 6; k--)
        {
            var length = _lexicon.Titles.MatchLongest(tokens, k, null, out _);
            if (length > 0 && k + length >= start)
            {
                start = k;
            }
            else if (start == end || !_titleFillers.Contains(tokens[k].WordId) || tokens[k].WordId == _comma)
            {
                break;
            }
        }

        return start;
    }

    /// <summary>"Pakistan's armed forces" -> PAKMIL; "the Soviet leadership" -> RUSGOV. Records the role noun.</summary>
    private void AttachRoles(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        foreach (var mention in s.Actors)
        {
            if (mention.Has(MentionFlags.Modifier) || mention.Parties[0].Kind is not (ActorKind.State or ActorKind.StateAdjective or ActorKind.Metonym))
            {
                continue;
            }

            var at = mention.End;
            if (at < tokens.Count && (tokens[at].WordId == _apostropheS || tokens[at].WordId == _apostrophe))
            {
                at++;
            }

            var length = _lexicon.Sectors.MatchLongest(tokens, at, null, out var sectors);
            if (length == 0 && at + 1 < tokens.Count && tokens[at].Kind == TokenKind.Word && !tokens[at].IsCapitalized
                && s.MentionCovering(at) < 0 && LooksAdjective(s.Folded(at)))
            {
                // One describing word between: "Pakistan's parliamentary delegation", "Soviet political leadership".
                length = _lexicon.Sectors.MatchLongest(tokens, at + 1, null, out sectors);
                if (length > 0)
                {
                    at++;
                }
            }

            if (length == 0 || s.MentionCovering(at) >= 0)
            {
                continue;
            }

            var sector = sectors[0];
            var party = mention.Parties[0];
            mention.Parties = [party with { Suffix = sector.Suffix.Length > 0 && party.First.Code.Length == 3 ? sector.Suffix : party.Suffix }];
            mention.HeadNoun = s.Folded(at + length - 1).ToString();
            mention.End = at + length;
            mention.Flags &= ~MentionFlags.Adjective;
            if (s.Text.Folded[tokens[at + length - 1].End - 1] == 's')
            {
                mention.Flags |= MentionFlags.Plural;
            }
        }
    }

    /// <summary>"the leaders of Afghanistan" -> AFGGOV: a role noun followed by "of" and a state.</summary>
    private void AttachRolesBefore(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        foreach (var mention in s.Actors)
        {
            var of = mention.Start - 1;
            if (of < 1 || (tokens[of].WordId != _of && tokens[of].WordId != _in) || mention.Parties[0].Kind is not (ActorKind.State or ActorKind.Metonym or ActorKind.Person)
                || mention.Has(MentionFlags.Modifier))
            {
                continue;
            }

            for (var start = Math.Max(0, of - 3); start < of; start++)
            {
                var length = _lexicon.Sectors.MatchLongest(tokens, start, null, out var sectors);
                // "the government in Kabul" governs it; "coalition troops in Afghanistan" are only stationed there.
                if (length > 0 && start + length == of && s.MentionCovering(start) < 0 && !(tokens[of].WordId == _in && sectors[0].Suffix == "MIL"))
                {
                    var begin = start > 0 && tokens[start - 1].WordId == _the ? start - 1 : start;
                    var party = mention.Parties[0];
                    var suffix = sectors[0].Suffix.Length > 0 && party.First.Code.Length == 3 ? sectors[0].Suffix : party.Suffix;
                    if (party.Kind == ActorKind.Person)
                    {
                        suffix = "GOV"; // "the government of Mohammad Najibullah"
                    }

                    mention.Parties = [party with { Suffix = suffix }];
                    mention.Start = begin;
                    mention.HeadNoun = s.Folded(of - 1).ToString();
                    break;
                }
            }
        }
    }

    /// <summary>Adjective endings, so "Pakistan's parliamentary delegation" joins but "US provided military" does not.</summary>
    private static bool LooksAdjective(ReadOnlySpan<char> word) =>
        word.EndsWith("al") || word.EndsWith("ary") || word.EndsWith("ic") || word.EndsWith("ive") || word.EndsWith("ern")
        || word.EndsWith("ian") || word.EndsWith("ish") || word.EndsWith("ese") || word.EndsWith("ous");

    private void MarkStructure(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        for (var m = 0; m < s.Actors.Count; m++)
        {
            var mention = s.Actors[m];
            var end = mention.End;
            if (end < tokens.Count && (tokens[end].WordId == _apostropheS || tokens[end].WordId == _apostrophe))
            {
                mention.Flags |= MentionFlags.Possessive;
            }

            // "the Baghdad Pact (CENTO)": the bracketed name repeats the one before it.
            if (mention.Start >= 1 && tokens[mention.Start - 1].WordId == _openParen && m > 0 && s.Actors[m - 1].End == mention.Start - 1)
            {
                mention.Flags |= MentionFlags.Apposition;
            }

            // "the Tashkent Declaration", "Moscow format": a place name inside a proper name.
            if (mention.Parties[0].Kind == ActorKind.Metonym && end < tokens.Count && tokens[end].IsCapitalized
                && _vocabulary.Is(tokens[end].WordId, WordClass.NameHead))
            {
                s.Actors.RemoveAt(m);
                m--;
            }
        }
    }

    private void FindAnaphors(SentenceAnalysis s, DocumentContext doc)
    {
        var tokens = s.Tokens;
        var direct = s.Actors.Count;
        var fronted = FrontedAdverbialEnd(s);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (s.MentionCovering(i) >= 0)
            {
                continue;
            }

            var id = tokens[i].WordId;
            if (id < 0)
            {
                continue;
            }

            var cls = _vocabulary.ClassOf(id);
            var isPronoun = (cls & (WordClass.PersonPronoun | WordClass.ThingPronoun | WordClass.PluralPronoun)) != 0
                && ((cls & WordClass.Determiner) == 0 || (cls & WordClass.Possessive) != 0);
            if (isPronoun && i < fronted && !NamesActorBefore(s, i, direct) && Cataphor(s, fronted) is { } forward)
            {
                // "Following its disintegration in 1971, Pakistan ...": the pronoun points ahead to the subject.
                s.Actors.Add(new ActorMention(i, i + 1, forward.Parties, MentionFlags.Anaphor) { NameEnd = i + 1 });
            }
            else if ((cls & WordClass.PersonPronoun) != 0 && isPronoun)
            {
                AddAnaphor(s, i, i + 1, Antecedent(s, doc, i, AnaphorKind.Person, notSubjectOf: ObjectOfVerbAt(s, i)), MentionFlags.Anaphor);
            }
            else if ((cls & WordClass.ThingPronoun) != 0 && isPronoun)
            {
                if ((cls & WordClass.Possessive) != 0 && i + 1 < tokens.Count && tokens[i + 1].WordId == _own)
                {
                    // "its own interests": the subject's own.
                    AddAnaphor(s, i, i + 1, ClauseSubject(s, i) ?? Antecedent(s, doc, i, AnaphorKind.Thing), MentionFlags.Anaphor);
                }
                else if ((cls & WordClass.Possessive) == 0 && IsSubjectIt(s, i) && AfterAnd(s, i))
                {
                    // "The Soviet Union vetoed Security Council resolutions, and it supplied India with arms": a subject
                    // pronoun after "and" continues the first clause's subject.
                    AddAnaphor(s, i, i + 1, ClauseSubject(s, i) ?? Antecedent(s, doc, i, AnaphorKind.Thing), MentionFlags.Anaphor);
                }
                else if ((cls & WordClass.Possessive) != 0 || IsSubjectIt(s, i))
                {
                    AddAnaphor(s, i, i + 1, Antecedent(s, doc, i, AnaphorKind.Thing), MentionFlags.Anaphor);
                }
            }
            else if ((cls & WordClass.PluralPronoun) != 0 && isPronoun)
            {
                if (Coordination(s, doc, i) is { } pair)
                {
                    s.Actors.Add(new ActorMention(i, i + 1, [pair.First, pair.Second], MentionFlags.Anaphor | MentionFlags.Plural) { NameEnd = i + 1 });
                }
                else if (Antecedent(s, doc, i, AnaphorKind.Plural) is { } antecedent && PairContaining(doc, antecedent) is { } known)
                {
                    // "Chile and Peru fought in 1879. Chile won. In 1884 they signed a treaty": "they" for one state is
                    // the pair it was last named in.
                    s.Actors.Add(new ActorMention(i, i + 1, [known.First, known.Second], MentionFlags.Anaphor | MentionFlags.Plural) { NameEnd = i + 1 });
                }
                else
                {
                    AddAnaphor(s, i, i + 1, Antecedent(s, doc, i, AnaphorKind.Plural), MentionFlags.Anaphor | MentionFlags.Plural);
                }
            }
            else if ((id == _the || id == _this || id == _thatWord) && i + 1 < tokens.Count)
            {
                var next = tokens[i + 1].WordId;
                if (id == _the && next == _two)
                {
                    var end = PairNounEnd(s, i + 1);
                    if (end > 0)
                    {
                        AddPair(s, doc, i, end);
                        i = end - 1;
                    }
                }
                else if (id == _the && (next == _latter || next == _former) && (i + 2 >= tokens.Count || IsFunctionOrPunct(s, i + 2)))
                {
                    if (LastPair(s, doc, i) is { } pair)
                    {
                        AddAnaphor(s, i, i + 2, next == _former ? pair.First : pair.Second, MentionFlags.Anaphor);
                    }

                    i++;
                }
                else if (id == _the && next >= 0 && _vocabulary.Is(next, WordClass.OrganizationNoun) && (i + 2 >= tokens.Count || IsFunctionOrPunct(s, i + 2))
                         && RecentOrganization(s, doc, i) is { } organization)
                {
                    // "the organisation", "the alliance": the last organisation named.
                    AddAnaphor(s, i, i + 2, organization, MentionFlags.Anaphor);
                    i++;
                }
                else if (StateNounEnd(s, i + 1) is var stateEnd && stateEnd > 0)
                {
                    // "the country", "this former superpower": the last state named, even as the object of a preposition; the
                    // state itself, not the part of it named ("Belarus' opposition ... in the country").
                    var state = Antecedent(s, doc, i, AnaphorKind.State, allowPrepositionObjects: true);
                    AddAnaphor(s, i, stateEnd, state is { Suffix.Length: > 0 } ? state with { Suffix = string.Empty } : state, MentionFlags.Anaphor);
                    i = stateEnd - 1;
                }
                else if (id == _the && next >= 0 && _lexicon.TryGetSectorOfHead(_vocabulary.WordOf(next), out _)
                         && doc.RoleAntecedents.TryGetValue(_vocabulary.WordOf(next), out var role)
                         && (i + 2 >= tokens.Count || (s.MentionCovering(i + 2) < 0 && tokens[i + 2].WordId != _of && IsFunctionOrPunct(s, i + 2))))
                {
                    AddAnaphor(s, i, i + 2, role, MentionFlags.Anaphor);
                    i++;
                }
            }
            else if (id == _both && i + 1 < tokens.Count)
            {
                var end = PairNounEnd(s, i);
                if (end > 0)
                {
                    AddPair(s, doc, i, end);
                    i = end - 1;
                }
            }
        }

        if (s.Actors.Count != direct)
        {
            s.Actors.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// "it" stands for a state only as a subject ("..., it sought to"), not as an object ("made it sound") or in
    /// "it was ... that" and "it remains to be seen".
    /// </summary>
    private bool IsSubjectIt(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        if (i > 0)
        {
            var before = tokens[i - 1];
            var beforeClass = before.WordId >= 0 ? _vocabulary.ClassOf(before.WordId) : WordClass.None;
            var subjectSlot = before.Kind is TokenKind.Punct or TokenKind.Number || (beforeClass & (WordClass.Conjunction | WordClass.Subordinator | WordClass.Relative | WordClass.ClauseBreak)) != 0;
            if (!subjectSlot)
            {
                return false;
            }
        }

        return i + 1 < tokens.Count && !(tokens[i + 1].WordId >= 0 && _vocabulary.Is(tokens[i + 1].WordId, WordClass.Copula)) && !_expletiveVerbs.Contains(tokens[i + 1].WordId);
    }

    /// <summary>
    /// What may follow "the latter" or "the delegation" when they stand alone: punctuation, a grammar word, or a
    /// past tense ("the latter joined"); not a noun they would be describing ("the military cooperation").
    /// </summary>
    private bool IsFunctionOrPunct(SentenceAnalysis s, int index)
    {
        var token = s.Tokens[index];
        if (token.Kind == TokenKind.Punct)
        {
            return true;
        }

        if (token.WordId >= 0 && _vocabulary.ClassOf(token.WordId) != WordClass.None && !_vocabulary.Is(token.WordId, WordClass.Determiner))
        {
            return true;
        }

        return s.Folded(index).EndsWith("ed");
    }

    private static Party? RecentOrganization(SentenceAnalysis s, DocumentContext doc, int before)
    {
        for (var m = s.Actors.Count - 1; m >= 0; m--)
        {
            if (s.Actors[m].End <= before && s.Actors[m].Parties.Count == 1 && s.Actors[m].Parties[0].Kind == ActorKind.Organization)
            {
                return s.Actors[m].Parties[0];
            }
        }

        for (var r = doc.Recent.Count - 1; r >= 0; r--)
        {
            if (doc.Recent[r].Party.Kind == ActorKind.Organization && doc.SentenceIndex - doc.Recent[r].Sentence <= 6)
            {
                return doc.Recent[r].Party;
            }
        }

        return null;
    }

    /// <summary>The first state named in the sentence before <paramref name="before"/> that is not a prepositional object.</summary>
    /// <summary>"and it", "and in 1961 it", "and then, in March 1972, it": a conjunction with at most a date or an adverb before the word.</summary>
    private bool AfterAnd(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        for (var k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            var id = tokens[k].WordId;
            if (id == _and)
            {
                return true;
            }

            var skippable = tokens[k].Kind is TokenKind.Number or TokenKind.Ordinal or TokenKind.Decade || id == _comma
                || id >= 0 && (_vocabulary.ClassOf(id) & (WordClass.Month | WordClass.Preposition | WordClass.Adverb | WordClass.Determiner)) != 0;
            if (!skippable)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The index of the verb right before the pronoun at <paramref name="i"/> ("welcomed her"), or -1.</summary>
    private int ObjectOfVerbAt(SentenceAnalysis s, int i) => i > 0 && _verbForms.IsVerbForm(s, i - 1) ? i - 1 : -1;

    private Party? ClauseSubject(SentenceAnalysis s, int before)
    {
        foreach (var m in s.Actors)
        {
            if (m.End > before)
            {
                break;
            }

            if (!m.Has(MentionFlags.Anaphor) && !m.Has(MentionFlags.Modifier) && !m.Has(MentionFlags.Possessive) && !m.IsRegion && m.Parties.Count == 1
                && !IsPrepositionObject(s, m) && Fits(m.Parties[0], m.IsPerson, m.Has(MentionFlags.Plural), AnaphorKind.Thing))
            {
                return m.Parties[0];
            }
        }

        return null;
    }

    /// <summary>
    /// "a former Soviet republic", "ex-Yugoslav states": a state that once belonged to the named one is another
    /// state, so the adjective names no party (the state itself may follow in apposition).
    /// </summary>
    private bool IsFormerMemberOf(List<Token> tokens, int start, int end)
    {
        var before = start - 1;
        if (before >= 0 && tokens[before].Kind != TokenKind.Word)
        {
            before--; // "ex-Soviet": the hyphen
        }

        // The noun may follow the adjective or end the name itself ("Soviet state").
        return before >= 0 && (tokens[before].WordId == _former || tokens[before].WordId == _ex)
            && (end < tokens.Count && IsMemberNoun(tokens[end].WordId) || IsMemberNoun(tokens[end - 1].WordId));
    }

    private bool IsMemberNoun(int id) => id >= 0 && _vocabulary.Is(id, WordClass.MemberNoun);

    private bool IsStateNoun(int id) => id >= 0 && _vocabulary.Is(id, WordClass.StateNoun) && id != _former && id != _latter;

    /// <summary>"country", "former superpower": one optional describing word, then a state noun. Returns the end, or 0.</summary>
    private int StateNounEnd(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        if (i < tokens.Count && IsStateNoun(tokens[i].WordId))
        {
            return s.MentionCovering(i + 1) < 0 && !(i + 1 < tokens.Count && tokens[i + 1].WordId == _of) ? i + 1 : 0;
        }

        if (i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Word && !tokens[i].IsCapitalized && IsStateNoun(tokens[i + 1].WordId)
            && (tokens[i].WordId < 0 || _vocabulary.ClassOf(tokens[i].WordId) == WordClass.None || tokens[i].WordId == _former))
        {
            return s.MentionCovering(i + 2) < 0 && !(i + 2 < tokens.Count && tokens[i + 2].WordId == _of) ? i + 2 : 0;
        }

        return 0;
    }

    /// <summary>
    /// For a sentence that opens with a preposition or subordinator ("Following its ...,", "Apart from its ...,"),
    /// the index of the comma that ends that opening phrase; 0 when there is none.
    /// </summary>
    private int FrontedAdverbialEnd(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        bool IsPrepositional(int i) => tokens[i].WordId >= 0 && (_vocabulary.ClassOf(tokens[i].WordId) & (WordClass.Preposition | WordClass.Subordinator)) != 0;

        // "Following its ...", "Apart from its ...", "Along with its ...".
        if (tokens.Count < 4 || !(IsPrepositional(0) || IsPrepositional(1)))
        {
            return 0;
        }

        for (var k = 1; k < tokens.Count && k < 14; k++)
        {
            if (tokens[k].WordId == _comma)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>True when a direct mention stands before token <paramref name="i"/> ("When China and India fought their war").</summary>
    private static bool NamesActorBefore(SentenceAnalysis s, int i, int direct)
    {
        for (var m = 0; m < direct; m++)
        {
            if (s.Actors[m].End <= i && !s.Actors[m].Has(MentionFlags.Modifier) && !s.Actors[m].IsRegion)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first direct mention after the fronted phrase's comma: the sentence's subject.</summary>
    private static ActorMention? Cataphor(SentenceAnalysis s, int comma)
    {
        foreach (var m in s.Actors)
        {
            if (m.Start > comma && !m.Has(MentionFlags.Anaphor) && !m.Has(MentionFlags.Modifier) && !m.IsRegion)
            {
                return m.Start <= comma + 4 ? m : null;
            }
        }

        return null;
    }

    /// <summary>The last two states named together before token <paramref name="before"/>, in this sentence or earlier.</summary>
    private (Party First, Party Second)? LastPair(SentenceAnalysis s, DocumentContext doc, int before)
    {
        (Party, Party)? found = null;
        for (var m = 0; m + 1 < s.Actors.Count; m++)
        {
            var left = s.Actors[m];
            var right = s.Actors[m + 1];
            if (right.End > before || left.Has(MentionFlags.Anaphor) || right.Has(MentionFlags.Anaphor))
            {
                continue;
            }

            if ((IsCoordinated(s.Tokens, left, right) || left.Has(MentionFlags.PairLeft) && right.Has(MentionFlags.PairRight))
                && IsState(left.Parties[0]) && IsState(right.Parties[0]) && !SameCountry(left.Parties[0], right.Parties[0]))
            {
                found = (left.Parties[0], right.Parties[0]);
            }
        }

        // "Russia lifted its embargo on Pakistan, and the two countries signed ...": exactly two states named
        // earlier in the sentence are the pair, before any pair of earlier sentences.
        // "invited both leaders to Tashkent, where the two leaders signed": a pair already referred to comes first, and
        // a capital after a preposition is a place, not a party.
        return found ?? PairAnaphorBefore(s, before) ?? StatesBefore(s, before, m => m.Parties[0].Kind == ActorKind.Metonym && IsPrepositionObject(s, m))
            ?? PairOfDiscourse(doc);
    }

    /// <summary>
    /// "The two countries" with no pair in its own sentence: the pair the document is about, unless the last pair
    /// named was named just before (a story of India and China may turn to "Pakistan and China ... the two countries").
    /// </summary>
    private static (Party First, Party Second)? PairOfDiscourse(DocumentContext doc)
    {
        if (doc.MainPair is not { } main || doc.LastPair is not { } last || doc.SentenceIndex - doc.LastPairSentence <= RecentPairReach)
        {
            return doc.LastPair ?? doc.MainPair;
        }

        return main;
    }

    private static (Party, Party)? PairAnaphorBefore(SentenceAnalysis s, int before)
    {
        (Party, Party)? found = null;
        foreach (var a in s.Actors)
        {
            // "Nixon and Kissinger ... their efforts ... between the two countries": two people of one state are no pair of states.
            if (a.End <= before && a.Has(MentionFlags.Anaphor) && a.Has(MentionFlags.Plural) && a.Parties.Count == 2 && !SameCountry(a.Parties[0], a.Parties[1]))
            {
                found = (a.Parties[0], a.Parties[1]);
            }
        }

        return found;
    }

    private static (Party, Party)? StatesBefore(SentenceAnalysis s, int before, Func<ActorMention, bool>? skip = null)
    {
        Party? first = null, second = null;
        foreach (var a in s.Actors)
        {
            if (a.End > before || a.Has(MentionFlags.Anaphor) || a.Has(MentionFlags.Modifier) || a.IsRegion || a.Parties.Count != 1
                || !IsState(a.Parties[0]) || skip?.Invoke(a) == true)
            {
                continue;
            }

            var party = a.Parties[0];
            if (first is null || SameCountry(first, party))
            {
                first ??= party;
            }
            else if (second is null || SameCountry(second, party))
            {
                second ??= party;
            }
            else
            {
                return null;
            }
        }

        return first is not null && second is not null ? (first, second) : null;
    }

    /// <summary>For "they"/"their": two actors coordinated earlier in this sentence or the one before.</summary>
    private (Party First, Party Second)? Coordination(SentenceAnalysis s, DocumentContext doc, int before)
    {
        for (var m = s.Actors.Count - 2; m >= 0; m--)
        {
            var left = s.Actors[m];
            var right = s.Actors[m + 1];
            // "mediated between India and Pakistan after their war": a pair after "between" is still the pair.
            if (right.End <= before && !left.Has(MentionFlags.Anaphor) && IsCoordinated(s.Tokens, left, right)
                && (!IsPrepositionObject(s, left) || left.Start > 0 && s.Tokens[left.Start - 1].WordId == _between))
            {
                return (left.Parties[0], right.Parties[0]);
            }
        }

        return doc.LastCoordination is { } c && doc.SentenceIndex - c.Sentence <= 1 ? (c.First, c.Second) : null;
    }

    /// <summary>For a single state taken as "they": the pair of states it was recently named with, else the document's main pair if it is one of them.</summary>
    private static (Party First, Party Second)? PairContaining(DocumentContext doc, Party state)
    {
        if (state.Kind != ActorKind.State || doc.Recent.Exists(r => r.Party == state && r.IsPlural))
        {
            return null;
        }

        if (doc.LastCoordination is { } c && doc.SentenceIndex - c.Sentence <= PluralPairReach && (SameCountry(c.First, state) || SameCountry(c.Second, state))
            && c.First.Kind == ActorKind.State && c.Second.Kind == ActorKind.State && !SameCountry(c.First, c.Second))
        {
            return (c.First, c.Second);
        }

        return doc.MainPair is { } main && (SameCountry(main.First, state) || SameCountry(main.Second, state)) ? main : null;
    }

    /// <summary>"two South Asian neighbours" / "both countries": the end of the phrase, or 0 when it is not one.</summary>
    private int PairNounEnd(SentenceAnalysis s, int i)
    {
        var tokens = s.Tokens;
        var j = i;
        if (tokens[j].WordId == _two || tokens[j].WordId == _both)
        {
            j++;
        }

        for (var k = 0; k < 3 && j < tokens.Count; k++, j++)
        {
            var id = tokens[j].WordId;
            if (id >= 0 && _vocabulary.Is(id, WordClass.PairNoun))
            {
                return j + 1;
            }

            if (tokens[j].Kind != TokenKind.Word || (id >= 0 && (_vocabulary.ClassOf(id) & (WordClass.Preposition | WordClass.Conjunction | WordClass.Auxiliary)) != 0))
            {
                return 0;
            }
        }

        return 0;
    }

    private void AddPair(SentenceAnalysis s, DocumentContext doc, int start, int end)
    {
        if (LastPair(s, doc, start) is { } pair)
        {
            // "the two governments" names the states, not the sector through which one of them was last named
            // ("Pakistani newspapers accused Moscow ... the two governments signed").
            s.Actors.Add(new ActorMention(start, end, [pair.First with { Suffix = string.Empty }, pair.Second with { Suffix = string.Empty }],
                MentionFlags.Anaphor | MentionFlags.Plural) { NameEnd = end });
        }
    }

    private static void AddAnaphor(SentenceAnalysis s, int start, int end, Party? party, MentionFlags flags)
    {
        if (party is not null)
        {
            s.Actors.Add(new ActorMention(start, end, [party], flags) { NameEnd = end });
        }
    }

    private enum AnaphorKind
    {
        Person,
        Thing,
        Plural,
        State,
    }

    private Party? Antecedent(SentenceAnalysis s, DocumentContext doc, int before, AnaphorKind kind, bool allowPrepositionObjects = false,
        int notSubjectOf = -1)
    {
        // Earlier in this sentence first, nearest first; objects of prepositions make poor antecedents.
        for (var m = s.Actors.Count - 1; m >= 0; m--)
        {
            var mention = s.Actors[m];
            if (mention.End > before || mention.Has(MentionFlags.Anaphor) || mention.Has(MentionFlags.Modifier) || mention.Parties.Count != 1
                || !allowPrepositionObjects && IsPrepositionObject(s, mention))
            {
                continue;
            }

            // "Brezhnev welcomed her": the object of a verb is not its own subject (that would be "herself").
            if (notSubjectOf >= 0 && mention.End == notSubjectOf)
            {
                continue;
            }

            if (Fits(mention.Parties[0], mention.IsPerson, mention.Has(MentionFlags.Plural), kind))
            {
                return mention.Parties[0];
            }
        }

        // Then earlier sentences, newest first, preferring actors that were not objects of prepositions
        // ("India, which was a pioneer of the Non Aligned Movement, ... It maintained" is India).
        var reach = kind == AnaphorKind.Person ? PersonPronounReach : ThingPronounReach;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var r = doc.Recent.Count - 1; r >= 0; r--)
            {
                var (party, sentence, isPerson, isPlural, isObject) = doc.Recent[r];
                if (doc.SentenceIndex - sentence > reach)
                {
                    break;
                }

                if ((pass == 1 || !isObject || allowPrepositionObjects) && Fits(party, isPerson, isPlural, kind))
                {
                    return party;
                }
            }
        }

        return null;
    }

    private bool IsPrepositionObject(SentenceAnalysis s, ActorMention mention) =>
        WordBeforeDeterminers(s, mention) is var k and >= 0 && s.Tokens[k].WordId >= 0 && _vocabulary.Is(s.Tokens[k].WordId, WordClass.Preposition);

    private bool FollowsOf(SentenceAnalysis s, ActorMention mention) => WordBeforeDeterminers(s, mention) is var k and >= 0 && s.Tokens[k].WordId == _of;

    /// <summary>The token before a mention and its determiners ("of" in "of the Soviet Union"), or -1.</summary>
    private int WordBeforeDeterminers(SentenceAnalysis s, ActorMention mention)
    {
        var k = mention.Start - 1;
        while (k >= 0 && s.Tokens[k].WordId >= 0 && _vocabulary.Is(s.Tokens[k].WordId, WordClass.Determiner))
        {
            k--;
        }

        return k;
    }

    private static bool Fits(Party party, bool isPerson, bool isPlural, AnaphorKind kind) => kind switch
    {
        AnaphorKind.Person => isPerson,
        AnaphorKind.Plural => isPlural || (!isPerson && party.Kind is ActorKind.State or ActorKind.Group),
        AnaphorKind.State => !isPerson && party.Kind is ActorKind.State or ActorKind.Metonym,
        _ => !isPerson && party.Kind is ActorKind.State or ActorKind.Metonym or ActorKind.Organization or ActorKind.Group,
    };

    /// <summary>The two states a sentence names, when it names exactly two (by country), else null.</summary>
    private static (Party, Party)? ExactlyTwoStates(SentenceAnalysis s) => StatesBefore(s, int.MaxValue);

    private static bool SameCountry(Party a, Party b) =>
        a.First.Code.AsSpan(0, Math.Min(3, a.First.Code.Length)).SequenceEqual(b.First.Code.AsSpan(0, Math.Min(3, b.First.Code.Length)));

    private void Remember(SentenceAnalysis s, DocumentContext doc)
    {
        var tokens = s.Tokens;
        foreach (var (token, party) in _learnedNames)
        {
            if (tokens[token].WordId >= 0)
            {
                doc.Surnames[tokens[token].WordId] = party;
            }
            else
            {
                doc.UnknownSurnames[s.Folded(token).ToString()] = party; // a word the lexicons do not know ("Khuhro")
            }
        }

        if (ExactlyTwoStates(s) is { } pair)
        {
            doc.LastPair = pair;
        }

        for (var m = 0; m < s.Actors.Count; m++)
        {
            var mention = s.Actors[m];
            if (mention.Has(MentionFlags.Anaphor) || mention.Has(MentionFlags.Modifier) || mention.IsRegion)
            {
                continue;
            }

            var party = mention.Parties[0];
            var plural = mention.Has(MentionFlags.Plural);
            if (m + 1 < s.Actors.Count && IsCoordinated(tokens, mention, s.Actors[m + 1]))
            {
                var other = s.Actors[m + 1];
                plural = true;
                doc.LastCoordination = (party, other.Parties[0], doc.SentenceIndex);
                // "a close friend of India and the Soviet Union" describes; it does not bring a pair into the story.
                if (IsState(party) && other.Parties.Count == 1 && IsState(other.Parties[0]) && !SameCountry(party, other.Parties[0]) && !FollowsOf(s, mention))
                {
                    doc.LastPair = (party, other.Parties[0]);
                }
            }
            else if (mention.Has(MentionFlags.PairLeft) && m + 1 < s.Actors.Count && s.Actors[m + 1].Parties.Count == 1
                     && IsState(party) && IsState(s.Actors[m + 1].Parties[0]) && !SameCountry(party, s.Actors[m + 1].Parties[0]))
            {
                doc.LastPair = (party, s.Actors[m + 1].Parties[0]);
            }

            if (m > 0 && IsCoordinated(tokens, s.Actors[m - 1], mention))
            {
                plural = true;
            }

            doc.Remember(party, mention.IsPerson, plural, IsPrepositionObject(s, mention));
            if (mention.HeadNoun is { } head)
            {
                doc.RoleAntecedents[head] = party;
            }
        }
    }

    private static bool IsState(Party party) => party.Kind is ActorKind.State or ActorKind.StateAdjective or ActorKind.Metonym or ActorKind.Person;

    private bool IsCoordinated(List<Token> tokens, ActorMention left, ActorMention right)
    {
        var gap = right.Start - left.End;
        if (gap == 1)
        {
            return tokens[left.End].WordId == _and;
        }

        return gap == 2 && tokens[left.End].WordId == _and && tokens[left.End + 1].WordId == _the;
    }
}
