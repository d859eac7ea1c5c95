using Dyad.Storage;
using Parquet;
using Parquet.Schema;

namespace Dyad.Analysis.Exports;

/// <summary>
/// Events as a Parquet file with typed columns (strings, 32-bit integers, doubles, booleans; nullable where Dyad may
/// not know a value), written in row groups of <see cref="RowGroupSize"/> so an export of any size holds one group
/// in memory at a time.
/// </summary>
public static class ParquetEvents
{
    public const int RowGroupSize = 50_000;

    private static readonly DataField<string> Id = new("id", false);
    private static readonly DataField<string> Doc = new("doc", false);
    private static readonly DataField<string> DocPath = new("doc_path", false);
    private static readonly DataField<string> DocUrl = new("doc_url", true);
    private static readonly DataField<int> SentenceIndex = new("sentence_index", false);
    private static readonly DataField<string> Date = new("date", true);
    private static readonly DataField<string> DateEnd = new("date_end", true);
    private static readonly DataField<string> DatePrecision = new("date_precision", false);
    private static readonly DataField<int?> Year = new("year", true);
    private static readonly DataField<string> Source = new("source", false);
    private static readonly DataField<string> SourceCountry = new("source_country", false);
    private static readonly DataField<string> SourceHistorical = new("source_historical", true);
    private static readonly DataField<string> Target = new("target", true);
    private static readonly DataField<string> TargetCountry = new("target_country", true);
    private static readonly DataField<string> TargetHistorical = new("target_historical", true);
    private static readonly DataField<string> SourceText = new("source_text", false);
    private static readonly DataField<string> TargetText = new("target_text", true);
    private static readonly DataField<string> Cameo = new("cameo", false);
    private static readonly DataField<double> Goldstein = new("goldstein", false);
    private static readonly DataField<int> Quad = new("quad", false);
    private static readonly DataField<string> Plover = new("plover", true);
    private static readonly DataField<bool> Negated = new("negated", false);
    private static readonly DataField<bool> Hypothetical = new("hypothetical", false);
    private static readonly DataField<bool> Symmetric = new("symmetric", false);
    private static readonly DataField<double> Confidence = new("confidence", false);
    private static readonly DataField<int> Start = new("start", false);
    private static readonly DataField<int> End = new("end", false);
    private static readonly DataField<string> Sentence = new("sentence", false);

    public static ParquetSchema Schema { get; } = new(
        Id, Doc, DocPath, DocUrl, SentenceIndex, Date, DateEnd, DatePrecision, Year, Source, SourceCountry, SourceHistorical, Target, TargetCountry,
        TargetHistorical, SourceText, TargetText, Cameo, Goldstein, Quad, Plover, Negated, Hypothetical, Symmetric, Confidence, Start, End, Sentence);

    /// <summary>Writes the events to <paramref name="output"/> (which must be seekable or a file); returns how many.</summary>
    public static async Task<int> WriteAsync(IEnumerable<EventRecord> events, Stream output, CancellationToken cancellation = default)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, output, cancellationToken: cancellation);
        var batch = new List<EventRecord>(RowGroupSize);
        var count = 0;
        foreach (var e in events)
        {
            batch.Add(e);
            if (batch.Count == RowGroupSize)
            {
                await WriteGroupAsync(writer, batch);
                count += batch.Count;
                batch.Clear();
            }
        }

        // An empty export still gets one (empty) row group, so readers see the schema and zero rows.
        if (batch.Count > 0 || count == 0)
        {
            await WriteGroupAsync(writer, batch);
            count += batch.Count;
        }

        return count;
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, List<EventRecord> batch)
    {
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(Id, Strings(batch, e => e.Id));
        await group.WriteAsync(Doc, Strings(batch, e => e.Doc));
        await group.WriteAsync(DocPath, Strings(batch, e => e.DocumentPath));
        await group.WriteAsync(DocUrl, Strings(batch, e => e.DocumentUrl));
        await group.WriteAsync<int>(SentenceIndex, Values(batch, e => e.SentenceIndex));
        await group.WriteAsync(Date, Strings(batch, e => e.Date));
        await group.WriteAsync(DateEnd, Strings(batch, e => e.DateEnd));
        await group.WriteAsync(DatePrecision, Strings(batch, e => e.DatePrecision));
        await group.WriteAsync<int>(Year, Values(batch, e => e.Year));
        await group.WriteAsync(Source, Strings(batch, e => e.Source));
        await group.WriteAsync(SourceCountry, Strings(batch, e => e.SourceCountry));
        await group.WriteAsync(SourceHistorical, Strings(batch, e => e.SourceHistorical));
        await group.WriteAsync(Target, Strings(batch, e => e.Target));
        await group.WriteAsync(TargetCountry, Strings(batch, e => e.TargetCountry));
        await group.WriteAsync(TargetHistorical, Strings(batch, e => e.TargetHistorical));
        await group.WriteAsync(SourceText, Strings(batch, e => e.SourceText));
        await group.WriteAsync(TargetText, Strings(batch, e => e.TargetText));
        await group.WriteAsync(Cameo, Strings(batch, e => e.Cameo));
        await group.WriteAsync<double>(Goldstein, Values(batch, e => e.Goldstein));
        await group.WriteAsync<int>(Quad, Values(batch, e => e.Quad));
        await group.WriteAsync(Plover, Strings(batch, e => e.Plover));
        await group.WriteAsync<bool>(Negated, Values(batch, e => e.Negated));
        await group.WriteAsync<bool>(Hypothetical, Values(batch, e => e.Hypothetical));
        await group.WriteAsync<bool>(Symmetric, Values(batch, e => e.Symmetric));
        await group.WriteAsync<double>(Confidence, Values(batch, e => e.Confidence));
        await group.WriteAsync<int>(Start, Values(batch, e => e.Start));
        await group.WriteAsync<int>(End, Values(batch, e => e.End));
        await group.WriteAsync(Sentence, Strings(batch, e => e.Sentence));
        group.CompleteValidate();
    }

    private static string?[] Strings(List<EventRecord> batch, Func<EventRecord, string?> value) => batch.Select(value).ToArray();

    private static ReadOnlyMemory<T> Values<T>(List<EventRecord> batch, Func<EventRecord, T> value) => batch.Select(value).ToArray();
}
