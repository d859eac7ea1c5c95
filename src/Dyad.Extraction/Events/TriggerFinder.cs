using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Events;

/// <summary>
/// Pipeline stage 6a: finds the words that state events. Verb patterns are tried first and the longest match
/// at a position wins; event nouns are then looked for outside the verb matches ("paid a visit to" is one
/// verb trigger, not a verb plus the noun "visit"). Words inside an actor's name are never triggers.
/// </summary>
public sealed class TriggerFinder
{
    private readonly EventLexicon _lexicon;
    private readonly Vocabulary _vocabulary;
    private readonly int _and;
    private readonly int _comma;
    private readonly int _hyphen;
    private readonly int _apostropheS;
    private readonly int _of;
    private readonly int _to;
    private readonly int _apostrophe;
    private readonly HashSet<int> _beForms;
    private const int ObjectReach = 6;
    private bool[] _covered = new bool[128];
    private (int Start, int End) _passiveObject;

    public TriggerFinder(EventLexicon lexicon, Vocabulary vocabulary)
    {
        _lexicon = lexicon;
        _vocabulary = vocabulary;
        _and = vocabulary.Intern("and");
        _comma = vocabulary.Intern(",");
        _hyphen = vocabulary.Intern("-");
        _apostropheS = vocabulary.Intern("'s");
        _of = vocabulary.Intern("of");
        _to = vocabulary.Intern("to");
        _apostrophe = vocabulary.Intern("'");
        _beForms = [.. new[] { "is", "are", "was", "were", "be", "been", "being" }.Select(vocabulary.Intern)];
    }

    public void Process(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        if (_covered.Length < tokens.Count)
        {
            _covered = new bool[tokens.Count * 2];
        }

        Array.Clear(_covered, 0, tokens.Count);
        for (var pass = 0; pass < 2; pass++)
        {
            var verbs = pass == 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                var id = tokens[i].WordId;
                // Words of an actor's name are never triggers; its role words may start a noun ("Russian military operations").
                if (id < 0 || _covered[i] || tokens[i].Kind != TokenKind.Word || s.ActorAt(i) is { } a && !a.Has(Actors.MentionFlags.Anaphor) && (verbs || i < a.NameEnd))
                {
                    continue;
                }

                // Verb patterns start on verbs, noun patterns on the words of noun phrases: the tagger has decided
                // "the visit" from "visited", "Soviet economic aid" from "aided".
                var tag = s.Syntax.Tag(i);
                var prefixedVerb = tag == Syntax.Pos.Adverb && i + 2 < tokens.Count && tokens[i + 1].WordId == _hyphen && s.Syntax.Tag(i + 2) == Syntax.Pos.Verb; // "co-operate"
                if (verbs ? tag != Syntax.Pos.Verb && !prefixedVerb : tag == Syntax.Pos.Verb && (s.Syntax.Form(i) & Syntax.VerbForm.Gerund) == 0)
                {
                    continue;
                }

                var patterns = verbs ? _lexicon.VerbsAt(id) : _lexicon.NounsAt(id);
                foreach (var pattern in patterns)
                {
                    _passiveObject = default;
                    var match = TryMatch(s, i, pattern) ?? (verbs ? TryPassiveMatch(s, i, pattern) : null);
                    if (match is null || !HasCue(s, i, pattern) || FollowsExcludedWord(s, i, pattern))
                    {
                        continue;
                    }

                    if (verbs)
                    {
                        match.IsPassive = s.Syntax.Has(i, Syntax.VerbFlags.Passive);
                    }

                    if (!pattern.Has(PatternOptions.Blocker))
                    {
                        s.Triggers.Add(match);
                    }

                    for (var k = i; k < match.End; k++)
                    {
                        _covered[k] = true;
                    }

                    if (match.IsPassive && match.End == i + 1 && _passiveObject.End > 0)
                    {
                        // The pattern's words in the passive subject ("sanctions were lifted") are the verb's, not a noun event.
                        for (var k = _passiveObject.Start; k < _passiveObject.End; k++)
                        {
                            _covered[k] = true;
                        }
                    }

                    i = verbs ? i : match.End - 1;
                    break;
                }
            }
        }

        s.Triggers.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    private TriggerMatch? TryMatch(SentenceAnalysis s, int head, EventPattern pattern)
    {
        var match = new TriggerMatch { Pattern = pattern, Start = head, End = head + 1 };
        var end = MatchSlots(s, head + 1, pattern.Slots, 0, match);
        if (end < 0)
        {
            return null;
        }

        match.End = end;
        return match;
    }

