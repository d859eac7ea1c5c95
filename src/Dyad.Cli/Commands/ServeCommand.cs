using System.CommandLine;
using Dyad.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad serve [--db FILE] [--urls URLS] [--api-key KEY]</c>: the page and the REST API over one store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var data = CommonOptions.Data();
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, ';'-separated (loopback by default)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string?>("--api-key") { Description = "Key that uploads must send as X-Api-Key (default: DYAD_API_KEY); without one, uploads are taken on loopback only" };
        var maxUpload = new Option<double>("--max-upload-mb") { Description = "Largest upload request in megabytes", DefaultValueFactory = _ => 16 };
        var reads = new Option<int>("--reads-per-10s") { Description = "Requests one client may make in ten seconds before it is answered 429", DefaultValueFactory = _ => 50_000 };
        var cacheSeconds = new Option<double>("--cache-seconds") { Description = "Longest time an unchanged database's answer is reused (any write ends it at once; 0: compute every answer)", DefaultValueFactory = _ => 60 };
        var command = new Command("serve", "Serve the page and the REST API (OpenAPI at /openapi/v1.json) over a store")
        {
            db, data, urls, apiKey, maxUpload, reads, cacheSeconds,
        };
        command.SetAction(parse =>
        {
            var key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("DYAD_API_KEY");
            if (key is { Length: < 16 })
            {
                throw new CliError("--api-key must be at least 16 characters");
            }

            if (parse.GetValue(maxUpload) is <= 0 or > 1024)
            {
                throw new CliError("--max-upload-mb must lie between 0 and 1024");
            }

            if (parse.GetValue(reads) <= 0)
            {
                throw new CliError("--reads-per-10s must be a positive number");
            }

            if (parse.GetValue(cacheSeconds) is < 0 or > 3600)
            {
                throw new CliError("--cache-seconds must lie between 0 and 3600");
            }

            var options = new WebOptions
            {
                Database = parse.GetValue(db)!,
                Urls = parse.GetValue(urls)!,
                ApiKey = key,
                Data = parse.GetValue(data),
                MaxUploadBytes = (long)(parse.GetValue(maxUpload) * 1024 * 1024),
                ReadsPerTenSeconds = parse.GetValue(reads),
                CacheFor = TimeSpan.FromSeconds(parse.GetValue(cacheSeconds)),
            };
            var app = DyadWeb.Build(options);
            app.Start();

            // What was bound, not what was asked for: configuration (appsettings.json, Kestrel__Endpoints__*) can add endpoints.
            var bound = app.Urls.ToList();
            var loopback = bound.All(DyadWeb.IsLoopbackUrl);
            var readOnly = app.Services.GetRequiredService<Dyad.Web.Infrastructure.StorePool>().WhyReadOnly;
            Console.Error.WriteLine($"dyad: serving {Dyad.Storage.EventStores.Describe(options.Database)} at {string.Join(';', bound)} " +
                (readOnly is not null ? "(read-only: uploads are off)"
                    : options.ApiKey is not null ? "(uploads need the API key)" : loopback ? "(uploads open on loopback)" : "(uploads refused: no --api-key beyond loopback)"));
            if (readOnly is not null)
            {
                Console.Error.WriteLine($"dyad: {readOnly}");
            }
            app.WaitForShutdown();
            return 0;
        });
        return command;
    }
}
