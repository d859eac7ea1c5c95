using System.Globalization;
using System.Net;
using Dyad.Analysis.Reports;

namespace Dyad.Analysis.Chronology;

public enum ChronologyFormat
{
    Md,
    Html,
    Csv,
}

/// <summary>
/// A dyad's chronology as a file a reader keeps: Markdown, a standalone HTML page, or CSV, one happening per line with
/// every source that reports it. Source text goes in escaped for each format, so no markup from a document survives.
/// </summary>
public static class ChronologyWriter
{
    public static void Write(TextWriter output, ReportMapper reports, string title, IReadOnlyList<ChronologyEntry> entries, ChronologyFormat format)
    {
        switch (format)
        {
            case ChronologyFormat.Csv:
                output.WriteLine("date,source,target,symmetric,cameo,what,goldstein,sources,disagreements,evidence");
                foreach (var e in entries)
                {
                    output.WriteLine(string.Join(",", Csv(e.Date ?? string.Empty), e.Source, e.Target ?? string.Empty, e.Symmetric ? "true" : "false", e.Cameo,
                        Csv(reports.What(e)), e.Goldstein.ToString(CultureInfo.InvariantCulture), e.Sources.Count, Csv(string.Join(" | ", e.Disagreements)),
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
                    output.Write($"<tr><td class=\"date\">{WebUtility.HtmlEncode(e.Date ?? "undated")}</td><td class=\"{tone}\">{WebUtility.HtmlEncode(reports.What(e))}");
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
                    output.WriteLine($"- **{e.Date ?? "undated"}**: {reports.What(e)}");
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
