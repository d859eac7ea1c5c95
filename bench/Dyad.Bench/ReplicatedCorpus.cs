using Dyad.Extraction.Pipeline;
using Dyad.Ingestion.Reading;

namespace Dyad.Bench;

/// <summary>
/// Real documents repeated until the corpus holds the requested number of sentences, so the benchmark can also
/// run on the prose users bring (longer sentences, more names) rather than generated text. Each copy ends
/// with its own line, so the ingest stage stores every copy instead of skipping it as a duplicate.
/// </summary>
public static class ReplicatedCorpus
{
    public static List<GeneratedDocument> Build(IEnumerable<string> paths, int sentences, Lexicons lexicons)
    {
        var (files, missing) = DocumentFinder.Find(paths);
        if (missing.Count > 0)
        {
            throw new FileNotFoundException($"no such file or folder: {string.Join(", ", missing)}");
        }

        var reader = new DocumentReader();
        var pipeline = new ExtractionPipeline(lexicons);
        var originals = new List<(string Name, string Text, int Sentences)>();
        foreach (var file in files)
        {
            if (reader.Read(file).Document is { } document)
            {
                originals.Add((Path.GetFileNameWithoutExtension(file), document.Text, pipeline.Extract(document.Text, "count").Sentences.Count));
            }
        }

        if (originals.Count == 0 || originals.Sum(o => o.Sentences) == 0)
        {
            throw new InvalidDataException("the corpus has no readable sentences");
        }

        var corpus = new List<GeneratedDocument>();
        var total = 0;
        for (var copy = 0; total < sentences; copy++)
        {
            foreach (var (name, text, count) in originals)
            {
                corpus.Add(new GeneratedDocument($"{name}-{copy:D5}.txt", $"{text}\n\nCopy {copy + 1}.\n", count + 1));
                total += count + 1;
                if (total >= sentences)
                {
                    break;
                }
            }
        }

        return corpus;
    }
}
