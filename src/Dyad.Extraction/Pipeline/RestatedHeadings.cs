using Dyad.Core.Events;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// A headline, heading or caption that restates an event of the body is the same event, coded once: in the body,
/// which says it fully and dates it. An event of a heading line is dropped when some body sentence of the document
/// codes an event between the same two countries in the same quad class, in the same year where both are dated (a
/// photo caption "taken on June 29, 2019" of a meeting is not the body's meeting of 2016); a heading event the body
/// never restates is kept.
/// </summary>
internal static class RestatedHeadings
{
    public static void Remove(List<CodedEvent> events, IReadOnlySet<int> headingSentences)
    {
        if (headingSentences.Count == 0)
        {
            return;
        }

        var body = new Dictionary<(string, string, Core.Cameo.QuadClass), List<int?>>();
        foreach (var e in events)
        {
            if (!headingSentences.Contains(e.SentenceIndex))
            {
                var key = Key(e);
                if (!body.TryGetValue(key, out var years))
                {
                    body[key] = years = [];
                }

                years.Add(e.When?.Start.Year);
            }
        }

        events.RemoveAll(e => headingSentences.Contains(e.SentenceIndex) && body.TryGetValue(Key(e), out var years)
            && (e.When is not { } when || years.Exists(y => y is null || y == when.Start.Year)));
    }

    private static (string, string, Core.Cameo.QuadClass) Key(CodedEvent e)
    {
        var a = e.Source.Country;
        var b = e.Target?.Country ?? string.Empty;
        return string.CompareOrdinal(a, b) <= 0 ? (a, b, e.Cameo.Quad) : (b, a, e.Cameo.Quad);
    }
}
