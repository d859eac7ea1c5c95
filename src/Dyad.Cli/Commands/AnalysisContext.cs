using Dyad.Analysis;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Analysis.Reports;
using Dyad.Core.Cameo;
using Dyad.Core.Data;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>What every analysis command opens: the store, the CAMEO table, actor names and alliance stances.</summary>
internal sealed class AnalysisContext : IDisposable
{
    private AnalysisContext(IEventStore store, CameoTable cameo, ActorNames names, IReadOnlyList<Stance> stances)
    {
        Store = store;
        Cameo = cameo;
        Names = names;
        Analyzer = new DyadAnalyzer(store, stances);
        Reports = new ReportMapper(names, CameoName);
    }

    public ReportMapper Reports { get; }

    public IEventStore Store { get; }

    public CameoTable Cameo { get; }

    public ActorNames Names { get; }

    public DyadAnalyzer Analyzer { get; }

    public static AnalysisContext Open(string database, string? data)
    {
        if (!EventStores.Exists(database))
        {
            throw new CliError($"no database at {Path.GetFullPath(database)}; run 'dyad ingest PATH --db {database}' first");
        }

        var root = DataDirectory.Resolve(data);
        var cameo = CameoTable.Load(Path.Combine(root, "cameo", "codes.tsv"));
        return new AnalysisContext(EventStores.OpenForReading(database), cameo, ActorNames.Load(root), Stance.Load(Path.Combine(root, "analysis", "stances.tsv")));
    }

    public static DyadSpec ParseDyad(string text)
    {
        try
        {
            return DyadSpec.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new CliError(ex.Message);
        }
    }

    public string CameoName(string code) => Cameo.TryGet(code, out var c) ? c.Name : code;

    public void Dispose() => Store.Dispose();
}
