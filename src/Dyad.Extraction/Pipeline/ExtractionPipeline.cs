using Dyad.Core.Documents;
using Dyad.Core.Events;
using Dyad.Extraction.Actors;
using Dyad.Extraction.Events;
using Dyad.Extraction.Text;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// Runs the stages over one document, sentence by sentence:
/// normalise, split, tokenize, recognise actors, find and resolve times, find triggers, code events,
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
    private readonly TimeResolver _timeResolver = new();
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

    public ExtractionPipeline(Lexicons lexicons)
    {
        _lexicons = lexicons;
        _splitter = new SentenceSplitter(lexicons.Abbreviations, lexicons.SentenceStarters);
        _actors = new ActorRecognizer(lexicons.Actors, lexicons.Vocabulary);
        _times = new TimeRecognizer(lexicons.Time, lexicons.Vocabulary);
        _tagger = new Syntax.Tagger(lexicons.Vocabulary, lexicons.WordForms, lexicons.Frames, lexicons.Time);
        _chunker = new Syntax.Chunker(lexicons.Vocabulary);
        _parser = new Syntax.ClauseParser(lexicons.Vocabulary, lexicons.Frames);
        _triggers = new TriggerFinder(lexicons.Events, lexicons.Vocabulary);
        var args = new ArgumentFinder(lexicons.Vocabulary);
        _coder = new EventCoder(lexicons.Events, args, lexicons.Vocabulary);
        _modality = new ModalityDetector(lexicons.Vocabulary);
        _dater = new EventDater(args, lexicons.Vocabulary);
        _claims = new ClaimDetector(lexicons.Vocabulary);
        _relations = new RelationStatementDetector(lexicons.Relations, args, lexicons.Vocabulary);
        _finalizer = new EventFinalizer(lexicons.Cameo, lexicons.Actors);
    }

    public Lexicons Lexicons => _lexicons;

    /// <summary>Reads one document's text; <paramref name="contentHash"/> keys the event ids.</summary>
    public ExtractionResult Extract(string text, string contentHash, int publishedYear = 0)
    {
        var folded = _normalizer.Fold(text);
        var sentences = _splitter.Split(folded);
        var events = new List<CodedEvent>();
        var statements = new List<RelationStatement>();
        var doc = new DocumentContext(publishedYear);
        var analysis = new SentenceAnalysis(folded);
        foreach (var sentence in sentences)
        {
            doc.SentenceIndex = sentence.Index;
            analysis.Reset(folded, sentence);
            ProcessSentence(analysis, doc);
            _finalizer.Process(analysis, contentHash, sentence.Index, events);
            _finalizer.ProcessStatements(analysis, statements);
        }

        return new ExtractionResult(sentences, events) { Statements = statements };
    }

    /// <summary>Runs the stages over a document and hands each analysed sentence to <paramref name="visit"/> (for diagnostics).</summary>
    public void Trace(string text, Action<SentenceAnalysis, DocumentContext> visit)
    {
        var folded = _normalizer.Fold(text);
        var doc = new DocumentContext();
        var analysis = new SentenceAnalysis(folded);
        foreach (var sentence in _splitter.Split(folded))
        {
            doc.SentenceIndex = sentence.Index;
            analysis.Reset(folded, sentence);
            ProcessSentence(analysis, doc);
            visit(analysis, doc);
        }
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
