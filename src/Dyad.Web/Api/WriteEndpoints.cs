using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dyad.Ingestion.Reading;
using Dyad.Web.Infrastructure;
using Dyad.Web.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Web.Api;

/// <summary>
/// The write side: uploads of documents (multipart files, or JSON with a name and a text), ingested in the
/// background through the same pipeline as <c>dyad ingest</c>, with progress at /api/uploads/{id}. A configured API
/// key must be presented as X-Api-Key; without one, writes are taken on loopback only.
/// </summary>
internal static class WriteEndpoints
{
    private const int MaxFiles = 100;

    public static void Map(IEndpointRouteBuilder app, WebOptions options)
    {
        var api = app.MapGroup("/api").WithTags("write");

        api.MapPost("/documents", async (HttpContext http, UploadQueue queue, StorePool stores) =>
        {
            Authorize(http, options);
            if (stores.WhyReadOnly is not null)
            {
                throw new ReadOnlyStoreException("uploads are off: the server's store is read-only; it can only be read");
            }

            var files = await ReadFilesAsync(http).ConfigureAwait(false);
            var job = queue.Enqueue(files);
            var dto = Dto(job);
            return Results.Accepted(dto.StatusUrl, dto);
        })
        .WithSummary("Upload documents (multipart files, or JSON {name, text} or a list of them); ingested in the background")
        .WithMetadata(new RequestSizeLimitAttribute(options.MaxUploadBytes))
        .RequireRateLimiting(DyadWeb.WritePolicy)
        .Accepts<DocumentUpload>("application/json", "multipart/form-data")
        .Produces<UploadDto>(StatusCodes.Status202Accepted)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        app.MapGet("/api/uploads/{id}", (string id, UploadQueue queue) =>
        {
            if (id.Length != 16 || !id.All(char.IsAsciiHexDigitLower))
            {
                throw new BadInputException($"'{id}' is not an upload id");
            }

            return queue.Find(id) is { } job ? Results.Ok(Dto(job)) : throw new NotFoundException($"no upload with id {id}");
        }).WithTags("write").WithSummary("How far an upload has got").Produces<UploadDto>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static UploadDto Dto(UploadJob job) =>
        new(job.Id, job.Status, job.FilesTotal, job.FilesDone, job.Ingested, job.Sentences, job.Events, job.Notes, $"/api/uploads/{job.Id}");

    private static void Authorize(HttpContext http, WebOptions options)
    {
        WriteGuard.Check(http, options);
        if (options.ApiKey is null)
        {
            return;
        }

        var given = http.Request.Headers["X-Api-Key"].ToString();
        if (given.Length == 0)
        {
            throw new UnauthorizedException("uploads need the API key in the X-Api-Key header");
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey)))
        {
            throw new ForbiddenException("the API key is wrong");
        }
    }

    private static async Task<List<(string Name, byte[] Content)>> ReadFilesAsync(HttpContext http)
    {
        var files = new List<(string Name, byte[] Content)>();
        var request = http.Request;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException && !http.RequestAborted.IsCancellationRequested)
            {
                throw new BadInputException($"the body is not valid multipart/form-data: {ex.Message}");
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
                files.Add((SafeName(file.FileName), buffer.ToArray()));
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            JsonElement root;
            try
            {
                root = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, ApiContext.Json, http.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new BadInputException($"the body is not valid JSON: {ex.Message}");
            }

            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            foreach (var item in items)
            {
                var upload = item.ValueKind == JsonValueKind.Object ? Upload(item) : null;
                if (upload?.Text is null || upload.Text.Length == 0)
                {
                    throw new BadInputException("each document needs a non-empty \"text\" (and may have a \"name\")");
                }

                var name = string.IsNullOrWhiteSpace(upload.Name) ? $"upload-{files.Count + 1}.txt" : upload.Name;
                if (!DocumentReader.Extensions.Contains(Path.GetExtension(name)))
                {
                    name += ".txt";
                }

                files.Add((SafeName(name), Encoding.UTF8.GetBytes(upload.Text)));
            }
        }
        else
        {
            throw new UnsupportedMediaException("send documents as multipart/form-data files or as application/json");
        }

        if (files.Count == 0)
        {
            throw new BadInputException("no documents in the request");
        }

        if (files.Count > MaxFiles)
        {
            throw new BadInputException($"at most {MaxFiles} documents per upload");
        }

        if (files.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != files.Count)
        {
            throw new BadInputException("two documents in one upload have the same name");
        }

        return files;
    }

    private static DocumentUpload? Upload(JsonElement item)
    {
        try
        {
            return item.Deserialize<DocumentUpload>(ApiContext.Json);
        }
        catch (JsonException ex)
        {
            throw new BadInputException($"a document is {{\"name\": string, \"text\": string}}: {ex.Message}");
        }
    }

    /// <summary>A plain file name of a kind Dyad reads: no folders, no "..", no control characters.</summary>
    internal static string SafeName(string name)
    {
        var trimmed = name.Trim();
        var plain = Path.GetFileName(trimmed.Replace('\\', '/'));
        if (plain.Length is 0 or > 200 || plain != trimmed || plain.StartsWith('.') || plain.Any(c => char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c)))
        {
            throw new BadInputException($"'{name}' is not an acceptable file name (a plain name such as report.txt, no folders)");
        }

        if (!DocumentReader.Extensions.Contains(Path.GetExtension(plain)))
        {
            throw new BadInputException($"'{name}': Dyad reads {string.Join(", ", DocumentReader.Extensions.Order())} files");
        }

        return plain;
    }
}

public sealed class UnauthorizedException(string message) : Exception(message);

public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>A write to a store that can only be read.</summary>
public sealed class ReadOnlyStoreException(string message) : Exception(message);

public sealed class UnsupportedMediaException(string message) : Exception(message);
