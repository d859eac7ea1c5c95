using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text;
using Dyad.Analysis;
using Dyad.Analysis.Chronology;

namespace Dyad.Cli.Commands;

public enum ChronologyFormat
{
    Md,
    Html,
    Csv,
}

/// <summary><c>dyad chronology PAK-RUS [--format md|html|csv] [-o FILE]</c>: the deduplicated timeline with its sources.</summary>
internal static class ChronologyCommand
{
    public static Command Create()
    {
        var dyad = new Argument<string>("dyad") { Description = "PAK-RUS (either direction) or PAK>RUS" };
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var format = new Option<ChronologyFormat>("--format") { Description = "md, html or csv", DefaultValueFactory = _ => ChronologyFormat.Md };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of the terminal" };
        var command = new Command("chronology", "The timeline of a dyad: one line per real happening, with every source that reports it and where they disagree")
        {
            dyad, db, data, format, output,
        };
        command.SetAction(parse =>
        {
            using var context = AnalysisContext.Open(parse.GetValue(db)!, parse.GetValue(data));
            var spec = AnalysisContext.ParseDyad(parse.GetValue(dyad)!);
            var loaded = context.Analyzer.LoadWithImported(spec);
            var entries = DyadAnalyzer.Chronology(loaded, spec);
            var path = parse.GetValue(output);
            using var file = path is null ? null : new StreamWriter(path, false, new UTF8Encoding(false));
            var writer = file ?? Console.Out;
            Write(writer, context, context.Title(spec), entries, parse.GetValue(format));
            writer.Flush();
            if (path is not null)
            {
                Console.Error.WriteLine($"{entries.Count} happenings written to {Path.GetFullPath(path)}");
            }

            return 0;
        });
        return command;
    }

    internal static string What(AnalysisContext context, ChronologyEntry e) => context.Reports.What(e);

    private static void Write(TextWriter output, AnalysisContext context, string title, IReadOnlyList<ChronologyEntry> entries, ChronologyFormat format)
    {
        switch (format)
        {
            case ChronologyFormat.Csv:
                output.WriteLine("date,source,target,symmetric,cameo,what,goldstein,sources,disagreements,evidence");
                foreach (var e in entries)
                {
                    output.WriteLine(string.Join(",", Csv(e.Date ?? string.Empty), e.Source, e.Target ?? string.Empty, e.Symmetric ? "true" : "false", e.Cameo,
                        Csv(What(context, e)), e.Goldstein.ToString(CultureInfo.InvariantCulture), e.Sources.Count, Csv(string.Join(" | ", e.Disagreements)),
                        Csv(string.Join(" | ", e.Sources.Select(s => $"{s.Doc}#{s.SentenceIndex} ({s.Date ?? "undated"}): {s.Sentence}")))));
                }

                break;
            case ChronologyFormat.Html:
                output.WriteLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + WebUtility.HtmlEncode(title) + " chronology</title>");
                output.WriteLine("<style>body{font:15px/1.45 system-ui,sans-serif;max-width:960px;margin:2em auto;color:#222}h1{font-size:1.5em}" +
                    "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4em;vertical-align:top;text-align:left}" +
                    "td.date{white-space:nowrap;font-weight:600}.src{color:#555;font-size:.9em}.warn{color:#a40000;font-weight:600}.coop{color:#1b6e20}.conf{color:#a40000}</style></head><body>");
                output.WriteLine($"<h1>{WebUtility.HtmlEncode(title)}: chronology</h1><p>{entries.Count} happenings, reports from several sources merged into one line each.</p>");
                output.WriteLine("<table><thead><tr><th>Date</th><th>What happened</th><th>Sources</th></tr></thead><tbody>");
                foreach (var e in entries)
                {
                    var tone = e.Quad <= 2 ? "coop" : "conf";
                    output.Write($"<tr><td class=\"date\">{WebUtility.HtmlEncode(e.Date ?? "undated")}</td><td class=\"{tone}\">{WebUtility.HtmlEncode(What(context, e))}");
                    foreach (var d in e.Disagreements)
                    {
                        output.Write($"<div class=\"warn\">Sources disagree: {WebUtility.HtmlEncode(d)}</div>");
                    }

                    output.Write("</td><td>");
                    foreach (var s in e.Sources)
                    {
                        output.Write($"<div class=\"src\"><b>{WebUtility.HtmlEncode(s.Doc)}</b> ({WebUtility.HtmlEncode(s.Date ?? "undated")}): &ldquo;{WebUtility.HtmlEncode(s.Sentence)}&rdquo;</div>");
                    }

                    output.WriteLine("</td></tr>");
                }

                output.WriteLine("</tbody></table></body></html>");
                break;
            default:
                output.WriteLine($"# {title}: chronology");
                output.WriteLine();
                output.WriteLine($"{entries.Count} happenings; reports of one happening from several sources are merged into one line.");
                output.WriteLine();
                foreach (var e in entries)
                {
                    output.WriteLine($"- **{e.Date ?? "undated"}**: {What(context, e)}");
                    foreach (var d in e.Disagreements)
                    {
                        output.WriteLine($"  - ⚠ sources disagree: {Markdown(d)}");
                    }

                    foreach (var s in e.Sources)
                    {
                        output.WriteLine($"  - {Markdown(s.Doc)}#{s.SentenceIndex} ({s.Date ?? "undated"}): \"{Markdown(s.Sentence)}\"");
                    }
                }

                break;
        }
    }

    /// <summary>Document text as Markdown shows it literally: no markup, links or HTML from the sources, one line.</summary>
    private static string Markdown(string value)
    {
        var text = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '#' or '!')
            {
                text.Append('\\');
            }

            text.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return text.ToString();
    }

    private static string Csv(string value) => value.Contains(',') || value.Contains('"') || value.Contains('\n') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
