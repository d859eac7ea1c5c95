using System.Text;
using System.Text.Json;
using Dyad.Storage;

namespace Dyad.Analysis.Exports;

/// <summary>
/// PLOVER JSON Lines: one object per event with the PLOVER manual's fields (id, date, actor, recipient, event, mode,
/// context, text), then Dyad's provenance under "dyad" (document, sentence, offsets, CAMEO code, Goldstein,
/// QuadClass, date precision, flags, confidence). An event whose CAMEO code has no PLOVER counterpart has a null
/// event; Dyad does not code PLOVER modes or contexts, so mode is null and context empty.
/// </summary>
public static class PloverLayout
{
    public static IReadOnlyList<string> Fields { get; } = ["id", "date", "actor", "recipient", "event", "mode", "context", "text", "dyad"];

    public static IReadOnlyList<string> ProvenanceFields { get; } =
    [
        "doc", "doc_url", "sentence_index", "start", "end", "trigger_start", "trigger_end", "cameo", "goldstein", "quad", "date_end",
        "date_precision", "actor_text", "recipient_text", "negated", "hypothetical", "symmetric", "confidence",
    ];

    public static int Write(IEnumerable<EventRecord> events, TextWriter output)
    {
        var count = 0;
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var e in events)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                json.WriteString("id", e.Id);
                EventWriter.WriteNullable(json, "date", e.Date);
                json.WriteString("actor", e.Source);
                EventWriter.WriteNullable(json, "recipient", e.Target);
                EventWriter.WriteNullable(json, "event", e.Plover);
                json.WriteNull("mode");
                json.WriteStartArray("context");
                json.WriteEndArray();
                json.WriteString("text", e.Sentence);
                json.WriteStartObject("dyad");
                json.WriteString("doc", e.Doc);
                EventWriter.WriteNullable(json, "doc_url", e.DocumentUrl);
                json.WriteNumber("sentence_index", e.SentenceIndex);
                json.WriteNumber("start", e.Start);
                json.WriteNumber("end", e.End);
                json.WriteNumber("trigger_start", e.TriggerStart);
                json.WriteNumber("trigger_end", e.TriggerEnd);
                json.WriteString("cameo", e.Cameo);
                json.WriteNumber("goldstein", e.Goldstein);
                json.WriteNumber("quad", e.Quad);
                EventWriter.WriteNullable(json, "date_end", e.DateEnd);
                json.WriteString("date_precision", e.DatePrecision);
                json.WriteString("actor_text", e.SourceText);
                EventWriter.WriteNullable(json, "recipient_text", e.TargetText);
                json.WriteBoolean("negated", e.Negated);
                json.WriteBoolean("hypothetical", e.Hypothetical);
                json.WriteBoolean("symmetric", e.Symmetric);
                json.WriteNumber("confidence", e.Confidence);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            output.Write('\n');
            count++;
        }

        return count;
    }

}
