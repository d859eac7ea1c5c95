using System.Threading.RateLimiting;
using Dyad.Analysis.Index;
using Dyad.Analysis.Model;
using Dyad.Extraction.Pipeline;
using Dyad.Web.Api;
using Dyad.Web.Infrastructure;
using Dyad.Web.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dyad.Web;

/// <summary>
/// The Dyad server: a minimal API over the store (documents, events, series, eras, triangle, conflicts,
/// chronology, actors, network, uploads) documented at /openapi/v1.json, and the page that uses it, on Kestrel.
/// Answers are JSON, errors ProblemDetails; document text is only ever sent as data for the page to show as text.
/// </summary>
public static class DyadWeb
{
    public const string WritePolicy = "writes";

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static WebApplication Build(WebOptions options, Action<ILoggingBuilder>? logging = null)
    {
        var lexicons = Lexicons.Load(options.Data);
        var stores = new StorePool(options.Database);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        // A line per request at Information costs more than answering it; the host's own start and stop lines stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (logging is not null)
        {
            logging(builder.Logging);
        }

        var cache = new AnswerCache(options.CacheFor, new StoreFingerprint(options.Database).Read);
        var names = ActorNames.Load(lexicons.DataDirectory);
        var stances = Stance.Load(Path.Combine(lexicons.DataDirectory, "analysis", "stances.tsv"));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(lexicons);
        builder.Services.AddSingleton(stores);
        builder.Services.AddSingleton(cache);
        builder.Services.AddSingleton(new ApiContext(stores, cache, lexicons, names, stances));
        builder.Services.AddSingleton(new StaticAssets());
        builder.Services.AddSingleton<UploadQueue>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<UploadQueue>());
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = options.MaxUploadBytes;
            o.ValueCountLimit = 200;
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
                Client(http), _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ReadsPerTenSeconds, Window = TimeSpan.FromSeconds(10) }));
            limiter.AddPolicy(WritePolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                Client(http), _ => new FixedWindowRateLimiterOptions { PermitLimit = options.WritesPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = async (context, token) =>
            {
                await Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    "this client has made too many requests; wait and try again").ConfigureAwait(false);
            };
        });

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(stores.Dispose);
        app.Use(SecurityHeaders);
        app.UseMiddleware<ProblemMiddleware>();
        app.UseStatusCodePages(async context =>
        {
            var response = context.HttpContext.Response;
            if (!response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                await Problems.WriteAsync(context.HttpContext, response.StatusCode, ReasonOf(response.StatusCode), null).ConfigureAwait(false);
            }
        });
        app.UseRateLimiter();
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            {
                var assets = http.RequestServices.GetRequiredService<StaticAssets>();
                if (!http.Request.Path.StartsWithSegments("/api") && await assets.TryServeAsync(http).ConfigureAwait(false))
                {
                    return;
                }
            }

            await next(http).ConfigureAwait(false);
        });

        app.MapOpenApi();
        ReadEndpoints.Map(app);
        WriteEndpoints.Map(app, options);
        return app;
    }

    /// <summary>True for an address on loopback (127.0.0.0/8, ::1, localhost); wildcards and other hosts are not.</summary>
    public static bool IsLoopbackUrl(string url) => WriteGuard.IsLoopbackUrl(url);

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Set as the answer starts, so error answers written after a reset carry them too.</summary>
    private static Task SecurityHeaders(HttpContext http, Func<Task> next)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next();
    }

    private static string ReasonOf(int status) => status switch
    {
        404 => "Not found",
        405 => "Method not allowed",
        413 => "Request too large",
        415 => "Unsupported media type",
        _ => "Error",
    };
}
