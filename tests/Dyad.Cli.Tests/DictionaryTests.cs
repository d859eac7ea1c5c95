using System.Text.Json;
using Dyad.Extraction.Dictionaries;
using Dyad.Testing;

namespace Dyad.Cli.Tests;

/// <summary>PETRARCH/TABARI dictionaries: small ones written here in their format, and the shared PETRARCH2 files.</summary>
public sealed class DictionaryTests : IDisposable
{
    private const string Verbs = """
        # a verb dictionary in the PETRARCH format
        ####### SYNONYM SETS #######
        &GIFT
        +PRESENT
        +BOUQUET
        +SILVER_TEA_SET
        +FLOWER_BASKET
        +GOLD_WATCH
        +HAND_WOVEN_RUG

        ####### VERB PATTERNS #######
        ---  SERENADE   [051]  ---
        SERENADE
        WOO {WOOS WOOING WOOED }
        - * &GIFT (TO +)                                 [071]   # a gift to someone
        - * (WITH +) %                                   [057:058]
        - &MILITARY *                                    [154]

        ---  SCOLD   [---]  ---
        SCOLD
        - * +                                            [111]
        ~ stray line
        ######## TRANSFORMATIONS ##########
        ~ a (a b ATTACK) SAY = a b 015
        """;

    private const string Actors = """
        FREEDONIA_ [PAK]
        +FREEDONIAN_
        RUFUS_T_FIREFLY_  # invented
        +PRESIDENT_FIREFLY
        	[PAKGOV 711220-730813]
        	[PAKELI >20130909]
        TRENTINO_MINISTRY
        	[PAKGOVxx 19990101]
        NAMELESS_
        """;

    private readonly TempDirectory _dir = new();

    private string WriteDictionaries()
    {
        _dir.Write("dict/CAMEO.test.txt", Verbs);
        _dir.Write("dict/Test.actors.txt", Actors);
        _dir.Write("dict/Test.agents.txt", "!PERSON! = MAN, MEN\nCATTLE!PERSON! [~AGR]\nBROKEN_LINE [~AGR}\n");
        _dir.Write("dict/Test.discards.txt", "1914\n+WORLD_CUP\n");
        return _dir.File("dict");
    }

    [Fact]
    public void A_small_verb_dictionary_reads_its_sets_blocks_patterns_and_transformations()
    {
        var report = new DictionaryReport();
        var dictionary = PetrarchVerbDictionary.Load(Path.Combine(WriteDictionaries(), "CAMEO.test.txt"), report);
        Assert.Equal(["present", "bouquet", "silver tea set", "flower basket", "gold watch", "hand woven rug"], dictionary.Synonyms["&GIFT"].Select(PetrarchVerbDictionary.Word));
        Assert.Equal(["SERENADE", "SCOLD"], dictionary.Blocks.Select(b => b.Name));
        var serenade = dictionary.Blocks[0];
        Assert.Equal("051", serenade.Code);
        Assert.Null(dictionary.Blocks[1].Code);
        Assert.Equal(["serenade", "woo"], serenade.Verbs.Select(v => v.Lemma));
        Assert.Equal(["woos", "wooing", "wooed"], serenade.Verbs[1].Forms);
        Assert.Equal(["071", "057", "154"], serenade.Patterns.Select(p => p.Code));
        Assert.Equal(["&GIFT", "(TO", "+)"], serenade.Patterns[0].After);
        Assert.Equal(["&MILITARY"], serenade.Patterns[2].Before);
        Assert.Single(dictionary.Transformations);
        Assert.Equal(1, report.Skipped["second codes of paired [a:b] codes (the first is used)"].Count);
        Assert.Equal(1, report.Skipped["verb lines that are not one word or a joined phrase"].Count);
    }

