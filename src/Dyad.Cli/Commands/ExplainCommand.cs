using System.CommandLine;
using Dyad.Core.Documents;
using Dyad.Extraction.Pipeline;
using Dyad.Ingestion.Reading;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad explain FILE|TEXT [--sentence N] [--grep WORDS]</c>: what the pipeline saw, sentence by sentence.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A document file, or text in quotes" };
        var data = CommonOptions.Data();
        var dictionaries = CommonOptions.Dictionaries();
        var dictionariesOnly = CommonOptions.DictionariesOnly();
        var sentence = new Option<int?>("--sentence") { Description = "Only the sentence with this index" };
        var grep = new Option<string?>("--grep") { Description = "Only sentences containing these words" };
        var showParse = new Option<bool>("--parse") { Description = "Also show each sentence's parts of speech and grammatical relations" };
        var command = new Command("explain", "Show the actors, dates, triggers and events found in each sentence (for lexicon work)") { input, data, dictionaries, dictionariesOnly, sentence, grep, showParse };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(input)!;
            DocumentMetadata? metadata = null;
            if (File.Exists(text))
            {
                var read = new DocumentReader().Read(text);
                metadata = read.Document?.Metadata;
                text = read.Document?.Text ?? throw new CliError($"cannot read {text}: {read.Problem}");
            }

            var index = parse.GetValue(sentence);
            var words = parse.GetValue(grep);
            var explainer = new Explainer(new ExtractionPipeline(Lexicons.Load(CommonOptions.ResolveData(parse.GetValue(data), parse.GetValue(dictionaries), parse.GetValue(dictionariesOnly)))));
            Console.Write(explainer.Explain(text, (i, s) => (index is null || index == i) && (words is null || s.Contains(words, StringComparison.OrdinalIgnoreCase)), metadata, parse.GetValue(showParse)));
            return 0;
        });
        return command;
    }
}
