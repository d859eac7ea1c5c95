using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Analysis.Model;
using Dyad.Core.Cameo;
using Dyad.Storage;

namespace Dyad.Analysis.Exports;

public enum EventFormat
{
    Table,
    Csv,
    Tsv,
    Jsonl,

    /// <summary>The GDELT 2.0 event table (61 columns, no header).</summary>
    Gdelt,

    /// <summary>The ICEWS coded-event table (20 named columns).</summary>
    Icews,

    /// <summary>PLOVER JSON Lines.</summary>
    Plover,

    /// <summary>A Parquet file: binary, so only to a file or stream (<see cref="ParquetEvents"/>).</summary>
    Parquet,
}

/// <summary>
/// Writes events as a terminal table, CSV, TSV, JSON Lines or the GDELT, ICEWS and PLOVER layouts, streaming row by row so exports of any size run in
/// constant memory. JSONL fields are exactly: id, doc, sentence_index, sentence, start, end, date, date_end,
/// date_precision, source, target, source_text, target_text, cameo, cameo_name, goldstein, quad, plover, negated,
/// hypothetical, symmetric, confidence.
/// </summary>
public sealed class EventWriter
{
    private static readonly string[] FlatColumns =
    [
        "id", "doc", "sentence_index", "date", "date_end", "date_precision", "source", "source_historical", "target", "target_historical",
        "source_text", "target_text", "cameo", "cameo_name", "goldstein", "quad", "plover", "negated", "hypothetical", "symmetric",
        "confidence", "start", "end", "sentence",
    ];

    private readonly CameoTable _cameo;
    private readonly TextWriter _output;
    private readonly int _width;
    private readonly ActorNames _names;

    public EventWriter(CameoTable cameo, TextWriter output, int width, ActorNames? names = null)
    {
        _cameo = cameo;
        _output = output;
        _width = Math.Max(80, width);
        _names = names ?? ActorNames.Empty;
    }

    public int Write(IEnumerable<EventRecord> events, EventFormat format) => format switch
    {
        EventFormat.Jsonl => WriteJsonl(events),
        EventFormat.Csv => WriteDelimited(events, ','),
        EventFormat.Tsv => WriteDelimited(events, '\t'),
        EventFormat.Gdelt => GdeltLayout.Write(events, _output),
        EventFormat.Icews => IcewsLayout.Write(events, _output, _names, _cameo),
        EventFormat.Plover => PloverLayout.Write(events, _output),
        EventFormat.Parquet => throw new InvalidOperationException("Parquet is binary: write it to a file (-o FILE.parquet)"),
        _ => WriteTable(events),
    };

    private string CameoName(string code) => _cameo.TryGet(code, out var c) ? c.Name : string.Empty;

    private int WriteJsonl(IEnumerable<EventRecord> events)
    {
        var count = 0;
        using var buffer = new MemoryStream();
        foreach (var e in events)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("id", e.Id);
                json.WriteString("doc", e.Doc);
                json.WriteNumber("sentence_index", e.SentenceIndex);
                json.WriteString("sentence", e.Sentence);
                json.WriteNumber("start", e.Start);
                json.WriteNumber("end", e.End);
                WriteNullable(json, "date", e.Date);
                WriteNullable(json, "date_end", e.DateEnd);
                json.WriteString("date_precision", e.DatePrecision);
                json.WriteString("source", e.Source);
                WriteNullable(json, "target", e.Target);
                json.WriteString("source_text", e.SourceText);
                WriteNullable(json, "target_text", e.TargetText);
                json.WriteString("cameo", e.Cameo);
                json.WriteString("cameo_name", CameoName(e.Cameo));
                json.WriteNumber("goldstein", e.Goldstein);
                json.WriteNumber("quad", e.Quad);
                WriteNullable(json, "plover", e.Plover);
                json.WriteBoolean("negated", e.Negated);
                json.WriteBoolean("hypothetical", e.Hypothetical);
                json.WriteBoolean("symmetric", e.Symmetric);
                json.WriteNumber("confidence", e.Confidence);
                json.WriteEndObject();
            }

