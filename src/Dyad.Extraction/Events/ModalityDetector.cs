using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Pipeline;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Events;

/// <summary>
/// Pipeline stage 7: decides whether each event is asserted, denied or only supposed, from the words between
/// the start of its clause and its trigger. "did not", "refused to", "never" deny it; "could", "plans to",
/// "offered to" make it hypothetical (and turn material cooperation into an expressed intent, 07x -> 033);
/// "should" and "if" mark advice and conditions, which are not events at all and are dropped.
/// </summary>
public sealed class ModalityDetector
{
    private const int ScopeWidth = 8;
    private const int CalledForReach = 10;

    private readonly Vocabulary _vocabulary;
    private readonly ArgumentFinder _args;

    private readonly int _comma;
    private readonly int _and;
    private readonly int _or;
    private readonly int _the;
    private readonly int _for;
    private readonly HashSet<int> _governing;

    public ModalityDetector(Vocabulary vocabulary, ArgumentFinder args)
    {
        _vocabulary = vocabulary;
        _args = args;
        _comma = vocabulary.Intern(",");
        _and = vocabulary.Intern("and");
        _or = vocabulary.Intern("or");
        _the = vocabulary.Intern("the");
        _for = vocabulary.Intern("for");
        _governing = [.. new[] { "to", "in", "of", "for" }.Select(vocabulary.Intern)];
    }

    public void Process(SentenceAnalysis s)
    {
        for (var e = s.Events.Count - 1; e >= 0; e--)
        {
            var draft = s.Events[e];
            var trigger = draft.Trigger;
            var clauseStart = _args.ClauseStart(s, trigger.Start);
            var scopeStart = Math.Max(clauseStart, trigger.Start - ScopeWidth);
            if (trigger.IsVerb && draft.SourceMention.End <= trigger.Start && draft.SourceMention.End > scopeStart && draft.SourceMention.Start >= clauseStart)
            {
                scopeStart = draft.SourceMention.End;
            }

            var negated = draft.Negated;
            var hypothetical = draft.Hypothetical;
            var hedged = false;
            var drop = false;
            for (var k = scopeStart; k < trigger.Start; k++)
            {
                var id = s.Tokens[k].WordId;
                if (id < 0 || s.Tokens[k].Kind != TokenKind.Word)
                {
                    continue;
                }

                var cls = _vocabulary.ClassOf(id);
                if ((cls & WordClass.Negation) != 0)
                {
                    negated = true;
                }

                if ((cls & WordClass.Intent) != 0 && GovernsWhatFollows(s, k, trigger.Start))
                {
                    hypothetical = true;
                }

                if ((cls & WordClass.Hedge) != 0)
                {
                    hypothetical = true;
                    hedged = true;
                }

                if ((cls & WordClass.Normative) != 0)
                {
                    drop = true;
                }
            }

            // A condition governs its own clause, up to the comma that closes it ("if X attacked Y, Pakistan would ...").
            if (InsideCondition(s, trigger.Start, clauseStart))
            {
                drop = true;
            }

            // "a close cooperation between X and Y is direly needed": a noun event called for, not reported.
            if (!trigger.IsVerb && IsCalledFor(s, trigger.End))
            {
                drop = true;
            }

            // "The US invited Pakistan to join ...": the subject was only asked to act.
            if (trigger.IsVerb && IsRequested(s, draft.SourceMention.Start, clauseStart))
            {
                drop = true;
            }

            if (drop)
            {
                s.Events.RemoveAt(e);
                continue;
            }

            // Expressing an intent is itself the event for 03 codes ("expressed its desire to engage"); only a
            // modal ("will", "could") makes such an event hypothetical.
            if (draft.Code.StartsWith("03", StringComparison.Ordinal))
            {
                hypothetical = hedged || trigger.Pattern.Has(PatternOptions.Hypothetical) || trigger.Pattern.Has(PatternOptions.Intent);
            }
            else if (hypothetical && (trigger.Pattern.Has(PatternOptions.Intent) || !negated))
            {
                draft.Code = IntentCode(draft.Code);
            }

            draft.Negated = negated;
            draft.Hypothetical = hypothetical;
        }
    }

    /// <summary>
    /// "efforts to improve", "interest in buying", "the possibility of launching", "a planned visit": the wish governs
    /// what follows it. "consistent with its efforts and maintained ..." does not.
    /// </summary>
    private bool GovernsWhatFollows(SentenceAnalysis s, int k, int triggerStart)
    {
        for (var j = k + 1; j <= k + 2 && j <= triggerStart; j++)
        {
            if (j == triggerStart && j == k + 1 || _governing.Contains(s.Tokens[j].WordId))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCalledFor(SentenceAnalysis s, int from)
    {
        for (var k = from; k < s.Tokens.Count && k < from + CalledForReach; k++)
        {
            var id = s.Tokens[k].WordId;
            if (id >= 0 && _vocabulary.Is(id, WordClass.Copula))
            {
                for (var j = k + 1; j < s.Tokens.Count && j <= k + 2; j++)
                {
                    if (s.Tokens[j].WordId >= 0 && _vocabulary.Is(s.Tokens[j].WordId, WordClass.Normative))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private bool InsideCondition(SentenceAnalysis s, int trigger, int clauseStart)
    {
        for (var k = clauseStart; k < trigger; k++)
        {
            if (s.Tokens[k].WordId < 0 || !_vocabulary.Is(s.Tokens[k].WordId, WordClass.Condition))
            {
                continue;
            }

            var end = k + 1;
            while (end < s.Tokens.Count && !(s.Tokens[end].WordId == _comma && !IsListComma(s, end)))
            {
                end++;
            }

            if (trigger < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comma between members of a list of actors ("Turkey, England or the United States").</summary>
    private bool IsListComma(SentenceAnalysis s, int comma)
    {
        if (s.ActorAt(comma - 1) is null)
        {
            return false;
        }

        var k = comma + 1;
        if (k < s.Tokens.Count && s.Tokens[k].WordId == _the)
        {
            k++;
        }

        if (s.ActorAt(k) is not { } next)
        {
            return false;
        }

        var after = next.End;
        return after < s.Tokens.Count && (s.Tokens[after].WordId == _comma || s.Tokens[after].WordId == _and || s.Tokens[after].WordId == _or);
    }

    private bool IsRequested(SentenceAnalysis s, int sourceStart, int clauseStart)
    {
        var k = sourceStart - 1;
        while (k >= clauseStart && s.Tokens[k].WordId >= 0 && _vocabulary.Is(s.Tokens[k].WordId, WordClass.Determiner))
        {
            k--;
        }

        // "pressure for Pakistan to join ...": a request noun, then "for", then the one asked.
        if (k >= clauseStart + 1 && s.Tokens[k].WordId == _for)
        {
            k--;
        }

        return k >= clauseStart && s.Tokens[k].WordId >= 0 && _vocabulary.Is(s.Tokens[k].WordId, WordClass.RequestVerb);
    }

    /// <summary>Material cooperation that is only offered or wished for is coded as the expressed intent.</summary>
    internal static string IntentCode(string code) => code switch
    {
        "045" => "039",
        _ => code[..2] switch
        {
            "06" => "031",
            "07" => "033",
            "04" => "036",
            _ => code,
        },
    };
}
