using Dyad.Extraction.Pipeline;

namespace Dyad.Testing;

/// <summary>The repository's lexicons, loaded once per test run (they are read-only after loading).</summary>
public static class TestLexicons
{
    private static readonly Lazy<Lexicons> Loaded = new(() => Lexicons.Load(RepoPaths.Data));

    public static Lexicons Instance => Loaded.Value;

    public static ExtractionPipeline NewPipeline() => new(Instance);
}
