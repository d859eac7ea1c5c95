using System.Text;
using Dyad.Core.Documents;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// Shows what the pipeline saw in each sentence: actors, time expressions, triggers and events. For people who
/// edit the lexicons and want to know why a sentence was or was not coded.
/// </summary>
public sealed class Explainer
{
    private readonly ExtractionPipeline _pipeline;

    public Explainer(ExtractionPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    public string Explain(string text, Func<int, string, bool>? sentenceFilter = null, DocumentMetadata? metadata = null, bool showParse = false)
    {
        var output = new StringBuilder();
        var headerWritten = false;
        _pipeline.Trace(text, (analysis, doc) =>
        {
            if (!headerWritten)
            {
                // The pair the document is mostly about supplies the party a sentence leaves implicit.
                headerWritten = true;
                output.AppendLine(doc.MainPair is var (first, second) ? $"(main pair of the document: {first.First.Code}-{second.First.Code})" : "(no main pair: implicit parties are not guessed)");
            }

            var sentenceText = analysis.Sentence.TextOf(analysis.Text.Original);
            if (sentenceFilter is not null && !sentenceFilter(analysis.Sentence.Index, sentenceText))
            {
                return;
            }

            output.AppendLine($"[{analysis.Sentence.Index}] {sentenceText}");
            if (analysis.IsRepeat)
            {
                output.AppendLine("   (repeats an earlier sentence: not coded again)");
            }

            if (analysis.LineKind is Text.LineKind.Heading or Text.LineKind.Caption)
            {
                output.AppendLine($"   ({analysis.LineKind.ToString().ToLowerInvariant()}: its events are dropped where the body restates them)");
            }

            if (showParse)
            {
                output.AppendLine("   parse   " + Syntax.ParseWriter.Write(analysis));
            }

            foreach (var a in analysis.Actors)
            {
                var parties = string.Join(" + ", a.Parties.Select(p => p.First.Code + p.Suffix + "/" + p.Kind + (p.Candidates.Count > 1 ? $" (of {p.Candidates.Count})" : string.Empty)));
                output.AppendLine($"   actor   \"{analysis.Surface(a.Start, a.End)}\" = {parties} {(a.Flags == 0 ? string.Empty : a.Flags.ToString())}");
            }

            foreach (var t in analysis.Times)
            {
                output.AppendLine($"   time    \"{analysis.Surface(t.Start, t.End)}\" = {t.Value?.ToString() ?? "unresolved"} ({t.Kind}, {t.Role})");
            }

            foreach (var t in analysis.Triggers)
            {
                output.AppendLine($"   trigger \"{analysis.Surface(t.Start, t.End)}\" -> {t.Pattern.Code} ({(t.IsVerb ? "verb" : "noun")} pattern '{t.Pattern.Source}'{(t.IsPassive ? ", passive" : string.Empty)}{(t.ClassCodes.Count > 0 ? ", object " + string.Join("/", t.ClassCodes) : string.Empty)})");
            }

            foreach (var r in analysis.Statements)
            {
                output.AppendLine($"   RELATION {r.First.First.Code} ~ {r.Second.First.Code} tone {r.Tone:+0.#;-0.#} \"{analysis.Surface(r.CueToken, r.CueToken + 1)}\" {r.When?.ToString() ?? "undated"}");
            }

            foreach (var e in analysis.Events)
            {
                var flags = (e.Negated ? " negated" : string.Empty) + (e.Hypothetical ? " hypothetical" : string.Empty) + (e.Symmetric ? " symmetric" : string.Empty)
                    + (e.FirstSince is { } since ? $" first-since {since}" : string.Empty);
                output.AppendLine($"   EVENT   {e.Source.First.Code}{e.Source.Suffix} -> {e.Target?.First.Code}{e.Target?.Suffix} {e.Code} {e.When?.ToString() ?? "undated"}{flags}  <- \"{analysis.Surface(e.Trigger.Start, e.Trigger.End)}\"");
            }

            output.AppendLine($"   (running date after this sentence: {doc.Time.Current?.ToString() ?? "none"})");
        }, metadata);
        return output.ToString();
    }
}
