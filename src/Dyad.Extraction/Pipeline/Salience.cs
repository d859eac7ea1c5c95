using Dyad.Core.Actors;
using Dyad.Core.Documents;
using Dyad.Extraction.Actors;
using Dyad.Extraction.Text;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// A first pass over a document that counts the states it names (by name, adjective, capital or leader; the title
/// counts double) and finds the pair it is mostly about. Discourse uses the pair for the party a sentence leaves
/// implicit: in a story of India and China, "Indian forces counter-deploy" is toward China.
/// </summary>
public sealed class Salience
{
    private const double TitleWeight = 2;
    private const double MinimumSecond = 2;
    private const double MinimumShare = 0.45;

    private readonly Lexicons _lexicons;
    private readonly TextNormalizer _normalizer;
    private readonly ActorRecognizer _actors;
    private readonly Dictionary<string, (Party Party, double Weight)> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _together = new(StringComparer.Ordinal);
    private readonly List<string> _inSentence = [];

    public Salience(Lexicons lexicons, TextNormalizer normalizer)
    {
        _lexicons = lexicons;
        _normalizer = normalizer;
        _actors = new ActorRecognizer(lexicons.Actors, lexicons.Vocabulary);
    }

    public (Party First, Party Second)? MainPair(FoldedText text, IReadOnlyList<SentenceSpan> sentences, string? title, SentenceAnalysis scratch)
    {
        _counts.Clear();
        _together.Clear();
        var doc = new DocumentContext();
        if (!string.IsNullOrWhiteSpace(title))
        {
            var folded = _normalizer.Fold(title);
            var analysis = new SentenceAnalysis(folded);
            analysis.Reset(folded, new SentenceSpan(0, 0, folded.Folded.Length));
            Count(analysis, doc, TitleWeight);
        }

        foreach (var sentence in sentences)
        {
            scratch.Reset(text, sentence);
            Count(scratch, doc, 1);
        }

        var ranked = _counts.Values.OrderByDescending(c => c.Weight).ToList();
        var total = ranked.Sum(c => c.Weight);
        if (ranked.Count < 2 || ranked[1].Weight < MinimumSecond)
        {
            return null;
        }

        // The pair named together most often is what the story is about ("Kim crossed the border and clasped hands
        // with Moon"), even when a third state is named more often on its own; counts on their own decide ties.
        var best = (First: ranked[0], Second: ranked[1]);
        var bestTogether = Together(ranked[0].Party, ranked[1].Party);
        for (var i = 0; i < ranked.Count && i < 6; i++)
        {
            for (var j = i + 1; j < ranked.Count && j < 6; j++)
            {
                var together = Together(ranked[i].Party, ranked[j].Party);
                if (together > bestTogether && ranked[j].Weight >= MinimumSecond)
                {
                    best = (ranked[i], ranked[j]);
                    bestTogether = together;
                }
            }
        }

        if (bestTogether < MinimumSecond && (ranked[0].Weight + ranked[1].Weight) < total * MinimumShare)
        {
            return null;
        }

        return (best.First.Party, best.Second.Party);
    }

    private double Together(Party a, Party b) =>
        _together.TryGetValue(PairKey(CountryOf(a), CountryOf(b)), out var weight) ? weight : 0;

    private static string CountryOf(Party party) => party.First.Code.Length > 3 ? party.First.Code[..3] : party.First.Code;

    private static string PairKey(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "-" + b : b + "-" + a;

    private void Count(SentenceAnalysis analysis, DocumentContext doc, double weight)
    {
        _lexicons.Tokenizer.Tokenize(analysis.Text, analysis.Sentence.Start, analysis.Sentence.End, analysis.Tokens);
        _actors.Process(analysis, doc);
        _inSentence.Clear();
        foreach (var mention in analysis.Actors)
        {
            if (mention.Has(MentionFlags.Anaphor) || mention.Has(MentionFlags.Modifier))
            {
                continue;
            }

            foreach (var party in mention.Parties)
            {
                if (party.Kind is ActorKind.State or ActorKind.StateAdjective or ActorKind.Metonym or ActorKind.Person)
                {
                    var country = CountryOf(party);
                    _counts[country] = _counts.TryGetValue(country, out var c) ? (c.Party, c.Weight + weight) : (party with { Suffix = string.Empty }, weight);
                    if (!_inSentence.Contains(country))
                    {
                        _inSentence.Add(country);
                    }
                }
            }
        }

        for (var i = 0; i < _inSentence.Count; i++)
        {
            for (var j = i + 1; j < _inSentence.Count; j++)
            {
                var key = PairKey(_inSentence[i], _inSentence[j]);
                _together[key] = _together.GetValueOrDefault(key) + weight;
            }
        }
    }
}
