using Dyad.Analysis.Index;

namespace Dyad.Cli.Commands;

/// <summary>JSON shapes and small text helpers the analysis commands share.</summary>
internal static class Reports
{
    public static string? Quote(IndexEvidence e) => e.Cluster?.Representative.Record.Sentence ?? e.Statement?.Sentence;

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
