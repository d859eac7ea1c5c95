using Dyad.Core.Cameo;
using Dyad.Testing;

namespace Dyad.Core.Tests;

public class CameoTableTests
{
    private static CameoTable Table => CameoTable.Load(Path.Combine(RepoPaths.Data, "cameo", "codes.tsv"));

    [Fact]
    public void Holds_the_full_cameo_table()
    {
        var table = Table;
        Assert.True(table.Count >= 300, $"only {table.Count} codes");
        for (var root = 1; root <= 20; root++)
        {
            Assert.True(table.TryGet(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture), out _), $"root {root:00} missing");
        }
    }

    [Theory]
    [InlineData("042", 1.9, QuadClass.VerbalCooperation, "CONSULT")]
    [InlineData("057", 8.0, QuadClass.VerbalCooperation, "SUPPORT")]
    [InlineData("072", 8.3, QuadClass.MaterialCooperation, "AID")]
    [InlineData("112", -2.0, QuadClass.VerbalConflict, "ACCUSE")]
    [InlineData("163", -8.0, QuadClass.MaterialConflict, "COERCE")]
    [InlineData("190", -10.0, QuadClass.MaterialConflict, "ASSAULT")]
    public void Knows_goldstein_quad_and_plover(string code, double goldstein, QuadClass quad, string plover)
    {
        var c = Table[code];
        Assert.Equal(goldstein, c.Goldstein);
        Assert.Equal(quad, c.Quad);
        Assert.Equal(plover, c.Plover);
    }

    [Fact]
    public void Statements_have_no_plover_counterpart()
    {
        Assert.Null(Table["010"].Plover);
    }

    [Fact]
    public void A_malformed_line_names_the_file_and_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("codes.tsv", "# header\n042\t1.9\tCONSULT\tMake a visit\n99\tx\tNONE\n");
        var error = Assert.Throws<InvalidDataException>(() => CameoTable.Load(path));
        Assert.Contains("codes.tsv:3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0874", QuadClass.MaterialCooperation)]
    [InlineData("19", QuadClass.MaterialConflict)]
    [InlineData("010", QuadClass.VerbalCooperation)]
    [InlineData("139", QuadClass.VerbalConflict)]
    [InlineData("-", null)]
    [InlineData("21", null)]
    [InlineData("00", null)]
    public void A_code_written_as_text_has_its_root_s_quad_class_or_none(string code, QuadClass? quad) =>
        Assert.Equal(quad, QuadClasses.OfCode(code));
}
