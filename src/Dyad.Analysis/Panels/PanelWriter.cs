using System.Globalization;
using Dyad.Storage;
using Parquet;
using Parquet.Schema;

namespace Dyad.Analysis.Panels;

/// <summary>Writes a dyad panel as CSV (one header line) or as a Parquet file with typed, nullable columns.</summary>
public static class PanelWriter
{
    public static IReadOnlyList<string> Columns(bool byMonth) =>
    [
        "source", "source_historical", "source_cow", "source_gw", "target", "target_historical", "target_cow", "target_gw", "year",
        .. byMonth ? new[] { "month" } : [],
        "events", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean",
        "net_cooperation", "documents",
    ];

    public static void WriteCsv(IReadOnlyList<PanelCell> cells, bool byMonth, TextWriter output)
    {
        output.Write(string.Join(',', Columns(byMonth)));
        output.Write('\n');
        foreach (var c in cells)
        {
            var values = new List<string>
            {
                c.Source, Csv(c.SourceHistorical), N(c.SourceCow), N(c.SourceGw), c.Target, Csv(c.TargetHistorical), N(c.TargetCow), N(c.TargetGw), N(c.Year),
            };
            if (byMonth)
            {
                values.Add(N(c.Month));
            }

            values.AddRange([N(c.Events), N(c.VerbalCooperation), N(c.MaterialCooperation), N(c.VerbalConflict), N(c.MaterialConflict), D(c.GoldsteinSum),
                D(c.GoldsteinMean), D(c.NetCooperation), N(c.Documents)]);
            output.Write(string.Join(',', values));
            output.Write('\n');
        }
    }

    public static async Task WriteParquetAsync(IReadOnlyList<PanelCell> cells, bool byMonth, Stream output)
    {
        var source = new DataField<string>("source", false);
        var sourceHistorical = new DataField<string>("source_historical", true);
        var sourceCow = new DataField<int?>("source_cow", true);
        var sourceGw = new DataField<int?>("source_gw", true);
        var target = new DataField<string>("target", false);
        var targetHistorical = new DataField<string>("target_historical", true);
        var targetCow = new DataField<int?>("target_cow", true);
        var targetGw = new DataField<int?>("target_gw", true);
        var year = new DataField<int>("year", false);
        var month = new DataField<int?>("month", true);
        var events = new DataField<int>("events", false);
        var quads = new[] { "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict" }.Select(n => new DataField<int>(n, false)).ToArray();
        var sum = new DataField<double>("goldstein_sum", false);
        var mean = new DataField<double?>("goldstein_mean", true);
        var net = new DataField<double?>("net_cooperation", true);
        var documents = new DataField<int>("documents", false);
        var fields = new List<Field> { source, sourceHistorical, sourceCow, sourceGw, target, targetHistorical, targetCow, targetGw, year };
        if (byMonth)
        {
            fields.Add(month);
        }

        fields.AddRange([events, .. quads, sum, mean, net, documents]);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(source, cells.Select(c => (string?)c.Source).ToArray());
        await group.WriteAsync(sourceHistorical, cells.Select(c => c.SourceHistorical).ToArray());
        await group.WriteAsync<int>(sourceCow, cells.Select(c => c.SourceCow).ToArray());
        await group.WriteAsync<int>(sourceGw, cells.Select(c => c.SourceGw).ToArray());
        await group.WriteAsync(target, cells.Select(c => (string?)c.Target).ToArray());
        await group.WriteAsync(targetHistorical, cells.Select(c => c.TargetHistorical).ToArray());
        await group.WriteAsync<int>(targetCow, cells.Select(c => c.TargetCow).ToArray());
        await group.WriteAsync<int>(targetGw, cells.Select(c => c.TargetGw).ToArray());
        await group.WriteAsync<int>(year, cells.Select(c => c.Year).ToArray());
        if (byMonth)
        {
            await group.WriteAsync<int>(month, cells.Select(c => c.Month).ToArray());
        }

        await group.WriteAsync<int>(events, cells.Select(c => c.Events).ToArray());
        Func<PanelCell, int>[] counts = [c => c.VerbalCooperation, c => c.MaterialCooperation, c => c.VerbalConflict, c => c.MaterialConflict];
        for (var q = 0; q < 4; q++)
        {
            await group.WriteAsync<int>(quads[q], cells.Select(counts[q]).ToArray());
        }

        await group.WriteAsync<double>(sum, cells.Select(c => c.GoldsteinSum).ToArray());
        await group.WriteAsync<double>(mean, cells.Select(c => c.GoldsteinMean).ToArray());
        await group.WriteAsync<double>(net, cells.Select(c => c.NetCooperation).ToArray());
        await group.WriteAsync<int>(documents, cells.Select(c => c.Documents).ToArray());
        group.CompleteValidate();
    }

    private static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string D(double? d) => d is { } v ? Math.Round(v, 4).ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Csv(string? value) =>
        value is null ? string.Empty : value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
