using Dyad.Core.Actors;
using Dyad.Core.Dates;
using Dyad.Storage;

namespace Dyad.Analysis.Model;

/// <summary>A stored event prepared for analysis: its date as a range, its countries, its root, and its words.</summary>
public sealed class ObservedEvent
{
    private HashSet<string>? _stems;
    private HashSet<string>? _triggerStems;

    public ObservedEvent(EventRecord record)
    {
        Record = record;
        Source = record.SourceCountry.Length > 0 ? record.SourceCountry : Country(record.Source);
        Target = record.TargetCountry ?? (record.Target is { } t ? Country(t) : null);
        Root = int.TryParse(record.Cameo.AsSpan(0, Math.Min(2, record.Cameo.Length)), out var root) ? root : 0;
        if (record.Date is { } text && PartialDate.TryParse(text, out var date))
        {
            Date = record.DatePrecision == "decade" ? PartialDate.OfDecade(date.Year) : date;
            Range = DateRange.Of(Date.Value);
        }

        if (record.FirstSince is { } since && PartialDate.TryParse(since, out var sinceDate))
        {
            FirstSince = sinceDate;
        }
    }

    public EventRecord Record { get; }

    /// <summary>Country-level source (or the organisation code).</summary>
    public string Source { get; }

    public string? Target { get; }

    public int Root { get; }

    public PartialDate? Date { get; }

    public DateRange? Range { get; }

    public PartialDate? FirstSince { get; }

    public string Code => Record.Cameo;

    public string Doc => Record.Doc;

    public bool Symmetric => Record.Symmetric;

    /// <summary>Neither denied nor only supposed.</summary>
    public bool Asserted => !Record.Negated && !Record.Hypothetical;

    /// <summary>The sentence's content words, without the words that name the two actors (those are shared by definition).</summary>
    public HashSet<string> Stems => _stems ??= ContentStems();

    /// <summary>The words that carry the event ("invaded", "paid a visit"), cut like <see cref="Stems"/>.</summary>
    public HashSet<string> TriggerStems => _triggerStems ??= Words.Stems(TriggerText);

    public string TriggerText
    {
        get
        {
            var from = Record.TriggerStart - Record.Start;
            var length = Record.TriggerEnd - Record.TriggerStart;
            return from >= 0 && length > 0 && from + length <= Record.Sentence.Length ? Record.Sentence.Substring(from, length) : string.Empty;
        }
    }

    private HashSet<string> ContentStems()
    {
        var stems = Words.Stems(Record.Sentence);
        stems.ExceptWith(Words.Stems(Record.SourceText));
        if (Record.TargetText is { } target)
        {
            stems.ExceptWith(Words.Stems(target));
        }

        return stems;
    }

    /// <summary>True when either side is a rebel, insurgent, separatist or opposition group ("AFGREB", "PAKSEP").</summary>
    public bool InvolvesOpposition => IsOpposition(Record.Source) || Record.Target is { } t && IsOpposition(t);

    public static bool IsOpposition(string code) =>
        code.Length == 6 && Actor.OppositionSuffixes.Contains(code[3..]);

    private static string Country(string code) => code.Length == 6 && char.IsAsciiLetterUpper(code[3]) ? code[..3] : code;

    public override string ToString() => $"{Record.Date} {Record.Source}>{Record.Target} {Record.Cameo} [{Doc}#{Record.SentenceIndex}]";
}
