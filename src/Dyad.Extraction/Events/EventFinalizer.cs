using System.Security.Cryptography;
using System.Text;
using Dyad.Core.Actors;
using Dyad.Core.Cameo;
using Dyad.Core.Dates;
using Dyad.Core.Events;
using Dyad.Extraction.Actors;
using Dyad.Extraction.Pipeline;

namespace Dyad.Extraction.Events;

/// <summary>
/// Pipeline stage 9: turns drafts into <see cref="CodedEvent"/> records. Each party becomes one actor, chosen by
/// the event's date among the lexicon's candidates (Johnson in 1965 is the US president, in 2020 the British
/// prime minister); a successor state gets its historical name (RUS in 1958: USSR). Each event gets an id that
/// depends only on the document's content, the sentence and the event, so re-ingesting gives the same ids.
/// </summary>
public sealed class EventFinalizer
{
    private readonly CameoTable _cameo;
    private readonly ActorLexicon _actors;

    public EventFinalizer(CameoTable cameo, ActorLexicon actors)
    {
        _cameo = cameo;
        _actors = actors;
    }

    public void Process(SentenceAnalysis s, string documentHash, int sentenceOrdinal, List<CodedEvent> output)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in s.Events)
        {
            var date = draft.When?.Start;
            var source = Resolve(draft.Source, date);
            var target = draft.Target is { } t ? Resolve(t, date) : null;
            if (!_cameo.TryGet(draft.Code, out var cameo))
            {
                continue;
            }

            var trigger = draft.Trigger;
            var triggerStart = s.Tokens[trigger.Start].Start;
            var triggerEnd = s.Tokens[trigger.End - 1].End;
            var id = EventId(documentHash, sentenceOrdinal, source, target, cameo.Code, draft.When, triggerStart - s.Sentence.Start, 0);
            for (var n = 1; !seen.Add(id); n++)
            {
                id = EventId(documentHash, sentenceOrdinal, source, target, cameo.Code, draft.When, triggerStart - s.Sentence.Start, n);
            }

            output.Add(new CodedEvent(
                id,
                s.Sentence.Index,
                source,
                target,
                s.Surface(draft.SourceMention.Start, draft.SourceMention.End),
                draft.TargetMention is { } tm ? s.Surface(tm.Start, tm.End) : null,
                cameo,
                draft.When,
                draft.Negated,
                draft.Hypothetical,
                draft.Symmetric,
                Math.Round(Math.Clamp(draft.Confidence, 0.05, 0.99), 2),
                triggerStart,
                triggerEnd) { FirstSince = draft.FirstSince });
        }
    }

    /// <summary>Resolves the parties of the sentence's relationship statements, one statement per pair and cue.</summary>
    public void ProcessStatements(SentenceAnalysis s, List<RelationStatement> output)
    {
        foreach (var draft in s.Statements)
        {
            var date = draft.When?.Start;
            var first = Resolve(draft.First, date);
            var second = Resolve(draft.Second, date);
            if (first.Country == second.Country)
            {
                continue;
            }

            var cue = s.Tokens[draft.CueToken];
            output.Add(new RelationStatement(s.Sentence.Index, first, second, draft.When, draft.Tone, s.Surface(draft.CueToken, draft.CueToken + 1), cue.Start, cue.End));
        }
    }

    private Actor Resolve(Party party, PartialDate? date)
    {
        var entry = Choose(party.Candidates, date);
        var code = entry.Code.Length == 3 && party.Suffix.Length > 0 ? entry.Code + party.Suffix : entry.Code;
        var historical = entry.Historical ?? (entry.Kind == ActorKind.Organization ? null : _actors.HistoricalNameFor(code, date));
        return new Actor(code, historical) { IsOrganization = entry.Kind == ActorKind.Organization };
    }

    /// <summary>The candidate in office (or in existence) at the date; else the one nearest in time; else the first listed.</summary>
    private static ActorEntry Choose(IReadOnlyList<ActorEntry> candidates, PartialDate? date)
    {
        if (candidates.Count == 1 || date is not { } d)
        {
            return candidates[0];
        }

        ActorEntry best = candidates[0];
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var distance = c.Covers(d) ? 0 : Math.Max(1, c.YearsOutside(d));
            if (distance < bestDistance)
            {
                best = c;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// A stable id: the same event of the same sentence of the same content always hashes the same. The first
    /// half hashes the document alone, so one document's events sit together in the store's id index and a
    /// document's insert touches a page or two of it rather than one page per event.
    /// </summary>
    [ThreadStatic]
    private static (string Hash, byte[] Prefix)? _lastDocument;

    private static byte[] DocumentPrefix(string documentHash)
    {
        if (_lastDocument is { } last && ReferenceEquals(last.Hash, documentHash))
        {
            return last.Prefix;
        }

        var prefix = SHA256.HashData(Encoding.UTF8.GetBytes(documentHash))[..4];
        _lastDocument = (documentHash, prefix);
        return prefix;
    }

    internal static string EventId(string documentHash, int sentenceOrdinal, Actor source, Actor? target, string code, DateSpan? when, int triggerOffset, int collision)
    {
        var key = $"{documentHash}|{sentenceOrdinal}|{source.Code}|{target?.Code}|{code}|{when}|{triggerOffset}|{collision}";
        Span<byte> hash = stackalloc byte[32];
        Span<byte> id = stackalloc byte[10];
        DocumentPrefix(documentHash).CopyTo(id);
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        hash[..6].CopyTo(id[4..]);
        return "ev_" + Convert.ToHexStringLower(id);
    }
}