    [Fact]
    public void Actors_keep_their_dated_roles_and_agents_expand_their_macros()
    {
        var report = new DictionaryReport();
        var dir = WriteDictionaries();
        var actors = PetrarchActors.LoadActors(Path.Combine(dir, "Test.actors.txt"), report);
        Assert.Equal(["freedonia", "freedonian"], actors[0].Names);
        var firefly = actors[1];
        Assert.Equal(["rufus t firefly", "president firefly"], firefly.Names);
        Assert.Equal(new PetrarchRole("PAKGOV", new DateOnly(1971, 12, 20), new DateOnly(1973, 8, 13)), firefly.Roles[0]);
        Assert.Equal(new PetrarchRole("PAKELI", new DateOnly(2013, 9, 9), null), firefly.Roles[1]);
        Assert.Equal(2, actors.Count);
        Assert.Equal(1, report.Skipped["role dates Dyad cannot read"].Count);
        Assert.Equal(2, report.Skipped["actor entries without a code"].Count);
        var agents = PetrarchActors.LoadAgents(Path.Combine(dir, "Test.agents.txt"), report);
        Assert.Equal([new PetrarchAgent("cattleman", "AGR"), new PetrarchAgent("cattlemen", "AGR")], agents);
        Assert.Equal(1, report.Skipped["agent lines without a [~CODE]"].Count);
        Assert.Equal(["1914", "world cup"], PetrarchActors.LoadDiscards(Path.Combine(dir, "Test.discards.txt")));
    }

    [Fact]
    public void The_shared_petrarch2_dictionaries_load_and_every_verb_block_is_read()
    {
        var folder = Path.Combine(RepoPaths.Shared, "dictionaries", "petrarch2");
        var dictionaries = PetrarchDictionaries.Load(folder);
        var verbFile = Path.Combine(folder, "CAMEO.2.0.txt");
        var headers = File.ReadLines(verbFile).Count(l => l.StartsWith("---", StringComparison.Ordinal));
        var verbs = Assert.Single(dictionaries.Verbs);
        Assert.Equal(headers, verbs.Blocks.Count);
        Assert.Equal(File.ReadLines(verbFile).Count(l => l.StartsWith("- ", StringComparison.Ordinal)), verbs.Blocks.Sum(b => b.Patterns.Count) + 4);
        Assert.Contains(verbs.Blocks, b => b.Verbs.Any(v => v.Lemma == "accelerate"));
        Assert.Contains(dictionaries.Actors, a => a.Roles.Contains(new PetrarchRole("PAKGOV", new DateOnly(1971, 12, 20), new DateOnly(1973, 8, 13))));
        Assert.True(dictionaries.Agents.Count > 1000);
        Assert.True(dictionaries.Discards.Count > 100);
        Assert.True(verbs.Transformations.Count > 0);
    }

