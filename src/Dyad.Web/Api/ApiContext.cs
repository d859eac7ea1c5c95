using System.Text.Json;
using Dyad.Analysis;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Analysis.Reports;
using Dyad.Core.Actors;
using Dyad.Core.Cameo;
using Dyad.Extraction.Pipeline;
using Dyad.Storage;
using Dyad.Web.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Dyad.Web.Api;

/// <summary>What every endpoint shares: the store's connections, the answer cache, and the knowledge to name things.</summary>
public sealed class ApiContext
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    };

    public ApiContext(StorePool stores, AnswerCache cache, Lexicons lexicons, ActorNames names, IReadOnlyList<Stance> stances)
    {
        Stores = stores;
        Cache = cache;
        Lexicons = lexicons;
        Names = names;
        Stances = stances;
        Reports = new ReportMapper(names, code => Cameo.TryGet(code, out var c) ? c.Name : code);
        _stateCodes = new Lazy<StateCodes>(() => StateCodes.Load(Path.Combine(lexicons.DataDirectory, "actors", "state-codes.tsv")));
    }

    private readonly Lazy<StateCodes> _stateCodes;

    /// <summary>COW and Gleditsch-Ward numbers by date, for panels.</summary>
    public StateCodes StateCodes => _stateCodes.Value;

    public StorePool Stores { get; }

    public AnswerCache Cache { get; }

    public Lexicons Lexicons { get; }

    public CameoTable Cameo => Lexicons.Cameo;

    public ActorNames Names { get; }

    public IReadOnlyList<Stance> Stances { get; }

    public ReportMapper Reports { get; }

    /// <summary>The answer for this request, from the cache or computed with a leased store, as JSON.</summary>
    public IResult Answer(HttpContext http, Func<IEventStore, object> compute)
    {
        var key = http.Request.Path.Value + http.Request.QueryString.Value;
        var body = Cache.GetOrAdd(key, () =>
        {
            using var lease = Stores.Rent();
            return JsonSerializer.SerializeToUtf8Bytes(compute(lease.Store), Json);
        });
        return Results.Bytes(body, "application/json; charset=utf-8");
    }

    /// <summary>A file answer (an export) for this request, from the cache or written with a leased store.</summary>
    public IResult AnswerFile(HttpContext http, string contentType, string fileName, Action<IEventStore, Stream> write)
    {
        var key = http.Request.Path.Value + http.Request.QueryString.Value;
        var body = Cache.GetOrAdd(key, () =>
        {
            using var lease = Stores.Rent();
            using var buffer = new MemoryStream();
            write(lease.Store, buffer);
            return buffer.ToArray();
        });
        return Results.File(body, contentType, fileName);
    }

    public DyadAnalyzer Analyzer(IEventStore store) => new(store, Stances);
}

/// <summary>Clear 400 answers for input the API cannot use.</summary>
public sealed class BadInputException(string message) : Exception(message);

internal static class Inputs
{
    public static DyadSpec Dyad(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BadInputException("the dyad parameter is required: two actor codes as A-B (either direction) or A>B, e.g. PAK-RUS");
        }

        try
        {
            return DyadSpec.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new BadInputException(ex.Message);
        }
    }

    public static string Actor(string text, string parameter)
    {
        var code = text.Trim().ToUpperInvariant();
        if (code.Length is < 2 or > 8 || !code.All(char.IsAsciiLetterOrDigit))
        {
            throw new BadInputException($"{parameter} '{text}' is not an actor code (letters and digits, e.g. PAK or PAKMIL)");
        }

        return code;
    }

    public static IReadOnlyList<string> Actors(string? text, string parameter) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(a => Actor(a, parameter)).Distinct().ToList();

    public static void Years(int? from, int? to)
    {
        if (from is < -3000 or > 3000 || to is < -3000 or > 3000)
        {
            throw new BadInputException("years must lie between -3000 and 3000");
        }

        if (from > to)
        {
            throw new BadInputException($"from ({from}) is after to ({to})");
        }
    }
}
