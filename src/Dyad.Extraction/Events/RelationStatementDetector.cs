using Dyad.Core.Dates;
using Dyad.Extraction.Actors;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Events;

/// <summary>A judgement of a relationship found in a sentence, before its parties are resolved to actors.</summary>
public sealed record RelationDraft(Party First, Party Second, DateSpan? When, double Tone, int CueToken, int NounStart, int NounEnd);

/// <summary>
/// Pipeline stage 10: statements about the state of a relationship ("relations between A and B deteriorated",
/// "the A-B relationship sank to its deepest low during the war from 1979-1989", "bilateral ties remained in the
/// doldrums"). A relationship noun names the two parties (or "bilateral ties" points back to the last pair); a
/// judging word nearby in the same clause gives the tone; a date or span in the sentence, else the running date,
/// gives the time. A negation before the judging word drops the statement rather than guessing its opposite.
/// </summary>
public sealed class RelationStatementDetector
{
    private const int CueReach = 8;
    private const int ContextReach = 12;

    private readonly RelationLexicon _lexicon;
    private readonly ArgumentFinder _args;
    private readonly Vocabulary _vocabulary;
    private readonly int _bilateral;

    public RelationStatementDetector(RelationLexicon lexicon, ArgumentFinder args, Vocabulary vocabulary)
    {
        _lexicon = lexicon;
        _args = args;
        _vocabulary = vocabulary;
        _bilateral = vocabulary.Intern("bilateral");
    }

    public void Process(SentenceAnalysis s, DocumentContext doc)
    {
        if (_lexicon.IsEmpty)
        {
            return;
        }

        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = _lexicon.Nouns.MatchLongest(tokens, i, null, out _);
            if (length == 0)
            {
                continue;
            }

            var nounEnd = i + length;
            var clauseStart = _args.ClauseStart(s, i);
            var clauseEnd = _args.ClauseEnd(s, nounEnd);
            if (Parties(s, doc, i, nounEnd, clauseEnd) is { } pair && Cue(s, i, nounEnd, clauseStart, clauseEnd) is { } cue)
            {
                s.Statements.Add(new RelationDraft(pair.First, pair.Second, When(s, doc, i, clauseStart, clauseEnd), cue.Tone, cue.Token, i, nounEnd));
            }

            i = nounEnd - 1;
        }
    }

    private (Party First, Party Second)? Parties(SentenceAnalysis s, DocumentContext doc, int nounStart, int nounEnd, int clauseEnd)
    {
        var mentions = _args.PartiesOfRelation(s, nounStart, nounEnd, clauseEnd);
        var parties = new List<Party>(2);
        foreach (var m in mentions)
        {
            foreach (var p in m.Parties)
            {
                if (!parties.Exists(q => SameCountry(q, p)))
                {
                    parties.Add(p);
                }
            }
        }

        if (parties.Count == 2)
        {
            return (parties[0], parties[1]);
        }

        // "another setback to bilateral ties": the pair the document is about.
        var bilateral = s.Tokens[nounStart].WordId == _bilateral || nounStart > 0 && s.Tokens[nounStart - 1].WordId == _bilateral;
        return parties.Count == 0 && bilateral && doc.LastPair is { } last ? last : null;
    }

    private (double Tone, int Token)? Cue(SentenceAnalysis s, int nounStart, int nounEnd, int clauseStart, int clauseEnd)
    {
        (double Tone, int Token)? best = null;
        var bestDistance = int.MaxValue;
        var from = Math.Max(clauseStart, nounStart - CueReach);
        var to = Math.Min(clauseEnd, nounEnd + CueReach);
        for (var k = from; k < to; k++)
        {
            // A capitalised judging word inside the sentence is part of a name ("the Cold War").
            if (k >= nounStart && k < nounEnd || !_lexicon.TryCue(s.Tokens[k].WordId, out var tone) || s.ActorAt(k) is not null
                || k > 0 && s.Tokens[k].IsCapitalized)
            {
                continue;
            }

            var distance = k < nounStart ? nounStart - k : k - nounEnd + 1;
            if (distance < bestDistance)
            {
                best = (tone, k);
                bestDistance = distance;
            }
        }

        return best is { } found && !Negated(s, found.Token, Math.Min(found.Token, nounStart)) ? found : null;
    }

    /// <summary>"relations did not improve", "never warmed": a negation shortly before the judging word.</summary>
    private bool Negated(SentenceAnalysis s, int cue, int phraseStart)
    {
        for (var k = cue - 1; k >= 0 && k >= cue - 4 && k >= phraseStart - 1; k--)
        {
            var id = s.Tokens[k].WordId;
            if (id >= 0 && _vocabulary.Is(id, WordClass.Negation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date or span of the clause (nearest to the noun), else of the sentence, else the running date.</summary>
    private static DateSpan? When(SentenceAnalysis s, DocumentContext doc, int noun, int clauseStart, int clauseEnd)
    {
        TimeMention? best = null;
        var bestScore = int.MaxValue;
        foreach (var m in s.Times)
        {
            if (m.Value is null && m.Kind != TimeKind.Present)
            {
                continue;
            }

            var score = Math.Abs(m.Start - noun) + (m.Start >= clauseStart && m.End <= clauseEnd ? 0 : 20) + (m.Role == TimeRole.Modifier ? 4 : 0);
            if (score < bestScore)
            {
                best = m;
                bestScore = score;
            }
        }

        if (best is not null)
        {
            return best.Value;
        }

        return doc.SentenceIndex - doc.Time.SetAtSentence <= ContextReach ? doc.Time.Current : null;
    }

    private static bool SameCountry(Party a, Party b) =>
        a.First.Code.AsSpan(0, Math.Min(3, a.First.Code.Length)).SequenceEqual(b.First.Code.AsSpan(0, Math.Min(3, b.First.Code.Length)));
}
