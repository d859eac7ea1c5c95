using Dyad.Analysis;
using Dyad.Analysis.Chronology;
using Dyad.Analysis.Eras;
using Dyad.Analysis.Exports;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Analysis.Panels;
using Dyad.Analysis.Reports;
using Dyad.Analysis.Series;
using Dyad.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Web.Api;

/// <summary>The read side of the API: open to everyone, cached for a few seconds, JSON with snake_case names.</summary>
internal static class ReadEndpoints
{
    private const int DefaultLimit = 500;
    private const int MaxLimit = 5000;

    /// <summary>Rows a download holds at most: all of a dyad's events on any store a page serves.</summary>
    private const int ExportLimit = 1_000_000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("read");

        api.MapGet("/health", (ApiContext api, HttpContext http) => api.Answer(http, store =>
        {
            var stats = store.Stats();
            return new HealthDto("ok", stats.Documents, stats.Sentences, stats.Events, api.Stores.WhyReadOnly is null);
        })).WithSummary("Is the server up, and how much does its store hold").Produces<HealthDto>();

        api.MapGet("/documents", (ApiContext api, HttpContext http) =>
            api.Answer(http, store => store.ListDocuments().Select(DocumentSummary.From).ToList()))
            .WithSummary("Every stored document").Produces<List<DocumentSummary>>();

