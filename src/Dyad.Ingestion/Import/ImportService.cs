using System.Diagnostics;
using Dyad.Storage;

namespace Dyad.Ingestion.Import;

/// <summary>Where an import stands, for a progress bar.</summary>
public readonly record struct ImportProgress(int FilesDone, int FilesTotal, long Rows, long Added);

/// <summary>What an import did: rows read, events new to the store and already in it, mentions, and bad rows skipped.</summary>
public sealed record ImportSummary(int Files, long Rows, long Events, long Added, long Mentions, long MentionsAdded, long BadRows, double Seconds,
    IReadOnlyList<string> Notes)
{
    public long AlreadyStored => Events - Added;

    /// <summary>0 when every row was usable, 1 when some were skipped.</summary>
    public int ExitCode => BadRows == 0 ? 0 : 1;
}

/// <summary>
/// Imports dataset files into a store in batches (one transaction each): events keyed by the dataset's own ids, so
/// files that repeat rows add them once, and GDELT mentions as the events' provenance. A bad row is reported with its
/// file and line and skipped; the run goes on.
/// </summary>
public sealed class ImportService
{
    private readonly ImportTables _tables;
    private readonly IEventStore _store;

    public ImportService(ImportTables tables, IEventStore store)
    {
        _tables = tables;
        _store = store;
    }

    public ImportSummary Run(Dataset dataset, IReadOnlyList<string> files, IProgress<ImportProgress>? progress = null, Action<string>? onNote = null)
    {
        var clock = Stopwatch.StartNew();
        var notes = new List<string>();
        void Note(string note)
        {
            notes.Add(note);
            onNote?.Invoke(note);
        }

        var icews = new IcewsReader(_tables);
        var gdelt = new GdeltReader(_tables);
        var batchSize = _store.ImportBatchSize;
        var events = new List<ImportedEvent>(batchSize);
        var mentions = new List<EventMention>(batchSize);
        long rows = 0, eventCount = 0, added = 0, mentionCount = 0, mentionsAdded = 0, bad = 0;
        var done = 0;

        void Flush()
        {
            if (events.Count > 0)
            {
                added += _store.ImportEvents(events);
                events.Clear();
            }

            if (mentions.Count > 0)
            {
                mentionsAdded += _store.AddMentions(mentions);
                mentions.Clear();
            }

            progress?.Report(new ImportProgress(done, files.Count, rows, added));
        }

        foreach (var file in files)
        {
            var read = dataset == Dataset.Gdelt ? gdelt.Read(file) : icews.Read(file);
            foreach (var row in read)
            {
                rows++;
                switch (row)
                {
                    case EventRow e:
                        eventCount++;
                        events.Add(e.Event);
                        break;
                    case MentionRow m:
                        mentionCount++;
                        mentions.Add(m.Mention);
                        break;
                    case BadRow b:
                        bad++;
                        Note($"bad row {b}");
                        break;
                }

                if (events.Count + mentions.Count >= batchSize)
                {
                    Flush();
                }
            }

            done++;
            Flush();
        }

        foreach (var country in icews.UnmappedCountries)
        {
            Note($"no ISO code for the country name '{country}' (add it to data/import/icews-countries.tsv); its actors are coded {GdeltReader.NoCountry}");
        }

        return new ImportSummary(files.Count, rows, eventCount, added, mentionCount, mentionsAdded, bad, clock.Elapsed.TotalSeconds, notes);
    }
}
