using Dyad.Analysis.Eras;
using Dyad.Analysis.Index;

namespace Dyad.Cli.Commands;

/// <summary>JSON shapes and small text helpers the analysis commands share.</summary>
internal static class Reports
{
    public static object Era(Era e) => new
    {
        start = e.StartYear,
        end = e.EndYear,
        character = e.Character,
        tone = Math.Round(e.Tone, 2),
        weight = Math.Round(e.Weight, 2),
        years_with_evidence = e.Years,
        defining = e.Defining.Select(d => new { kind = d.Kind.ToString().ToLowerInvariant(), tone = d.Tone, d.Weight, description = d.Description, quote = Quote(d) }),
    };

    public static string? Quote(IndexEvidence e) => e.Cluster?.Representative.Record.Sentence ?? e.Statement?.Sentence;

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
