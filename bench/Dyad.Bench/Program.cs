using System.CommandLine;
using Dyad.Bench;

var sentences = new Option<int>("--sentences") { Description = "Sentences in the generated corpus", DefaultValueFactory = _ => 1_000_000 };
var runs = new Option<int>("--runs") { Description = "Measured runs per stage (the median is reported)", DefaultValueFactory = _ => 5 };
var workers = new Option<int>("--workers") { Description = "Extraction workers in the ingest stage", DefaultValueFactory = _ => 1 };
var allCores = new Option<bool>("--all-cores") { Description = "Do not pin the process to one core" };
var skipIngest = new Option<bool>("--skip-ingest") { Description = "Measure extraction only" };
var data = new Option<string?>("--data") { Description = "Lexicon folder (default: the data/ beside the program)" };
var seed = new Option<int>("--seed") { Description = "Seed of the corpus generator", DefaultValueFactory = _ => 1947 };
var corpus = new Option<string[]>("--corpus") { Description = "Files or folders of real documents to repeat up to --sentences, instead of generated text", AllowMultipleArgumentsPerToken = true };

var root = new RootCommand("Dyad throughput benchmark: raw text to coded events, with and without SQLite writes, on a generated corpus")
{
    sentences, runs, workers, allCores, skipIngest, data, seed, corpus,
};
root.SetAction(parse => new Benchmark(new BenchmarkOptions(
    parse.GetValue(sentences), parse.GetValue(runs), parse.GetValue(workers), !parse.GetValue(allCores),
    parse.GetValue(skipIngest), parse.GetValue(data), parse.GetValue(seed), parse.GetValue(corpus) ?? [])).Run());
var events = new Option<int>("--events") { Description = "Events in the store", DefaultValueFactory = _ => 1_000_000 };
var analysisRuns = new Option<int>("--runs") { Description = "Measured runs per measurement (the median is reported)", DefaultValueFactory = _ => 5 };
var store = new Option<string?>("--store") { Description = "Keep the generated store in this file (reused when it already holds enough events)" };
var reconcile = new Option<int>("--reconcile") { Description = "Events reconciled at once", DefaultValueFactory = _ => 100_000 };
var analysisData = new Option<string?>("--data") { Description = "Lexicon folder (default: the data/ beside the program)" };
var analysis = new Command("analysis", "Series, eras and triangle for one dyad over a large store, and reconciliation of many events")
{
    events, analysisRuns, store, reconcile, analysisData,
};
analysis.SetAction(parse => new AnalysisBenchmark(new AnalysisBenchmarkOptions(parse.GetValue(events), parse.GetValue(analysisRuns), parse.GetValue(store),
    parse.GetValue(analysisData), 1947, parse.GetValue(reconcile))).Run());
root.Subcommands.Add(analysis);
var inputs = new Option<int>("--inputs") { Description = "Hostile documents to generate and code", DefaultValueFactory = _ => 100_000 };
var fuzzSeed = new Option<int>("--seed") { Description = "Seed of the hostile-input generator", DefaultValueFactory = _ => 1 };
var maxDepth = new Option<int>("--max-depth") { Description = "Deepest HTML nesting generated (Markdown: a tenth of it)", DefaultValueFactory = _ => 100_000 };
var fuzzData = new Option<string?>("--data") { Description = "Lexicon folder (default: the data/ beside the program)" };
var keep = new Option<string?>("--keep") { Description = "Write the failing and the slow (over 250 ms) inputs into this folder" };
var from = new Option<int>("--from") { Description = "Generate but do not code the inputs before this index (to reproduce one)", DefaultValueFactory = _ => 0 };
var fuzz = new Command("fuzz", "The long fuzz run: hostile documents through reading, extraction and the JSONL writer; exits 1 on any failure")
{
    inputs, fuzzSeed, maxDepth, fuzzData, keep, from,
};
fuzz.SetAction(parse => new FuzzRun(new FuzzOptions(parse.GetValue(inputs), parse.GetValue(fuzzSeed), parse.GetValue(maxDepth), parse.GetValue(fuzzData), parse.GetValue(keep), parse.GetValue(from))).Run());
root.Subcommands.Add(fuzz);
var scaleStore = new Option<string>("--db") { Description = "The store: a SQLite file or clickhouse://HOST:PORT,.../DATABASE", Required = true };
var scaleEvents = new Option<long>("--events") { Description = "Events the store is filled up to", DefaultValueFactory = _ => 10_000_000 };
var scaleLoad = new Option<int>("--load") { Description = "Events then imported from .NET to measure the load rate", DefaultValueFactory = _ => 1_000_000 };
var scaleRuns = new Option<int>("--runs") { Description = "Measured runs per measurement (the median is reported)", DefaultValueFactory = _ => 5 };
var scaleData = new Option<string?>("--data") { Description = "Lexicon folder (default: the data/ beside the program)" };
var scaleNoMerge = new Option<bool>("--no-merge") { Description = "Measure without merging ClickHouse's parts first (after an earlier run merged them)" };
var scale = new Command("scale", "GDELT-shaped events at scale: fill, load rate from .NET, and series, eras and triangle of one dyad")
{
    scaleStore, scaleEvents, scaleLoad, scaleRuns, scaleData, scaleNoMerge,
};
scale.SetAction(parse => new ScaleBenchmark(new ScaleBenchmarkOptions(parse.GetValue(scaleStore)!, parse.GetValue(scaleEvents), parse.GetValue(scaleLoad),
    parse.GetValue(scaleRuns), parse.GetValue(scaleData), parse.GetValue(scaleNoMerge))).Run());
root.Subcommands.Add(scale);
return root.Parse(args).Invoke();
