using Dyad.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dyad.Web.Infrastructure;

/// <summary>Writes errors as RFC 9457 problem details.</summary>
internal static class Problems
{
    public static async Task WriteAsync(HttpContext http, int status, string title, string? detail)
    {
        http.Response.StatusCode = status;
        var service = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await service.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = http.Request.Path },
        }).ConfigureAwait(false);
    }
}

/// <summary>Turns what an endpoint refuses into the matching 4xx answer, and anything unexpected into a plain 500.</summary>
internal sealed class ProblemMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<ProblemMiddleware> _log;

    public ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> log)
    {
        _next = next;
        _log = log;
    }

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await _next(http).ConfigureAwait(false);
        }
        catch (Exception ex) when (!http.Response.HasStarted && ex is not OperationCanceledException)
        {
            var (status, title, detail) = ex switch
            {
                BadInputException e => (StatusCodes.Status400BadRequest, "Bad input", e.Message),
                NotFoundException e => (StatusCodes.Status404NotFound, "Not found", e.Message),
                UnauthorizedException e => (StatusCodes.Status401Unauthorized, "API key required", e.Message),
                ForbiddenException e => (StatusCodes.Status403Forbidden, "Forbidden", e.Message),
                ReadOnlyStoreException e => (StatusCodes.Status409Conflict, "Read-only store", e.Message),
                UnsupportedMediaException e => (StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", e.Message),
                BadHttpRequestException e => (e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request", e.Message),
                InvalidDataException e => (StatusCodes.Status400BadRequest, "Bad request", e.Message),
                _ => (StatusCodes.Status500InternalServerError, "Server error", "the server could not answer; see its log"),
            };
            if (status >= 500)
            {
                _log.LogError(ex, "request {Path} failed", http.Request.Path);
            }

            http.Response.Clear();
            await Problems.WriteAsync(http, status, title, detail).ConfigureAwait(false);
        }
    }
}
