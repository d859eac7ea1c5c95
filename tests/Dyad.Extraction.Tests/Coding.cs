using Dyad.Core.Dates;
using Dyad.Core.Documents;
using Dyad.Core.Events;
using Dyad.Testing;

namespace Dyad.Extraction.Tests;

/// <summary>Runs the full pipeline on a text and renders events compactly: "RUS>PAK 042 1956-03", with flags.</summary>
internal static class Coding
{
    public static IReadOnlyList<CodedEvent> Events(string text) =>
        TestLexicons.NewPipeline().Extract(text, "test-hash").Events;

    public static List<string> Render(string text) => Events(text).Select(Render).ToList();

    /// <summary>Reads <paramref name="text"/> as a document published on <paramref name="published"/> (YYYY, YYYY-MM or YYYY-MM-DD), with an optional title.</summary>
    public static List<string> Render(string text, string published, string? title = null) =>
        TestLexicons.NewPipeline().Extract(text, "test-hash", new DocumentMetadata(title, null, PartialDate.Parse(published))).Events.Select(Render).ToList();

    public static string Render(CodedEvent e)
    {
        var arrow = e.Symmetric ? "~" : ">";
        var date = e.When is { } w ? " " + (w.End is { } end ? $"{w.Start.ToIsoString()}/{end.ToIsoString()}" : w.Start.ToIsoString()) : string.Empty;
        var flags = (e.Negated ? " neg" : string.Empty) + (e.Hypothetical ? " hyp" : string.Empty);
        return $"{e.Source.Code}{arrow}{e.Target?.Code} {e.Cameo.Code}{date}{flags}";
    }

    /// <summary>Country-level pairs with root codes, order-free for symmetric events: "IND~PAK 19".</summary>
    public static List<string> Roots(string text) => Events(text).Select(e =>
    {
        var a = e.Source.Country;
        var b = e.Target?.Country ?? "?";
        if (e.Symmetric && string.CompareOrdinal(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        return $"{a}{(e.Symmetric ? "~" : ">")}{b} {e.Cameo.Code[..2]}";
    }).ToList();
}
