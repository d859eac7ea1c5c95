using Dyad.Core.Dates;
using Dyad.Core.Documents;
using Dyad.Core.Events;
using Dyad.Extraction.Actors;
using Dyad.Extraction.Events;
using Dyad.Extraction.Text;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// Runs the stages over one document, sentence by sentence:
/// normalise, lay out (furniture, headings, datelines), split, tokenize, recognise actors, find and resolve times, find triggers, code events,
/// decide modality, date, finalise. Each stage is a small class with one job; this class only wires them.
/// Not thread-safe (stages reuse buffers): use one pipeline per thread over a shared <see cref="Lexicons"/>.
/// </summary>
public sealed class ExtractionPipeline
{
    private const int RepeatTailLength = 80;

    private readonly Lexicons _lexicons;
    private readonly TextNormalizer _normalizer = new();
    private readonly SentenceSplitter _splitter;
    private readonly ActorRecognizer _actors;
    private readonly TimeRecognizer _times;
    private readonly WritingTimeRecognizer _writingTimes;
    private readonly TimeResolver _timeResolver;
    private readonly Syntax.Tagger _tagger;
    private readonly Syntax.Chunker _chunker;
    private readonly Syntax.ClauseParser _parser;
    private readonly TriggerFinder _triggers;
    private readonly EventCoder _coder;
    private readonly ModalityDetector _modality;
    private readonly EventDater _dater;
    private readonly ClaimDetector _claims;
    private readonly RelationStatementDetector _relations;
    private readonly EventFinalizer _finalizer;
    private readonly Salience _salience;

    public ExtractionPipeline(Lexicons lexicons)
    {
        _lexicons = lexicons;
        _splitter = new SentenceSplitter(lexicons.Abbreviations, lexicons.SentenceStarters, lexicons.Furniture);
        _actors = new ActorRecognizer(lexicons.Actors, lexicons.Vocabulary);
        _times = new TimeRecognizer(lexicons.Time, lexicons.Vocabulary);
        _writingTimes = new WritingTimeRecognizer(lexicons.Time, lexicons.Vocabulary);
        _timeResolver = new TimeResolver(_writingTimes);
        _tagger = new Syntax.Tagger(lexicons.Vocabulary, lexicons.WordForms, lexicons.Frames, lexicons.Time);
        _chunker = new Syntax.Chunker(lexicons.Vocabulary);
        _parser = new Syntax.ClauseParser(lexicons.Vocabulary, lexicons.Frames);
        _triggers = new TriggerFinder(lexicons.Events, lexicons.Vocabulary);
        var args = new ArgumentFinder(lexicons.Vocabulary);
        _coder = new EventCoder(lexicons.Events, args, lexicons.Vocabulary);
        _modality = new ModalityDetector(lexicons.Vocabulary, lexicons.Frames);
        _dater = new EventDater(args, lexicons.Vocabulary);
        _claims = new ClaimDetector(lexicons.Vocabulary);
        _relations = new RelationStatementDetector(lexicons.Relations, args, lexicons.Vocabulary);
        _finalizer = new EventFinalizer(lexicons.Cameo, lexicons.Actors);
        _salience = new Salience(lexicons, _normalizer);
    }

    public Lexicons Lexicons => _lexicons;

    /// <summary>
    /// Reads one document's text; <paramref name="contentHash"/> keys the event ids. The <paramref name="metadata"/>'s
    /// publication date resolves "yesterday", "on Tuesday", "last year" and dates without a year (it never dates a
    /// statement the text leaves undated), and its title, where the body repeats it, is a heading.
    /// </summary>
    public ExtractionResult Extract(string text, string contentHash, DocumentMetadata? metadata = null)
    {
        var events = new List<CodedEvent>();
        var statements = new List<RelationStatement>();
        var headings = new HashSet<int>();
        var sentences = Run(text, metadata, (analysis, _) =>
        {
            _finalizer.Process(analysis, contentHash, analysis.Sentence.Index, events);
            _finalizer.ProcessStatements(analysis, statements);
            if (analysis.LineKind is LineKind.Heading or LineKind.Caption)
            {
                headings.Add(analysis.Sentence.Index);
            }
        });

        RestatedHeadings.Remove(events, headings);
        return new ExtractionResult(sentences, events) { Statements = statements };
    }

    /// <summary>Reads one document of which only the publication year is known (0: not known).</summary>
    public ExtractionResult Extract(string text, string contentHash, int publishedYear) =>
        Extract(text, contentHash, publishedYear > 0 ? new DocumentMetadata(Published: PartialDate.OfYear(publishedYear)) : null);

    /// <summary>Runs the stages over a document and hands each analysed sentence to <paramref name="visit"/> (for diagnostics).</summary>
    public void Trace(string text, Action<SentenceAnalysis, DocumentContext> visit, DocumentMetadata? metadata = null) => Run(text, metadata, visit);

    private List<SentenceSpan> Run(string text, DocumentMetadata? metadata, Action<SentenceAnalysis, DocumentContext> visit)
    {
        var folded = _normalizer.Fold(text);
        var layout = DocumentLayout.Analyze(folded, _lexicons.Furniture, metadata?.Title);
        var sentences = _splitter.Split(folded, layout);
        var doc = new DocumentContext(metadata?.Published);
        var analysis = new SentenceAnalysis(folded);
        doc.MainPair = _salience.MainPair(folded, sentences, metadata?.Title, analysis);
        foreach (var sentence in sentences)
        {
            doc.SentenceIndex = sentence.Index;
            analysis.Reset(folded, sentence);
            analysis.LineKind = layout.KindAt(sentence.Start);
            ProcessSentence(analysis, doc);
            visit(analysis, doc);
        }

        return sentences;
    }

    /// <summary>Runs every stage but the last on one sentence (exposed for tests and diagnostics).</summary>
    internal void ProcessSentence(SentenceAnalysis analysis, DocumentContext doc)
    {
        var sentence = analysis.Sentence;
        _lexicons.Tokenizer.Tokenize(analysis.Text, sentence.Start, sentence.End, analysis.Tokens);

        // A sentence repeated word for word (pull quotes, duplicated paragraphs), or repeated with a new opening
        // ("In the contemporary world, <the same sentence>"), states nothing new.
        var key = new string(analysis.Text.Folded, sentence.Start, sentence.Length).TrimEnd('.', '!', '?', ' ', '"', '\'');
        analysis.IsRepeat = !doc.SeenSentences.Add(key);
        if (key.Length >= RepeatTailLength)
        {
            var tail = key[^RepeatTailLength..];
            analysis.IsRepeat |= !doc.SeenSentences.Add("\u0001" + tail);
        }

        _actors.Process(analysis, doc);
        _times.Process(analysis);
        _writingTimes.Process(analysis);
        analysis.IndexMentions();
        _timeResolver.Process(analysis, doc);
        if (analysis.IsRepeat)
        {
            return;
        }

        _tagger.Process(analysis);
        _chunker.Process(analysis);
        _parser.Process(analysis);

        _triggers.Process(analysis);
        _coder.Process(analysis, doc);
        _modality.Process(analysis);
        _dater.Process(analysis, doc);
        _claims.Process(analysis);
        _relations.Process(analysis, doc);
    }
}
