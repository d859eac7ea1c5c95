using Dyad.Analysis.Model;
using Dyad.Core.Dates;

namespace Dyad.Analysis.Reconciliation;

/// <summary>
/// One real happening as reported by one or more sentences. Its date is the one most documents support (each
/// document counts once, with its most precise date), and its code, actors and tone are those of its most
/// common code among the reports.
/// </summary>
public sealed class EventCluster
{
    public EventCluster(List<ObservedEvent> members)
    {
        Members = members;
        var byCode = members.GroupBy(m => m.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        Representative = byCode.OrderBy(m => m.Record.Date is null).ThenByDescending(m => m.Date?.Precision).First();
        DocumentDates = members.GroupBy(m => m.Doc, StringComparer.Ordinal)
            .Select(g => g.Where(m => m.Range is not null).OrderByDescending(m => m.Date!.Value.Precision).FirstOrDefault() ?? g.First())
            .ToList();
        (Date, Support) = Consensus(DocumentDates);
    }

    public int Id { get; internal set; }

    public List<ObservedEvent> Members { get; }

    /// <summary>The report that speaks for the cluster in series and chronologies.</summary>
    public ObservedEvent Representative { get; }

    /// <summary>One report per document: the document's most precise date for this happening.</summary>
    public IReadOnlyList<ObservedEvent> DocumentDates { get; }

    /// <summary>The date most documents support, null when no report dates it.</summary>
    public PartialDate? Date { get; }

    /// <summary>How many documents' dates agree with <see cref="Date"/>.</summary>
    public int Support { get; }

    public int Documents => DocumentDates.Count;

    public string Code => Representative.Code;

    public double Goldstein => Representative.Record.Goldstein;

    public int Quad => Representative.Record.Quad;

    public DateRange? Range => Date is { } d ? DateRange.Of(d) : null;

    /// <summary>True when some documents' dates do not overlap others'.</summary>
    public bool DatesDisagree
    {
        get
        {
            for (var i = 0; i < DocumentDates.Count; i++)
            {
                for (var j = i + 1; j < DocumentDates.Count; j++)
                {
                    if (DocumentDates[i].Range is { } a && DocumentDates[j].Range is { } b && !a.Overlaps(b))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    public static int ByDate(EventCluster a, EventCluster b)
    {
        var ra = a.Range;
        var rb = b.Range;
        if (ra is null || rb is null)
        {
            return (ra is null).CompareTo(rb is null);
        }

        var c = ra.Value.FirstMonth.CompareTo(rb.Value.FirstMonth);
        return c != 0 ? c : string.CompareOrdinal(a.Representative.Record.Id, b.Representative.Record.Id);
    }

    private static (PartialDate? Date, int Support) Consensus(IReadOnlyList<ObservedEvent> perDocument)
    {
        PartialDate? best = null;
        var bestSupport = 0;
        foreach (var candidate in perDocument)
        {
            if (candidate.Range is not { } range)
            {
                continue;
            }

            // Most documents first; then the more precise date; then the earlier.
            var support = perDocument.Count(other => other.Range is { } r && r.Overlaps(range));
            var date = candidate.Date!.Value;
            if (support > bestSupport || support == bestSupport && best is { } b
                && (date.Precision > b.Precision || date.Precision == b.Precision && date.CompareTo(b) < 0))
            {
                best = date;
                bestSupport = support;
            }
        }

        return (best, bestSupport);
    }

    public override string ToString() => $"#{Id} {Date} {Representative.Record.Source}>{Representative.Record.Target} {Code} x{Members.Count} ({Documents} docs)";
}
