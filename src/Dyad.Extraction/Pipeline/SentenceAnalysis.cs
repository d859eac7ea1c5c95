using Dyad.Core.Documents;
using Dyad.Extraction.Actors;
using Dyad.Extraction.Events;
using Dyad.Extraction.Text;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// The working record of one sentence as it passes through the stages: tokens, then actor and time mentions,
/// then event triggers and coded events. One instance is reused sentence after sentence, so the hot path
/// does not allocate new lists for every sentence.
/// </summary>
public sealed class SentenceAnalysis
{
    private int[] _actorAt = new int[128];
    private int[] _timeAt = new int[128];

    public SentenceAnalysis(FoldedText text)
    {
        Text = text;
    }

    public FoldedText Text { get; private set; }

    public SentenceSpan Sentence { get; private set; }

    public List<Token> Tokens { get; } = new(96);

    /// <summary>Parts of speech, phrases and the dependency tree of the sentence.</summary>
    public Syntax.SyntaxTree Syntax { get; } = new();

    public List<ActorMention> Actors { get; } = [];

    public List<TimeMention> Times { get; } = [];

    public List<TriggerMatch> Triggers { get; } = [];

    public List<EventDraft> Events { get; } = [];

    /// <summary>Events that refer back to a happening already coded: not reported again, but still a date for "the first since ...".</summary>
    public List<EventDraft> Restatements { get; } = [];

    public List<RelationDraft> Statements { get; } = [];

    /// <summary>True when the same sentence appeared earlier in the document.</summary>
    public bool IsRepeat { get; set; }

    /// <summary>What the sentence's line is on the page: prose, a heading or a caption.</summary>
    public LineKind LineKind { get; set; }

    public void Reset(FoldedText text, SentenceSpan sentence)
    {
        Text = text;
        Sentence = sentence;
        Tokens.Clear();
        Actors.Clear();
        Times.Clear();
        Triggers.Clear();
        Events.Clear();
        Restatements.Clear();
        Statements.Clear();
        Syntax.Reset(0);
        IsRepeat = false;
        LineKind = LineKind.Body;
    }

    /// <summary>Rebuilds the token-to-mention indexes after mentions were added or changed.</summary>
    public void IndexMentions()
    {
        if (_actorAt.Length < Tokens.Count)
        {
            _actorAt = new int[Math.Max(Tokens.Count, _actorAt.Length * 2)];
            _timeAt = new int[_actorAt.Length];
        }

        Array.Fill(_actorAt, -1, 0, Tokens.Count);
        Array.Fill(_timeAt, -1, 0, Tokens.Count);
        for (var m = 0; m < Actors.Count; m++)
        {
            for (var i = Actors[m].Start; i < Actors[m].End && i < Tokens.Count; i++)
            {
                _actorAt[i] = m;
            }
        }

        for (var m = 0; m < Times.Count; m++)
        {
            for (var i = Times[m].Start; i < Times[m].End && i < Tokens.Count; i++)
            {
                _timeAt[i] = m;
            }
        }
    }

    /// <summary>The actor mention covering token <paramref name="index"/>, or null.</summary>
    public ActorMention? ActorAt(int index) => index >= 0 && index < Tokens.Count && _actorAt[index] >= 0 ? Actors[_actorAt[index]] : null;

    public int ActorIndexAt(int index) => index >= 0 && index < Tokens.Count ? _actorAt[index] : -1;

    public TimeMention? TimeAt(int index) => index >= 0 && index < Tokens.Count && _timeAt[index] >= 0 ? Times[_timeAt[index]] : null;

    /// <summary>The index of the mention covering a token, by a scan (for use before <see cref="IndexMentions"/>).</summary>
    public int MentionCovering(int tokenIndex)
    {
        for (var m = 0; m < Actors.Count; m++)
        {
            if (Actors[m].Start <= tokenIndex && tokenIndex < Actors[m].End)
            {
                return m;
            }
        }

        return -1;
    }

    public ReadOnlySpan<char> Folded(int tokenIndex)
    {
        var t = Tokens[tokenIndex];
        return Text.Folded.AsSpan(t.Start, t.Length);
    }

    public string Surface(int startToken, int endToken)
    {
        if (endToken <= startToken)
        {
            return string.Empty;
        }

        var start = Tokens[startToken].Start;
        var end = Tokens[endToken - 1].End;
        return Text.Original.Substring(start, end - start);
    }
}