    /// <summary>
    /// "Relations were restored in 1957", "a ceasefire was secured by the UN": in the passive, what the pattern's
    /// words after its gap name is the subject, before the verb. The match covers the verb alone.
    /// </summary>
    private TriggerMatch? TryPassiveMatch(SentenceAnalysis s, int verb, EventPattern pattern)
    {
        var tree = s.Syntax;
        var slots = pattern.Slots;
        if (slots.Length < 2 || !slots[0].Gap || !tree.Has(verb, Syntax.VerbFlags.Passive)
            || Array.Exists(slots, slot => slot.Target || slot.ObjectClass is not null))
        {
            return null;
        }

        var subject = tree.Dependent(verb, Syntax.Dep.PassiveSubject);
        if (subject < 0 || tree.PhraseOf(subject) is not { } phrase)
        {
            return null;
        }

        var rest = slots[1..];
        var probe = new TriggerMatch { Pattern = pattern, Start = verb, End = verb + 1 };
        for (var start = phrase.Start; start <= subject; start++)
        {
            if (MatchSlots(s, start, rest, 0, probe) == subject + 1)
            {
                _passiveObject = (start, subject + 1);
                return new TriggerMatch { Pattern = pattern, Start = verb, End = verb + 1 };
            }
        }

        return null;
    }

    /// <summary>Matches slots from <paramref name="slot"/> at token <paramref name="pos"/>; returns the end, or -1.</summary>
    private int MatchSlots(SentenceAnalysis s, int pos, PatternSlot[] slots, int slot, TriggerMatch match)
    {
        if (slot == slots.Length)
        {
            return pos;
        }

        var tokens = s.Tokens;
        var current = slots[slot];
        if (current.Gap)
        {
            var hyphens = 0;
            for (var width = 0; width - hyphens <= EventLexicon.Gap && pos + width <= tokens.Count; width++)
            {
                if (width > 0 && !CanSkip(s, pos + width - 1))
                {
                    break;
                }

                if (width > 0 && tokens[pos + width - 1].WordId == _hyphen)
                {
                    hyphens++;
                }

                var end = MatchSlots(s, pos + width, slots, slot + 1, match);
                if (end >= 0)
                {
                    if (width > 0)
                    {
                        match.Gaps.Add((pos, pos + width));
                    }

                    return end;
                }
            }

            return -1;
        }

        if (current.Target)
        {
            var at = pos;
            while (at < tokens.Count && tokens[at].WordId >= 0 && _vocabulary.Is(tokens[at].WordId, WordClass.Determiner) && s.ActorAt(at) is null)
            {
                at++;
            }

            var mention = s.ActorAt(at);
            if (mention is null || mention.Start != at)
            {
                return -1;
            }

            // "come to their senses": a possessive pronoun determines a noun after it; it is not the target.
            if (mention.Has(Actors.MentionFlags.Anaphor) && mention.End - mention.Start == 1 && tokens[at].WordId >= 0
                && _vocabulary.Is(tokens[at].WordId, WordClass.Possessive) && at + 1 < tokens.Count && tokens[at + 1].Kind == TokenKind.Word
                && (tokens[at + 1].WordId < 0 || (_vocabulary.ClassOf(tokens[at + 1].WordId) & (WordClass.Preposition | WordClass.Conjunction)) == 0))
            {
                return -1;
            }

            // The slot takes a whole list: "brought the US and Pakistan closer".
            var after = mention.End;
            while (after + 1 < tokens.Count && (tokens[after].WordId == _and || tokens[after].WordId == _comma)
                   && s.ActorAt(after + 1) is { } next && next.Start == after + 1)
            {
                after = next.End;
            }

            var end = MatchSlots(s, after, slots, slot + 1, match);
            if (end >= 0)
            {
                match.TargetSlot = at;
            }

            return end;
        }

        if (current.ObjectClass is { } className)
        {
            var (classEnd, codes) = MatchObject(s, pos, className);
            if (classEnd < 0)
            {
                return -1;
            }

            var end = MatchSlots(s, classEnd, slots, slot + 1, match);
            if (end >= 0)
            {
                match.ClassCodes.AddRange(codes);
            }

            return end;
        }

        foreach (var phrase in current.Phrases)
        {
            if (MatchesAt(tokens, pos, phrase) && MatchSlots(s, pos + phrase.Length, slots, slot + 1, match) is var after and >= 0)
            {
                return after;
            }
        }

        if (pos < tokens.Count && current.Accepts(tokens[pos].WordId))
        {
            var end = MatchSlots(s, pos + 1, slots, slot + 1, match);
            if (end >= 0)
            {
                return end;
            }
        }

        return current.Optional ? MatchSlots(s, pos, slots, slot + 1, match) : -1;
    }

