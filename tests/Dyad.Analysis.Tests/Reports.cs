using Dyad.Analysis.Model;
using Dyad.Storage;

namespace Dyad.Analysis.Tests;

/// <summary>Hand-made event reports for analysis tests.</summary>
internal static class Reports
{
    private static int _next;

    public static ObservedEvent Event(string doc, int sentence, string? date, string source, string target, string cameo, string text,
        bool symmetric = false, double goldstein = 2, int quad = 1, string precision = "year", bool negated = false, string? firstSince = null) =>
        new(new EventRecord(
            Id: $"ev_{Interlocked.Increment(ref _next)}",
            Doc: doc,
            DocumentPath: "/" + doc,
            SentenceIndex: sentence,
            Sentence: text,
            Start: 0,
            End: text.Length,
            Date: date,
            DateEnd: null,
            DatePrecision: date is null ? "none" : precision,
            Source: source,
            SourceHistorical: null,
            Target: target,
            TargetHistorical: null,
            SourceText: source,
            TargetText: target,
            Cameo: cameo,
            CameoName: string.Empty,
            Goldstein: goldstein,
            Quad: quad,
            Plover: null,
            Negated: negated,
            Hypothetical: false,
            Symmetric: symmetric,
            Confidence: 0.8)
        {
            SourceCountry = source.Length == 6 ? source[..3] : source,
            TargetCountry = target.Length == 6 ? target[..3] : target,
            FirstSince = firstSince,
        });
}
