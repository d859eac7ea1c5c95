using System.Net;
using Dyad.Web.Api;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Web.Infrastructure;

/// <summary>
/// Who may write. Without an API key, only a server bound to loopback alone takes writes, decided from the addresses
/// Kestrel actually bound (configuration can add endpoints the command line never named), and only when the
/// request names a loopback host (a rebound DNS name is refused). With or without a key, a browser write must come
/// from the server's own page: a foreign Origin, or a Sec-Fetch-Site other than same-origin, is refused.
/// </summary>
internal static class WriteGuard
{
    public static void Check(HttpContext http, WebOptions options)
    {
        CheckOrigin(http);
        if (options.ApiKey is not null)
        {
            return;
        }

        if (!BoundToLoopbackOnly(http))
        {
            throw new ForbiddenException("uploads are refused: this server listens beyond loopback and was started without --api-key");
        }

        var host = http.Request.Host;
        if (!host.HasValue || !IsLoopbackHost(host.Host) || (host.Port is { } port && port != http.Connection.LocalPort))
        {
            throw new ForbiddenException($"uploads are refused for host '{host.Value}': without --api-key only a loopback host name such as 127.0.0.1 is served");
        }
    }

    /// <summary>True when every address the server listens on is a loopback address, and this request came in on one.</summary>
    public static bool BoundToLoopbackOnly(HttpContext http)
    {
        if (http.Connection.LocalIpAddress is { } local && !IPAddress.IsLoopback(local))
        {
            return false;
        }

        var addresses = http.RequestServices.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is { Count: > 0 } && addresses.All(IsLoopbackUrl);
    }

    internal static bool IsLoopbackUrl(string url)
    {
        var cleaned = url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal);
        return Uri.TryCreate(cleaned, UriKind.Absolute, out var uri) && IsLoopbackHost(uri.Host);
    }

    private static bool IsLoopbackHost(string host)
    {
        var bare = host.Trim('[', ']');
        return string.Equals(bare, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(bare, out var ip) && IPAddress.IsLoopback(ip));
    }

    private static void CheckOrigin(HttpContext http)
    {
        var request = http.Request;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            var own = $"{request.Scheme}://{request.Host.Value}";
            if (!string.Equals(origin.TrimEnd('/'), own, StringComparison.OrdinalIgnoreCase))
            {
                throw new ForbiddenException($"uploads from another site are refused (Origin {origin} is not {own})");
            }

            return;
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            throw new ForbiddenException($"uploads from another site are refused (Sec-Fetch-Site: {site})");
        }
    }
}
