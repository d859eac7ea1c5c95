using System.Globalization;
using System.Security;
using System.Text;
using Dyad.Analysis.Eras;
using Dyad.Analysis.Index;

namespace Dyad.Analysis.Charts;

/// <summary>A labelled point on the chart: a key event.</summary>
public sealed record ChartMarker(int Year, double Tone, string Label);

/// <summary>An extra line on the chart: another dyad's yearly tone.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<IndexYear> Points);

/// <summary>
/// Draws a relationship as a standalone SVG: one bar per year of the index (green above zero, red below, fainter
/// when little evidence stands behind it), the eras as shaded bands with their mean tone, key events as labelled
/// markers, and, on request, other dyads' tone as thin lines. The y axis is the Goldstein scale, -10 to +10.
/// Every text is escaped, since labels come from documents.
/// </summary>
public sealed class SvgChart
{
    private const int Width = 1200;
    private const int Height = 560;
    private const int Left = 60;
    private const int Right = 30;
    private const int Top = 70;
    private const int Bottom = 110;
    private const int MaxLineGap = 3;
    private static readonly string[] Palette = ["#1f77b4", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];

    public string Render(string title, string subtitle, IReadOnlyList<IndexYear> index, IReadOnlyList<Era> eras, IReadOnlyList<ChartMarker> markers,
        IReadOnlyList<ChartSeries> others)
    {
        var years = index.Select(y => y.Year).Concat(others.SelectMany(o => o.Points.Select(p => p.Year))).ToList();
        var first = years.Count > 0 ? years.Min() : DateTime.UtcNow.Year - 10;
        var last = years.Count > 0 ? years.Max() : DateTime.UtcNow.Year;
        first -= 1;
        last += 1;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(double year) => Left + ((year - first) / Math.Max(1, last - first) * plotWidth);
        double Y(double tone) => Top + ((10 - Math.Clamp(tone, -10, 10)) / 20 * plotHeight);
        var perYear = plotWidth / (double)Math.Max(1, last - first);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"Helvetica, Arial, sans-serif\">"));
        svg.Append(Invariant($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>"));
        svg.Append(Invariant($"<text x=\"{Left}\" y=\"30\" font-size=\"22\" font-weight=\"bold\" fill=\"#222\">{Escape(title)}</text>"));
        svg.Append(Invariant($"<text x=\"{Left}\" y=\"52\" font-size=\"13\" fill=\"#555\">{Escape(subtitle)}</text>"));

        // Eras: shaded bands with their span and mean tone.
        foreach (var era in eras)
        {
            var x0 = X(era.StartYear - 0.5);
            var x1 = X(era.EndYear + 0.5);
            var fill = era.Tone >= 1 ? "#e3f3df" : era.Tone <= -1 ? "#f9e0dc" : "#eeeeee";
            svg.Append(Invariant($"<rect x=\"{x0:0.#}\" y=\"{Top}\" width=\"{Math.Max(1, x1 - x0):0.#}\" height=\"{plotHeight}\" fill=\"{fill}\"/>"));
            svg.Append(Invariant($"<line x1=\"{x0:0.#}\" y1=\"{Y(era.Tone):0.#}\" x2=\"{x1:0.#}\" y2=\"{Y(era.Tone):0.#}\" stroke=\"#444\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"));
            var label = $"{era.StartYear}–{era.EndYear}: {era.Character} ({era.Tone.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)})";
            if (x1 - x0 > label.Length * 6.2)
            {
                svg.Append(Invariant($"<text x=\"{(x0 + x1) / 2:0.#}\" y=\"{Top + 16}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#333\">{Escape(label)}</text>"));
            }
            else
            {
                svg.Append(Invariant($"<text x=\"{(x0 + x1) / 2:0.#}\" y=\"{Top + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">{era.StartYear}–{era.EndYear % 100:00}</text>"));
            }
        }

        // Axes and grid.
        foreach (var tone in new[] { -10, -5, 0, 5, 10 })
        {
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Y(tone):0.#}\" x2=\"{Width - Right}\" y2=\"{Y(tone):0.#}\" stroke=\"{(tone == 0 ? "#666" : "#d0d0d0")}\" stroke-width=\"{(tone == 0 ? 1.2 : 0.6)}\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 8}\" y=\"{Y(tone) + 4:0.#}\" font-size=\"12\" text-anchor=\"end\" fill=\"#555\">{tone:+0;-0;0}</text>"));
        }

        svg.Append(Invariant($"<text x=\"16\" y=\"{Top + (plotHeight / 2)}\" font-size=\"12\" fill=\"#555\" transform=\"rotate(-90 16 {Top + (plotHeight / 2)})\" text-anchor=\"middle\">tone (hostile − / + cooperative)</text>"));
        var step = last - first > 60 ? 10 : last - first > 25 ? 5 : last - first > 10 ? 2 : 1;
        for (var year = first + ((step - (first % step)) % step); year <= last; year += step)
        {
            svg.Append(Invariant($"<line x1=\"{X(year):0.#}\" y1=\"{Top + plotHeight}\" x2=\"{X(year):0.#}\" y2=\"{Top + plotHeight + 5}\" stroke=\"#666\"/>"));
            svg.Append(Invariant($"<text x=\"{X(year):0.#}\" y=\"{Top + plotHeight + 20}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#444\">{year}</text>"));
        }

        // The index: a bar per year, its opacity growing with the evidence behind it.
        var barWidth = Math.Max(2, perYear * 0.7);
        foreach (var y in index)
        {
            var y0 = Y(0);
            var y1 = Y(y.Value);
            var opacity = 0.35 + (0.65 * Math.Min(1, y.Weight / 3));
            var color = y.Value >= 0 ? "#2e7d32" : "#c62828";
            svg.Append(Invariant($"<rect x=\"{X(y.Year) - (barWidth / 2):0.#}\" y=\"{Math.Min(y0, y1):0.#}\" width=\"{barWidth:0.#}\" height=\"{Math.Max(1, Math.Abs(y1 - y0)):0.#}\" fill=\"{color}\" fill-opacity=\"{opacity:0.00}\"><title>{y.Year}: {y.Value.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)} ({y.Evidence.Count} pieces of evidence)</title></rect>"));
        }

        // Other dyads as thin lines.
        for (var i = 0; i < others.Count; i++)
        {
            var color = Palette[i % Palette.Length];

            // A line only joins years close together; across a longer silence the line breaks, as nothing is known there.
            var run = new List<IndexYear>();
            foreach (var p in others[i].Points.Append(null))
            {
                if (p is null || run.Count > 0 && p.Year - run[^1].Year > MaxLineGap)
                {
                    if (run.Count > 1)
                    {
                        var points = string.Join(" ", run.Select(q => Invariant($"{X(q.Year):0.#},{Y(q.Value):0.#}")));
                        svg.Append(Invariant($"<polyline points=\"{points}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.6\" stroke-opacity=\"0.85\"/>"));
                    }

                    run.Clear();
                }

                if (p is not null)
                {
                    run.Add(p);
                }
            }

            foreach (var p in others[i].Points)
            {
                svg.Append(Invariant($"<circle cx=\"{X(p.Year):0.#}\" cy=\"{Y(p.Value):0.#}\" r=\"2.5\" fill=\"{color}\"/>"));
            }
        }

        // Key events: markers with labels, alternating above and below to keep them apart.
        var row = 0;
        foreach (var m in markers.OrderBy(m => m.Year))
        {
            var cx = X(m.Year);
            var cy = Y(m.Tone);
            var above = m.Tone >= 0;
            var ly = above ? Math.Max(Top + 34, cy - 18 - (row % 3 * 14)) : Math.Min(Top + plotHeight - 8, cy + 22 + (row % 3 * 14));
            svg.Append(Invariant($"<circle cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"5\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"1.5\"/>"));
            svg.Append(Invariant($"<line x1=\"{cx:0.#}\" y1=\"{cy:0.#}\" x2=\"{cx:0.#}\" y2=\"{ly - (above ? -3 : 10):0.#}\" stroke=\"#888\" stroke-width=\"0.8\"/>"));
            // Centred on the marker unless that would push the label off the chart's edge (about 6 px a character).
            var half = m.Label.Length * 3.1;
            var labelX = Math.Clamp(cx, 4 + half, Math.Max(4 + half, Width - 4 - half));
            svg.Append(Invariant($"<text x=\"{labelX:0.#}\" y=\"{ly:0.#}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#111\">{Escape(m.Label)}</text>"));
            row++;
        }

        // Legend.
        var ly0 = Height - 40;
        var lx = Left;
        svg.Append(Invariant($"<rect x=\"{lx}\" y=\"{ly0 - 10}\" width=\"14\" height=\"10\" fill=\"#2e7d32\"/><text x=\"{lx + 20}\" y=\"{ly0}\" font-size=\"12\" fill=\"#333\">cooperative year</text>"));
        lx += 140;
        svg.Append(Invariant($"<rect x=\"{lx}\" y=\"{ly0 - 10}\" width=\"14\" height=\"10\" fill=\"#c62828\"/><text x=\"{lx + 20}\" y=\"{ly0}\" font-size=\"12\" fill=\"#333\">hostile year</text>"));
        lx += 120;
        svg.Append(Invariant($"<line x1=\"{lx}\" y1=\"{ly0 - 5}\" x2=\"{lx + 24}\" y2=\"{ly0 - 5}\" stroke=\"#444\" stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/><text x=\"{lx + 30}\" y=\"{ly0}\" font-size=\"12\" fill=\"#333\">era mean</text>"));
        lx += 110;
        svg.Append(Invariant($"<circle cx=\"{lx + 6}\" cy=\"{ly0 - 5}\" r=\"5\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"1.5\"/><text x=\"{lx + 18}\" y=\"{ly0}\" font-size=\"12\" fill=\"#333\">key event</text>"));
        lx += 110;
        for (var i = 0; i < others.Count; i++)
        {
            svg.Append(Invariant($"<line x1=\"{lx}\" y1=\"{ly0 - 5}\" x2=\"{lx + 24}\" y2=\"{ly0 - 5}\" stroke=\"{Palette[i % Palette.Length]}\" stroke-width=\"2\"/><text x=\"{lx + 30}\" y=\"{ly0}\" font-size=\"12\" fill=\"#333\">{Escape(others[i].Name)}</text>"));
            lx += 40 + (others[i].Name.Length * 7);
        }

        svg.Append(Invariant($"<text x=\"{Left}\" y=\"{Height - 14}\" font-size=\"11\" fill=\"#777\">Bars: the yearly relationship index (events, what sources say of the relationship, and third-party ties), faint where evidence is thin. Bands: eras found by PELT change points.</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