    [Fact]
    public void Sentences_code_as_a_small_dictionary_says()
    {
        var dir = WriteDictionaries();
        _dir.Write("text/a.txt", "In 1972 President Firefly serenaded India. In 1972 India wooed Pakistan with a bouquet. In 1973 India wooed Nepal with a silver tea set. " +
            "In 1974 India wooed Bhutan.");
        var (exit, output, error) = CliRunner.Run("extract", _dir.File("text"), "--format", "jsonl", "--data", RepoPaths.Data, "--dictionaries", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("dictionaries: verb dictionary: 2 verb blocks", error, StringComparison.Ordinal);
        Assert.Contains("left out: 1 patterns with words before the verb", error, StringComparison.Ordinal);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(events, e => e.GetProperty("source").GetString()!.StartsWith("PAK", StringComparison.Ordinal)
            && e.GetProperty("target").GetString() == "IND" && e.GetProperty("cameo").GetString() == "051");
        Assert.Contains(events, e => e.GetProperty("source").GetString() == "IND" && e.GetProperty("cameo").GetString() == "071");

        // A verb alone that Dyad's lexicon codes stays Dyad's ("woo": 030, with its own options); the dictionary adds the
        // verbs Dyad lacks ("serenade") and its patterns of more words ("woo * bouquet").
        Assert.Matches(@"[1-9]\d* verb line\(s\) left out: Dyad's own lines code that verb", error);
        Assert.Contains(events, e => e.GetProperty("target").GetString() == "BTN" && e.GetProperty("cameo").GetString() == "030");

        // A synonym of several words is one alternative of its slot, not words of the pattern.
        Assert.Contains(events, e => e.GetProperty("target").GetString() == "NPL" && e.GetProperty("cameo").GetString() == "071");

        var without = CliRunner.Run("extract", _dir.File("text"), "--format", "jsonl", "--data", RepoPaths.Data).Out;
        Assert.DoesNotContain("\"051\"", without, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dictionary_statement_that_reports_a_coded_event_is_that_event()
    {
        _dir.Write("say/CAMEO.say.txt", "####### VERB PATTERNS #######\n---  SAY   [010]  ---\nSAY {SAYS SAID SAYING }\n- * +   [010]\n");
        _dir.Write("text/a.txt", "In 1972 Chile said it had attacked Peru. In 1973 Chile said Peru was a friend.");
        var (exit, output, error) = CliRunner.Run("extract", _dir.File("text"), "--format", "jsonl", "--data", RepoPaths.Data, "--dictionaries", _dir.File("say"));
        Assert.True(exit == 0, error);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => $"{e.GetProperty("source").GetString()}>{e.GetProperty("target").GetString()} {e.GetProperty("cameo").GetString()} {e.GetProperty("date").GetString()}").ToList();
        Assert.Equal(["CHL>PER 190 1972", "CHL>PER 010 1973"], events);
    }

    [Fact]
    public void A_dictionary_statement_is_no_event_beside_any_happening_its_sentence_tells()
    {
        _dir.Write("say/CAMEO.say.txt", "####### VERB PATTERNS #######\n---  SAY   [010]  ---\nSAY {SAYS SAID SAYING }\n- * +   [010]\n");
        _dir.Write("text/a.txt", "In 1974 Chile said there had been clashes on the border. In 1975 Peru shelled Chilean posts, Chile said. In 1976 Chile said Peru was a friend.");
        var (exit, output, error) = CliRunner.Run("extract", _dir.File("text"), "--format", "jsonl", "--data", RepoPaths.Data, "--dictionaries", _dir.File("say"));
        Assert.True(exit == 0, error);
        Assert.Equal(["CHL>PER 190 1974", "PER>CHL 194 1975", "CHL>PER 010 1976"], Events(output));
    }

    [Fact]
    public void Dyad_keeps_the_words_its_own_lines_of_a_verb_name_and_the_dictionary_adds_the_rest()
    {
        _dir.Write("arms/CAMEO.arms.txt", """
            ####### SYNONYM SETS #######
            &ARMS
            +MISSILES
            +GRENADES

            ####### VERB PATTERNS #######
            ---  LAUNCH   [---]  ---
            LAUNCH
            - * &ARMS (AT +)                                 [194]

            ---  AGREE   [---]  ---
            AGREE
            - * (TO SANCTIONS)                               [163]
            """);
        _dir.Write("text/a.txt", "In 1977 Chile launched missiles at Peru. In 1978 Chile launched grenades at Peru. In 1979 Chile agreed to lift the sanctions on Peru. " +
            "In 1980 Chile agreed to new sanctions against Peru.");
        var (exit, output, error) = CliRunner.Run("extract", _dir.File("text"), "--format", "jsonl", "--data", RepoPaths.Data, "--dictionaries", _dir.File("arms"));
        Assert.True(exit == 0, error);

        // Dyad's "launch * missiles" (195, with its prepositions) keeps "missiles"; the dictionary line keeps "grenades".
        // "lift" has lines of its own: a gap does not pass over it, so lifting sanctions is not agreeing to them.
        Assert.Equal(["CHL>PER 195 1977", "CHL>PER 194 1978", "CHL>PER 085 1979", "CHL>PER 163 1980"], Events(output));
        Assert.Contains("1 verb line(s) narrowed to the words Dyad's own lines of that verb do not name", error, StringComparison.Ordinal);
    }

    private static List<string> Events(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => $"{e.GetProperty("source").GetString()}>{e.GetProperty("target").GetString()} {e.GetProperty("cameo").GetString()} {e.GetProperty("date").GetString()}")];

    [Fact]
    public void Dictionaries_only_without_a_folder_or_a_missing_folder_is_a_clear_error()
    {
        _dir.Write("text/a.txt", "India met Pakistan.");
        var (exit, _, error) = CliRunner.Run("extract", _dir.File("text"), "--data", RepoPaths.Data, "--dictionaries-only");
        Assert.Equal(2, exit);
        Assert.Contains("--dictionaries-only needs --dictionaries", error, StringComparison.Ordinal);
        (exit, _, error) = CliRunner.Run("extract", _dir.File("text"), "--data", RepoPaths.Data, "--dictionaries", _dir.File("none"));
        Assert.Equal(2, exit);
        Assert.StartsWith("dyad: no dictionary folder", error, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