            _output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            count++;
        }

        return count;
    }

    internal static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private int WriteDelimited(IEnumerable<EventRecord> events, char separator)
    {
        _output.WriteLine(string.Join(separator, FlatColumns));
        var count = 0;
        foreach (var e in events)
        {
            string[] values =
            [
                e.Id, e.Doc, Num(e.SentenceIndex), e.Date ?? string.Empty, e.DateEnd ?? string.Empty, e.DatePrecision, e.Source, e.SourceHistorical ?? string.Empty,
                e.Target ?? string.Empty, e.TargetHistorical ?? string.Empty, e.SourceText, e.TargetText ?? string.Empty, e.Cameo, CameoName(e.Cameo),
                e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture), Num(e.Quad), e.Plover ?? string.Empty, Bool(e.Negated), Bool(e.Hypothetical),
                Bool(e.Symmetric), e.Confidence.ToString("0.00", CultureInfo.InvariantCulture), Num(e.Start), Num(e.End), e.Sentence,
            ];
            _output.WriteLine(string.Join(separator, values.Select(v => separator == ',' ? CsvField(v) : TsvField(v))));
            count++;
        }

        return count;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool b) => b ? "true" : "false";

    /// <summary>Control characters (ESC and the rest) become spaces, so document text cannot drive the terminal.</summary>
    internal static string Printable(string value) =>
        value.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') < 0 && value.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') < 0
            ? value
            : string.Create(value.Length, value, (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var c = source[i];
                    span[i] = char.IsControl(c) && c is not ('\n' or '\r' or '\t') ? ' ' : c;
                }
            });

    private static string CsvField(string raw)
    {
        var value = Printable(raw);
        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string TsvField(string value) => Printable(value).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private int WriteTable(IEnumerable<EventRecord> events)
    {
        const int dateWidth = 10;
        const int actorsWidth = 24;
        const int codeWidth = 5;
        const int nameWidth = 30;
        var fixedWidth = dateWidth + actorsWidth + codeWidth + nameWidth + 4 + 8;
        var sentenceWidth = Math.Max(30, _width - fixedWidth);
        _output.WriteLine($"{"DATE",-dateWidth} {"WHO -> WHOM",-actorsWidth} {"CAMEO",-codeWidth} {"WHAT",-nameWidth} {"FLAGS",-4} EVIDENCE");
        _output.WriteLine(new string('-', Math.Min(_width, fixedWidth + 40)));
        var count = 0;
        foreach (var e in events)
        {
            var date = e.Date is null ? "undated" : e.DateEnd is null ? e.Date : $"{e.Date}~";
            var arrow = e.Symmetric ? " <-> " : " -> ";
            var actors = Label(e.Source, e.SourceHistorical) + arrow + (e.Target is null ? "?" : Label(e.Target, e.TargetHistorical));
            var flags = (e.Negated ? "N" : string.Empty) + (e.Hypothetical ? "H" : string.Empty);
            var evidence = $"{Clip(e.Sentence, sentenceWidth - e.Doc.Length - 6)} [{e.Doc}#{e.SentenceIndex}]";
            _output.WriteLine($"{Clip(date, dateWidth),-dateWidth} {Clip(actors, actorsWidth),-actorsWidth} {e.Cameo,-codeWidth} {Clip(CameoName(e.Cameo), nameWidth),-nameWidth} {flags,-4} {evidence}");
            count++;
        }

        _output.WriteLine($"({count} event{(count == 1 ? string.Empty : "s")}; N = negated, H = hypothetical, ~ = a span, <-> = symmetric)");
        return count;
    }

    private static string Label(string code, string? historical) => historical is null ? code : $"{code}({historical})";

    private static string Clip(string text, int width)
    {
        text = Printable(text.ReplaceLineEndings(" ")).Replace('\t', ' ');
        return text.Length <= width ? text : string.Concat(text.AsSpan(0, Math.Max(1, width - 1)), "…");
    }
}
