using Dyad.Extraction.Pipeline;
using Dyad.Testing;

namespace Dyad.Extraction.Tests;

public class PipelineTests
{
    [Fact]
    public void Pipelines_built_and_run_on_many_threads_at_once_agree()
    {
        const string text = "In 1972 Nixon visited China. In 1979 China invaded Vietnam. In 1987 India sent troops to Sri Lanka.";
        var lexicons = Pipeline.Lexicons.Load(RepoPaths.Data);
        var results = new string[16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var events = new ExtractionPipeline(lexicons).Extract(text, "hash").Events;
            results[i] = string.Join(";", events.Select(Coding.Render));
        });

        Assert.Single(results.Distinct());
        Assert.Equal("USA>CHN 042 1972;CHN>VNM 190 1979;IND>LKA 150 1987", results[0]);
    }

    [Fact]
    public void The_vocabulary_is_read_only_once_loaded()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestLexicons.Instance.Vocabulary.Intern("zzyzx-not-a-word"));
        Assert.Contains("frozen", error.Message, StringComparison.Ordinal);
    }
}
