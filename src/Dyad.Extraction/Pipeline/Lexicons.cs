using Dyad.Core.Cameo;
using Dyad.Core.Data;
using Dyad.Extraction.Actors;
using Dyad.Extraction.Events;
using Dyad.Extraction.Lexicons;
using Dyad.Extraction.Text;
using Dyad.Extraction.Time;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// All of Dyad's knowledge, read from the data folder and compiled once: the vocabulary, grammar words,
/// abbreviations, CAMEO table, actors, time words, event patterns and the shapes of page furniture. Read-only after
/// loading, so one instance serves any number of pipelines on any number of threads.
/// </summary>
public sealed class Lexicons
{
    private Lexicons(string dataDirectory, Vocabulary vocabulary, Abbreviations abbreviations, IReadOnlyList<string> starters, CameoTable cameo,
        Tokenizer tokenizer, ActorLexicon actors, TimeLexicon time, EventLexicon events, RelationLexicon relations, PageFurniture furniture,
        Syntax.WordForms wordForms, Syntax.VerbFrames frames)
    {
        Furniture = furniture;
        WordForms = wordForms;
        Frames = frames;
        Relations = relations;
        DataDirectory = dataDirectory;
        Vocabulary = vocabulary;
        Abbreviations = abbreviations;
        SentenceStarters = starters;
        Cameo = cameo;
        Tokenizer = tokenizer;
        Actors = actors;
        Time = time;
        Events = events;
    }

    public string DataDirectory { get; }

    public Vocabulary Vocabulary { get; }

    public Abbreviations Abbreviations { get; }

    public IReadOnlyList<string> SentenceStarters { get; }

    public CameoTable Cameo { get; }

    public Tokenizer Tokenizer { get; }

    public ActorLexicon Actors { get; }

    public TimeLexicon Time { get; }

    public EventLexicon Events { get; }

    public RelationLexicon Relations { get; }

    /// <summary>The verb forms the part-of-speech tagger knows (data/grammar/verbs.txt and the event verbs).</summary>
    public Syntax.WordForms WordForms { get; }

    /// <summary>What some verbs and nouns take after them (data/grammar/verb-frames.tsv).</summary>
    public Syntax.VerbFrames Frames { get; }

    /// <summary>Known shapes of web-page furniture and captions (data/documents/furniture.tsv).</summary>
    public PageFurniture Furniture { get; }

    /// <summary>Loads every lexicon from <paramref name="dataDirectory"/> (or the folder <see cref="Core.Data.DataDirectory"/> finds).</summary>
    public static Lexicons Load(string? dataDirectory = null)
    {
        var root = Core.Data.DataDirectory.Resolve(dataDirectory);
        var vocabulary = new Vocabulary();
        Grammar.Load(Path.Combine(root, "grammar", "closed-class.tsv"), vocabulary);
        var startersPath = Path.Combine(root, "grammar", "sentence-starters.txt");
        Grammar.LoadList(startersPath, vocabulary, WordClass.SentenceStarter);
        var starters = TsvFile.ReadList(startersPath).Select(w => w.ToLowerInvariant()).ToList();
        var abbreviations = Abbreviations.Load(Path.Combine(root, "grammar", "abbreviations.txt"));
        var cameo = CameoTable.Load(Path.Combine(root, "cameo", "codes.tsv"));
        var tokenizer = new Tokenizer(abbreviations, vocabulary);
        var actors = ActorLexicon.Load(Path.Combine(root, "actors"), tokenizer);
        var time = TimeLexicon.Load(Path.Combine(root, "time"), tokenizer, vocabulary);
        var inflector = Inflector.Load(Path.Combine(root, "events", "irregular-verbs.tsv"));
        var events = EventLexicon.Load(Path.Combine(root, "events"), tokenizer, vocabulary, inflector, cameo);
        var relations = RelationLexicon.Load(Path.Combine(root, "events", "relations.tsv"), tokenizer, vocabulary);
        var furniture = PageFurniture.Load(Path.Combine(root, "documents", "furniture.tsv"));

        // Verb forms, so that argument finding can tell "took Kabul" (an object) from "Kabul took" (a subject).
        foreach (var form in inflector.IrregularForms)
        {
            vocabulary.AddClass(vocabulary.Intern(form), WordClass.Verb);
        }

        foreach (var id in events.VerbForms)
        {
            vocabulary.AddClass(id, WordClass.Verb);
        }
        var grammar = Path.Combine(root, "grammar");
        var wordForms = Syntax.WordForms.Build(vocabulary, inflector,
            Syntax.WordForms.ReadVerbList(Path.Combine(grammar, "verbs.txt")).Concat(events.VerbLemmas).Concat(inflector.IrregularLemmas));
        var frames = Syntax.VerbFrames.Load(Path.Combine(grammar, "verb-frames.tsv"), vocabulary);
        var lexicons = new Lexicons(root, vocabulary, abbreviations, starters, cameo, tokenizer, actors, time, events, relations, furniture, wordForms, frames);

        // The stages intern the closed-class words they compare against when constructed; one construction here
        // does that once, so later pipelines on other threads only read the vocabulary.
        _ = new ExtractionPipeline(lexicons);
        vocabulary.Freeze();
        return lexicons;
    }
}
