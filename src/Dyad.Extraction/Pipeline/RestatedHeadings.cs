using Dyad.Core.Events;

namespace Dyad.Extraction.Pipeline;

/// <summary>
/// A headline, heading or caption that restates an event of the body is the same event, coded once: in the body,
/// which says it fully and dates it. An event of a heading line is dropped when some body sentence of the document
/// codes an event between the same two countries in the same quad class; a heading event the body never restates
/// is kept.
/// </summary>
internal static class RestatedHeadings
{
    public static void Remove(List<CodedEvent> events, IReadOnlySet<int> headingSentences)
    {
        if (headingSentences.Count == 0)
        {
            return;
        }

        var body = new HashSet<(string, string, Core.Cameo.QuadClass)>();
        foreach (var e in events)
        {
            if (!headingSentences.Contains(e.SentenceIndex))
            {
                body.Add(Key(e));
            }
        }

        events.RemoveAll(e => headingSentences.Contains(e.SentenceIndex) && body.Contains(Key(e)));
    }

    private static (string, string, Core.Cameo.QuadClass) Key(CodedEvent e)
    {
        var a = e.Source.Country;
        var b = e.Target?.Country ?? string.Empty;
        return string.CompareOrdinal(a, b) <= 0 ? (a, b, e.Cameo.Quad) : (b, a, e.Cameo.Quad);
    }
}