        api.MapGet("/documents/{id:long}", (long id, ApiContext api, HttpContext http) => api.Answer(http, store =>
        {
            var doc = store.FindById(id) ?? throw new NotFoundException($"no document with id {id}");
            var text = store.DocumentText(id) ?? string.Empty;
            var events = store.QueryEvents(new EventQuery { Document = doc.Path }).Select(e => EventDto.From(e, api.Cameo)).ToList();
            return new DocumentDetail(doc.Id, doc.Name, doc.Title, doc.Url, doc.Published, text, events);
        })).WithSummary("One document with its text and the character offsets of its events' sentences and words")
            .Produces<DocumentDetail>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/events", (ApiContext api, HttpContext http, string? dyad, string? actor, int? from, int? to, string? code, string? quad, string? doc, int? limit,
            string? format) =>
        {
            if (format is null or "json")
            {
                var page = EventQueryOf(dyad, actor, from, to, code, quad, doc, limit);
                return api.Answer(http, store => store.QueryEvents(page).Select(e => EventDto.From(e, api.Cameo)).ToList());
            }

            return EventExport(api, http, EventQueryOf(dyad, actor, from, to, code, quad, doc, limit, ExportLimit, ExportLimit), format);
        }).WithSummary("Stored events, with the same filters as 'dyad events' (limit defaults to 500, at most 5000); format=csv, tsv, jsonl, gdelt, icews, plover or parquet downloads them as that file (up to 1,000,000)")
            .Produces<List<EventDto>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/events/{id}", (string id, ApiContext api, HttpContext http) =>
        {
            if (id.Length is < 4 or > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new BadInputException($"'{id}' is not an event id");
            }

            return api.Answer(http, store => store.QueryEvents(new EventQuery { Id = id }).FirstOrDefault() is { } e
                ? EventDto.From(e, api.Cameo)
                : throw new NotFoundException($"no event with id {id}"));
        }).WithSummary("One event").Produces<EventDto>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/series", (ApiContext api, HttpContext http, string? dyad, string? by, int? from, int? to, bool? raw, bool? direct) =>
        {
            var spec = Inputs.Dyad(dyad);
            Inputs.Years(from, to);
            var unit = (by ?? "year").ToLowerInvariant() switch
            {
                "year" => PeriodUnit.Year,
                "month" => PeriodUnit.Month,
                "decade" => PeriodUnit.Decade,
                _ => throw new BadInputException($"by '{by}' must be year, month or decade"),
            };
            return api.Answer(http, store =>
            {
                var analyzer = api.Analyzer(store);
                var data = analyzer.Load(spec);
                return analyzer.Series(data, spec, unit, from, to, raw ?? false, direct == true ? IndexOptions.DirectOnly : null).Select(ReportMapper.Series).ToList();
            });
        }).WithSummary("Per period: events by QuadClass, Goldstein sum and mean, net cooperation, documents and the relationship index")
            .Produces<List<SeriesRow>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/eras", (ApiContext api, HttpContext http, string? dyad, double? penalty, [FromQuery(Name = "min_years")] int? minYears, bool? direct) =>
        {
            var spec = Inputs.Dyad(dyad);
            if (penalty is { } p && !(p >= 0 && p <= 100) || minYears is < 1 or > 50)
            {
                throw new BadInputException("penalty must lie between 0 and 100, min_years between 1 and 50");
            }

            var options = new EraOptions { PenaltyFactor = penalty ?? new EraOptions().PenaltyFactor, MinYears = minYears ?? new EraOptions().MinYears };
            return api.Answer(http, store =>
            {
                var analyzer = api.Analyzer(store);
                return analyzer.Eras(analyzer.Load(spec), spec, options, direct == true ? IndexOptions.DirectOnly : null).Select(ReportMapper.Era).ToList();
            });
        }).WithSummary("Eras and turning points of the relationship (PELT on the yearly index)").Produces<List<EraReport>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/index", (ApiContext api, HttpContext http, string? dyad, bool? direct) =>
        {
            var spec = Inputs.Dyad(dyad);
            return api.Answer(http, store =>
            {
                var analyzer = api.Analyzer(store);
                return analyzer.Index(analyzer.Load(spec), spec, direct == true ? IndexOptions.DirectOnly : null)
                    .Select(y => new IndexYearDto(y.Year, Math.Round(y.Value, 2), Math.Round(y.Weight, 2), y.Evidence.Count)).ToList();
            });
        }).WithSummary("The yearly relationship index with the weight of evidence behind each year").Produces<List<IndexYearDto>>();

        api.MapGet("/triangle", (ApiContext api, HttpContext http, string? a, string? b, string? with) =>
        {
            if (a is null || b is null)
            {
                throw new BadInputException("a and b are required: the two sides of the dyad, e.g. a=PAK&b=RUS");
            }

            var spec = Inputs.Dyad($"{Inputs.Actor(a, "a")}-{Inputs.Actor(b, "b")}");
            var parties = Inputs.Actors(with, "with");
            if (parties.Count is 0 or > 12)
            {
                throw new BadInputException("with takes one to twelve actor codes separated by commas, e.g. USA,IND,CHN,AFG");
            }

            return api.Answer(http, store =>
            {
                var analyzer = api.Analyzer(store);
                return ReportMapper.Triangle(analyzer.Triangle(analyzer.Load(spec, [.. parties]), spec, parties));
            });
        }).WithSummary("Third parties: per era the tone of every edge and the balance of every triangle; what moves the dyad, ranked")
            .Produces<TriangleReportModel>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/conflicts", (ApiContext api, HttpContext http, string? dyad) =>
        {
            var spec = dyad is null ? null : Inputs.Dyad(dyad);
            return api.Answer(http, store =>
            {
                var analyzer = api.Analyzer(store);
                var data = spec is null ? analyzer.LoadAll() : analyzer.Load(spec);
                return DyadAnalyzer.Conflicts(data, spec).Select(api.Reports.Conflict).ToList();
            });
        }).WithSummary("Where sources disagree on a happening's date, actors, or a claim, with each side's quotes").Produces<List<ConflictReport>>();

        api.MapGet("/chronology", (ApiContext api, HttpContext http, string? dyad, string? format) =>
        {
            var spec = Inputs.Dyad(dyad);
            if (format is null or "json")
            {
                return api.Answer(http, store => DyadAnalyzer.Chronology(api.Analyzer(store).LoadWithImported(spec), spec).Select(api.Reports.Chronology).ToList());
            }

            var (kind, contentType, extension) = format switch
            {
                "md" or "markdown" => (ChronologyFormat.Md, "text/markdown; charset=utf-8", "md"),
                "html" => (ChronologyFormat.Html, "text/html; charset=utf-8", "html"),
                "csv" => (ChronologyFormat.Csv, "text/csv; charset=utf-8", "csv"),
                _ => throw new BadInputException($"format '{format}' is not one of json, md, html, csv"),
            };
            return api.AnswerFile(http, contentType, $"chronology-{FileNameOf(spec)}.{extension}", (store, stream) =>
            {
                var entries = DyadAnalyzer.Chronology(api.Analyzer(store).LoadWithImported(spec), spec);
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                ChronologyWriter.Write(writer, api.Reports, api.Names.Title(spec), entries, kind);
            });
        }).WithSummary("The deduplicated timeline: one row per happening with every source and any disagreement; format=md, html or csv downloads it as that file")
            .Produces<List<ChronologyRow>>();

        api.MapGet("/panel", (ApiContext api, HttpContext http, string? dyad, string? by, int? from, int? to, bool? fill, string? format) =>
        {
            var spec = Inputs.Dyad(dyad);
            Inputs.Years(from, to);
            var byMonth = by switch
            {
                null or "year" => false,
                "month" => true,
                _ => throw new BadInputException($"by '{by}' is not year or month"),
            };
            var parquet = format switch
            {
                null or "csv" => false,
                "parquet" => true,
                _ => throw new BadInputException($"format '{format}' is not one of csv, parquet"),
            };
            var unit = byMonth ? "month" : "year";
            return api.AnswerFile(http, parquet ? "application/vnd.apache.parquet" : "text/csv; charset=utf-8",
                $"panel-{FileNameOf(spec)}-{unit}.{(parquet ? "parquet" : "csv")}", (store, stream) =>
            {
                var cells = DyadPanel.Build(store, api.StateCodes, byMonth, spec.Directed, from, to, fill == true)
                    .Where(c => spec.Matches(c.Source, c.Target, symmetric: !spec.Directed)).ToList();
                if (parquet)
                {
                    PanelWriter.WriteParquetAsync(cells, byMonth, stream).GetAwaiter().GetResult();
                    return;
                }

                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                PanelWriter.WriteCsv(cells, byMonth, writer);
            });
        }).WithSummary("The dyad's panel, one row per year (by=month: per month) as 'dyad panel' writes it, with COW and GW numbers; format=csv or parquet");

        api.MapGet("/actors", (ApiContext api, HttpContext http, string? q) =>
        {
            var needle = q?.Trim() ?? string.Empty;
            if (needle.Length > 64)
            {
                throw new BadInputException("q is at most 64 characters");
            }

            return api.Answer(http, store => store.ActorCounts()
                .Select(a => new ActorDto(a.Code, api.Names.Of(a.Code), a.Events))
                .Where(a => needle.Length == 0 || a.Code.Contains(needle, StringComparison.OrdinalIgnoreCase) || a.Name.Contains(needle, StringComparison.OrdinalIgnoreCase))
                .Take(200).ToList());
        }).WithSummary("Actors that take part in stored events, most active first; q searches codes and names").Produces<List<ActorDto>>();

        api.MapGet("/network", (ApiContext api, HttpContext http, int? from, int? to, int? limit) =>
        {
            Inputs.Years(from, to);
            var top = Math.Clamp(limit ?? 30, 2, 200);
            return api.Answer(http, store =>
            {
                var pairs = store.PairTotals(from, to);
                var nodes = pairs.SelectMany(p => new[] { (p.A, p.Events), (p.B, p.Events) }).GroupBy(x => x.Item1)
                    .Select(g => new NetworkNode(g.Key, api.Names.Of(g.Key), g.Sum(x => x.Events))).OrderByDescending(n => n.Events).Take(top).ToList();
                var kept = nodes.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
                var edges = pairs.Where(p => kept.Contains(p.A) && kept.Contains(p.B))
                    .Select(p => new NetworkEdge(p.A, p.B, p.Events, Math.Round(p.GoldsteinSum / p.Events, 2))).ToList();
                return new NetworkDto(from, to, nodes, edges);
            });
        }).WithSummary("The actors of a period and the tone between them (mean Goldstein per pair)").Produces<NetworkDto>();
    }

    private static readonly Dictionary<string, (EventFormat Format, string ContentType, string Extension)> ExportFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csv"] = (EventFormat.Csv, "text/csv; charset=utf-8", "csv"),
        ["tsv"] = (EventFormat.Tsv, "text/tab-separated-values; charset=utf-8", "tsv"),
        ["jsonl"] = (EventFormat.Jsonl, "application/x-ndjson; charset=utf-8", "jsonl"),
        ["gdelt"] = (EventFormat.Gdelt, "text/tab-separated-values; charset=utf-8", "gdelt.tsv"),
        ["icews"] = (EventFormat.Icews, "text/tab-separated-values; charset=utf-8", "icews.tab"),
        ["plover"] = (EventFormat.Plover, "application/x-ndjson; charset=utf-8", "plover.jsonl"),
        ["parquet"] = (EventFormat.Parquet, "application/vnd.apache.parquet", "parquet"),
    };

    /// <summary>"PAK-RUS" or "PAK-to-RUS", safe in a file name.</summary>
    private static string FileNameOf(DyadSpec spec) => spec.Directed ? $"{spec.A}-to-{spec.B}" : $"{spec.A}-{spec.B}";

    private static IResult EventExport(ApiContext api, HttpContext http, EventQuery query, string format)
    {
        if (!ExportFormats.TryGetValue(format, out var export))
        {
            throw new BadInputException($"format '{format}' is not one of json, {string.Join(", ", ExportFormats.Keys)}");
        }

        return api.AnswerFile(http, export.ContentType, "events." + export.Extension, (store, stream) =>
        {
            var events = store.QueryEvents(query);
            if (export.Format == EventFormat.Parquet)
            {
                ParquetEvents.WriteAsync(events, stream).GetAwaiter().GetResult();
                return;
            }

            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            new EventWriter(api.Cameo, writer, 200, api.Names).Write(events, export.Format);
        });
    }

    internal static EventQuery EventQueryOf(string? dyad, string? actor, int? from, int? to, string? code, string? quad, string? doc, int? limit,
        int defaultLimit = DefaultLimit, int maxLimit = MaxLimit)
    {
        Inputs.Years(from, to);
        var query = new EventQuery
        {
            Actor = actor is null ? null : Inputs.Actor(actor, "actor"),
            FromYear = from,
            ToYear = to,
            Document = doc,
            Limit = Math.Clamp(limit ?? defaultLimit, 1, maxLimit),
        };
        if (dyad is not null)
        {
            var spec = Inputs.Dyad(dyad);
            query = query with { DyadA = spec.A, DyadB = spec.B, Directed = spec.Directed };
        }

        if (code is not null)
        {
            query = code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit) ? query with { CodePrefix = code }
                : throw new BadInputException($"code '{code}' is not a CAMEO code or prefix (two to four digits)");
        }

        if (quad is not null)
        {
            var quads = new List<int>();
            foreach (var part in quad.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var range = part.Split('-');
                if (range.Length is 1 or 2 && range.All(r => int.TryParse(r, out var q) && q is >= 1 and <= 4))
                {
                    var lo = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
                    var hi = int.Parse(range[^1], System.Globalization.CultureInfo.InvariantCulture);
                    quads.AddRange(Enumerable.Range(Math.Min(lo, hi), Math.Abs(hi - lo) + 1));
                }
                else
                {
                    throw new BadInputException($"quad '{quad}' must list QuadClasses 1 to 4: 1-4, 3, or 1,2");
                }
            }

            query = query with { Quads = quads.Distinct().ToList() };
        }

        if (doc is { Length: > 260 })
        {
            throw new BadInputException("doc is at most 260 characters");
        }

        return query;
    }
}

public sealed record IndexYearDto(int Year, double Value, double Weight, int Evidence);

/// <summary>404 answers for things that are not there.</summary>
public sealed class NotFoundException(string message) : Exception(message);