    /// <summary>
    /// Finds an object-class phrase within a short noun phrase starting at <paramref name="pos"/>:
    /// "a deal for military cooperation", "military and economic assistance" (both codes), "arms".
    /// </summary>
    private (int End, List<string> Codes) MatchObject(SentenceAnalysis s, int pos, string className)
    {
        var tokens = s.Tokens;
        var entries = _lexicon.Class(className);
        for (var k = pos; k < tokens.Count && k <= pos + ObjectReach; k++)
        {
            if (k > pos && !CanSkip(s, k - 1))
            {
                break;
            }

            foreach (var entry in entries)
            {
                if (!MatchesAt(tokens, k, entry.WordIds))
                {
                    continue;
                }

                // Coordinated modifiers before the matched phrase come first: "military and economic assistance".
                var codes = new List<string>();
                var head = entry.WordIds[^1];
                for (var m = pos; m < k; m++)
                {
                    foreach (var other in entries)
                    {
                        if (other.WordIds.Length == 2 && other.WordIds[0] == tokens[m].WordId && other.WordIds[1] == head && !codes.Contains(other.Code))
                        {
                            codes.Add(other.Code);
                        }
                    }
                }

                if (!codes.Contains(entry.Code))
                {
                    codes.Add(entry.Code);
                }

                var end = k + entry.WordIds.Length;
                // ... and after it: "arms and spares", "economic aid and military equipment".
                while (end + 1 < tokens.Count && (tokens[end].WordId == _and || tokens[end].WordId == _comma))
                {
                    var extended = false;
                    foreach (var other in entries)
                    {
                        if (MatchesAt(tokens, end + 1, other.WordIds))
                        {
                            if (!codes.Contains(other.Code))
                            {
                                codes.Add(other.Code);
                            }

                            end = end + 1 + other.WordIds.Length;
                            extended = true;
                            break;
                        }
                    }

                    if (!extended)
                    {
                        break;
                    }
                }

                return (end, codes);
            }
        }

        return (-1, []);
    }

    private static bool MatchesAt(List<Token> tokens, int k, int[] ids)
    {
        if (k + ids.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < ids.Length; j++)
        {
            if (tokens[k + j].WordId != ids[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words a gap may pass over: not punctuation (but hyphens and 's), not clause breaks.</summary>
    private bool CanSkip(SentenceAnalysis s, int i)
    {
        var t = s.Tokens[i];
        if (t.Kind == TokenKind.Punct)
        {
            // "vowed “severe revenge”": quotation marks around the pattern's words do not break it.
            return t.WordId == _hyphen || s.Folded(i) is "\"" or "“" or "”" or "‘" or "’" or "'";
        }

        if (t.WordId == _apostropheS)
        {
            return true;
        }

        // "agreed to lift the sanctions": a verb with patterns of its own begins its own event, and the words after it
        // are its words, not the gap of the verb before ("agree * to * sanctions" is not lifting them).
        if (s.Syntax.Tag(i) == Syntax.Pos.Verb && (s.Syntax.Form(i) & (Syntax.VerbForm.Base | Syntax.VerbForm.Present | Syntax.VerbForm.Past)) != 0
            && _lexicon.VerbsAt(t.WordId).Count > 0)
        {
            return false;
        }

        return t.WordId < 0 || (_vocabulary.ClassOf(t.WordId) & (WordClass.ClauseBreak | WordClass.Relative | WordClass.Subordinator)) == 0 || t.WordId == _vocabulary.Find("that");
    }

    /// <summary>"Pakistan's defence needs were met": a pattern may exclude words standing just before it.</summary>
    private static bool FollowsExcludedWord(SentenceAnalysis s, int head, EventPattern pattern)
    {
        if (pattern.NotAfterWords.Length == 0)
        {
            return false;
        }

        for (var k = Math.Max(0, head - 4); k < head; k++)
        {
            if (Array.IndexOf(pattern.NotAfterWords, s.Tokens[k].WordId) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Patterns with cue words apply only when the sentence also contains one ("diplomatic relations ... were established").</summary>
    private static bool HasCue(SentenceAnalysis s, int head, EventPattern pattern)
    {
        if (pattern.CueWords.Length == 0)
        {
            return true;
        }

        foreach (var token in s.Tokens)
        {
            if (Array.IndexOf(pattern.CueWords, token.WordId) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
