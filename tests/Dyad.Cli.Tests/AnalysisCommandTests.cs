using System.Text.Json;
using System.Xml.Linq;
using Dyad.Testing;

namespace Dyad.Cli.Tests;

public sealed class AnalysisCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Ingest()
    {
        _dir.Write("corpus/a.txt",
            "In 1950 Nepal and India signed a treaty of friendship. In 1962 India criticised Nepal. In 1975 India sent troops to Nepal. " +
            "Relations between India and Nepal deteriorated in 1989. In 1990 Nepal and India restored relations.");
        _dir.Write("corpus/b.txt",
            "In 1951 Nepal and India signed a treaty of friendship, the writers say. A note: <script>alert(1)</script> In 1991 India praised Nepal.");
        var db = _dir.File("dyad.db");
        Assert.Equal(0, CliRunner.Run("ingest", _dir.File("corpus"), "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
        return db;
    }

    [Fact]
    public void Series_json_has_a_row_per_year_with_counts_and_the_index()
    {
        var db = Ingest();
        var (exit, output, _) = CliRunner.Run("series", "IND-NPL", "--db", db, "--format", "json", "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal("1950", rows[0].GetProperty("period").GetString());
        Assert.Equal(1991 - 1950 + 1, rows.Count);
        Assert.Equal(1, rows[0].GetProperty("events").GetInt32()); // the treaty, reported twice, counts once
        Assert.Equal(2, rows[0].GetProperty("documents").GetInt32());
        var raw = JsonDocument.Parse(CliRunner.Run("series", "IND-NPL", "--db", db, "--format", "json", "--raw", "--data", RepoPaths.Data).Out).RootElement;
        Assert.Equal(2, raw.EnumerateArray().Where(r => r.GetProperty("period").GetString() is "1950" or "1951").Sum(r => r.GetProperty("events").GetInt32()));
    }

    [Fact]
    public void Conflicts_chronology_and_eras_report_the_treaty_dates_and_escape_document_text()
    {
        var db = Ingest();
        var conflicts = CliRunner.Run("conflicts", "--db", db, "--format", "json", "--data", RepoPaths.Data);
        Assert.Equal(0, conflicts.Exit);
        var conflict = Assert.Single(JsonDocument.Parse(conflicts.Out).RootElement.EnumerateArray());
        Assert.Equal("date", conflict.GetProperty("kind").GetString());

        var html = _dir.File("chronology.html");
        Assert.Equal(0, CliRunner.Run("chronology", "IND-NPL", "--db", db, "--format", "html", "-o", html, "--data", RepoPaths.Data).Exit);
        var page = File.ReadAllText(html);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("Sources disagree", page, StringComparison.Ordinal);

        var markdown = CliRunner.Run("chronology", "IND-NPL", "--db", db, "--data", RepoPaths.Data);
        Assert.Equal(0, markdown.Exit);
        Assert.DoesNotContain("<script>", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", markdown.Out, StringComparison.Ordinal);

        var eras = CliRunner.Run("eras", "IND-NPL", "--db", db, "--data", RepoPaths.Data);
        Assert.Equal(0, eras.Exit);
        Assert.Contains("era(s)", eras.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_writes_a_titled_svg_and_triangle_ranks_third_parties()
    {
        var db = Ingest();
        var svg = _dir.File("chart.svg");
        Assert.Equal(0, CliRunner.Run("chart", "IND-NPL", "-o", svg, "--db", db, "--data", RepoPaths.Data).Exit);
        var doc = XDocument.Load(svg);
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "text" && e.Value.Contains("India", StringComparison.Ordinal) && e.Value.Contains("Nepal", StringComparison.Ordinal));
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "rect" && (string?)e.Attribute("fill") == "#2e7d32");

        // A third party's lines come from each side's events with it, as the store counts them.
        _dir.Write("china/c.txt", "In 1962 China attacked India. In 1965 China attacked India again. In 1975 China signed a trade agreement with Nepal.");
        Assert.Equal(0, CliRunner.Run("ingest", _dir.File("china"), "--db", db, "--quiet", "--data", RepoPaths.Data).Exit);
        var withChina = _dir.File("with-china.svg");
        Assert.Equal(0, CliRunner.Run("chart", "IND-NPL", "--with", "CHN", "-o", withChina, "--db", db, "--data", RepoPaths.Data).Exit);
        Assert.Contains(XDocument.Load(withChina).Descendants(), e => e.Name.LocalName == "text" && e.Value is "IND–CHN" or "NPL–CHN");

        var triangle = CliRunner.Run("triangle", "IND", "NPL", "--with", "CHN", "--db", db, "--format", "json", "--data", RepoPaths.Data);
        Assert.Equal(0, triangle.Exit);
        Assert.Equal("CHN", JsonDocument.Parse(triangle.Out).RootElement.GetProperty("ranking")[0].GetProperty("party").GetString());
    }

    [Fact]
    public void Bad_arguments_give_one_clear_line()
    {
        var db = Ingest();
        var (exit, _, error) = CliRunner.Run("series", "INDIA", "--db", db, "--data", RepoPaths.Data);
        Assert.Equal(2, exit);
        Assert.Contains("is not a dyad", error, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("chart", "IND-NPL", "-o", _dir.File("chart.png"), "--db", db, "--data", RepoPaths.Data).Exit);
        Assert.Equal(2, CliRunner.Run("eras", "IND-NPL", "--db", _dir.File("missing.db"), "--data", RepoPaths.Data).Exit);
    }

    public void Dispose() => _dir.Dispose();
}
