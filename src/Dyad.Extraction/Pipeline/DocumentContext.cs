using Dyad.Core.Dates;
using Dyad.Extraction.Actors;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// What a reader remembers while reading one document: who was named lately (for "he", "its", "the two
/// countries", "the delegation"), the running date ("the following year"), and which sentences came before
/// (a repeated sentence states nothing new).
/// </summary>
public sealed class DocumentContext
{
    private const int RecentLimit = 48;
    private (Party First, Party Second)? _lastPair;

    public DocumentContext(PartialDate? published = null)
    {
        Published = published;
    }

    /// <summary>
    /// When the document was published, as precisely as known: what "yesterday", "on Tuesday", "last year" and a date
    /// without a year count from. Never itself the date of an event the text leaves undated.
    /// </summary>
    public PartialDate? Published { get; }

    /// <summary>The year the document was published, or 0.</summary>
    public int PublishedYear => Published?.Year ?? 0;

    public int SentenceIndex { get; set; }

    public TimeContext Time { get; } = new();

    /// <summary>Direct (non-anaphoric) mentions, oldest first, with the sentence each was in.</summary>
    public List<(Party Party, int Sentence, bool IsPerson, bool IsPlural, bool IsObject)> Recent { get; } = [];

    /// <summary>
    /// The two states the document is mostly about (named most, the title counting double), when two stand out: an
    /// event that names one of them and no one else concerns the other ("China's military conducts exercises in Tibet"
    /// in a story of India and China). Null when no pair dominates.
    /// </summary>
    public (Party First, Party Second)? MainPair { get; set; }

    /// <summary>The last two states named together ("X and Y", "Indo-Pak", "between X and Y").</summary>
    public (Party First, Party Second)? LastPair
    {
        get => _lastPair;
        set
        {
            _lastPair = value;
            LastPairSentence = SentenceIndex;
        }
    }

    /// <summary>The sentence where <see cref="LastPair"/> was last set.</summary>
    public int LastPairSentence { get; private set; } = -1;

    /// <summary>The last two actors joined by "and", for "they" and "their".</summary>
    public (Party First, Party Second, int Sentence)? LastCoordination { get; set; }

    /// <summary>Role nouns seen with their state ("delegation" -> Pakistan's delegation).</summary>
    public Dictionary<string, Party> RoleAntecedents { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SeenSentences { get; } = new(StringComparer.Ordinal);

    /// <summary>Recent events, so "the offer" or "the invasion" can name who made it.</summary>
    public List<(string Code, Party Source, Party? Target, int Sentence)> RecentEvents { get; } = [];

    /// <summary>Happenings coded so far in the document: CAMEO root, the unordered pair of countries, and the year if known.</summary>
    public List<(string Root, string Pair, int? Year)> Happenings { get; } = [];

    /// <summary>Last words of people named in full earlier ("Sharif" after "Nawaz Sharif").</summary>
    public Dictionary<int, Party> Surnames { get; } = [];

    /// <summary>Learned surnames that are not in the vocabulary, by folded text.</summary>
    public Dictionary<string, Party> UnknownSurnames { get; } = new(StringComparer.Ordinal);

    public void Remember(Party party, bool isPerson, bool isPlural, bool isObject)
    {
        Recent.Add((party, SentenceIndex, isPerson, isPlural, isObject));
        if (Recent.Count > RecentLimit)
        {
            Recent.RemoveRange(0, Recent.Count - RecentLimit);
        }
    }
}
