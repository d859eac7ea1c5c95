using System.Globalization;
using System.Xml.Linq;
using Dyad.Analysis.Charts;
using Dyad.Analysis.Eras;
using Dyad.Analysis.Index;

namespace Dyad.Analysis.Tests;

public class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Draw(IReadOnlyList<ChartMarker> markers, string title = "Pakistan – Russia relations")
    {
        var index = Enumerable.Range(1950, 20).Select(y => new IndexYear(y, y < 1960 ? -3 : 4, 1, [])).ToList();
        var eras = new List<Era> { new(1950, 1959, -3, 10, 10, []), new(1960, 1969, 4, 10, 10, []) };
        var svg = new SvgChart().Render(title, "subtitle", index, eras, markers, []);
        return XDocument.Parse(svg); // well-formed XML, or this throws
    }

    [Fact]
    public void Draws_a_bar_per_year_a_band_per_era_and_a_title()
    {
        var doc = Draw([]);
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Pakistan – Russia relations", texts);
        Assert.Contains(texts, t => t.StartsWith("1950–1959: hostile", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("1960–1969: cooperative", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_from_documents_are_escaped_text()
    {
        var doc = Draw([new ChartMarker(1955, -3, "<script>alert(1)</script>")], title: "A & B <b>");
        Assert.Empty(doc.Descendants(Svg + "script"));
        Assert.Empty(doc.Descendants(Svg + "b"));
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "<script>alert(1)</script>");
    }

    [Fact]
    public void A_key_event_label_at_the_edge_stays_inside_the_chart()
    {
        var label = "1950 PAK–RUS grant diplomatic recognition";
        var doc = Draw([new ChartMarker(1950, -3, label), new ChartMarker(1969, 4, label + " again")]);
        var width = double.Parse(doc.Root!.Attribute("width")!.Value, CultureInfo.InvariantCulture);
        foreach (var text in doc.Descendants(Svg + "text").Where(t => t.Value.StartsWith(label, StringComparison.Ordinal)))
        {
            var x = double.Parse(text.Attribute("x")!.Value, CultureInfo.InvariantCulture);
            var half = text.Value.Length * 3.0;
            Assert.InRange(x - half, 0, width);
            Assert.InRange(x + half, 0, width);
        }
    }
}
