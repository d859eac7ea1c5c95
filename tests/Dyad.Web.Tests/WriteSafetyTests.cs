using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dyad.Web.Tests;

/// <summary>On a real Kestrel server: malformed writes are 400s, strangers cannot write, notes do not leak the server's folders.</summary>
public sealed class WriteSafetyTests
{
    private static readonly object Upload = new { name = "w.txt", text = "In 2034 Nepal praised Bhutan." };

    [Theory]
    [InlineData("application/json", "{\"name\":5,\"text\":[\"x\"]}")]
    [InlineData("application/json", "[{\"text\":{\"a\":1}}]")]
    [InlineData("application/json", "\"just a string\"")]
    [InlineData("multipart/form-data; boundary=xyz", "this is not multipart at all")]
    [InlineData("multipart/form-data", "--xyz\r\nno boundary given\r\n")]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nunterminated")]
    public async Task A_malformed_upload_is_a_400_problem(string contentType, string body)
    {
        await using var server = await TestServer.StartAsync(withCorpus: false);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await server.Client.PostAsync("/api/documents", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/eras?dyad=PAK-RUS&penalty=NaN")]
    [InlineData("/api/eras?dyad=PAK-RUS&penalty=Infinity")]
    [InlineData("/api/eras?dyad=PAK-RUS&penalty=-Infinity")]
    [InlineData("/api/eras?dyad=PAK-RUS&penalty=1e400")]
    [InlineData("/api/events?limit=99999999999999")]
    [InlineData("/api/series?dyad=PAK-RUS&raw=maybe")]
    public async Task A_malformed_query_is_a_400_problem(string path)
    {
        await using var server = await TestServer.StartAsync(withCorpus: false);
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Origin", "http://127.0.0.1:1")]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_write_from_another_site_is_refused(string header, string value)
    {
        await using var server = await TestServer.StartAsync(withCorpus: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Upload) };
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("another site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_naming_a_foreign_host_is_refused_as_dns_rebinding()
    {
        await using var server = await TestServer.StartAsync(withCorpus: false);
        var port = new Uri(server.Url).Port;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Upload) };
        request.Headers.Host = $"evil.example:{port}";
        request.Headers.TryAddWithoutValidation("Origin", $"http://evil.example:{port}");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_own_upload_is_taken()
    {
        await using var server = await TestServer.StartAsync(withCorpus: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Upload) };
        request.Headers.TryAddWithoutValidation("Origin", server.Url);
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_kestrel_endpoint_from_configuration_on_all_interfaces_closes_unauthenticated_writes()
    {
        Environment.SetEnvironmentVariable("Kestrel__Endpoints__E1__Url", "http://0.0.0.0:0");
        TestServer server;
        try
        {
            // The command line asked for loopback; the configuration bound every interface.
            server = await TestServer.StartAsync(withCorpus: false);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Kestrel__Endpoints__E1__Url", null);
        }

        await using (server)
        {
            Assert.Contains(server.App.Urls, u => u.Contains("0.0.0.0", StringComparison.Ordinal));
            using var response = await server.Client.PostAsJsonAsync("/api/documents", Upload);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("beyond loopback", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upload_notes_name_files_not_the_servers_folders()
    {
        await using var server = await TestServer.StartAsync(withCorpus: false);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("In 2032 Bhutan praised Nepal.")), "files", "one.txt" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("In 2032 Bhutan praised Nepal.")), "files", "two.txt" },
            { new ByteArrayContent([]), "files", "empty.txt" },
        };
        using var response = await server.Client.PostAsync("/api/documents", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var url = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status_url").GetString()!;
        string raw;
        for (var i = 0; ; i++)
        {
            raw = await server.Client.GetStringAsync(url);
            if (raw.Contains("\"done\"", StringComparison.Ordinal) || raw.Contains("\"failed\"", StringComparison.Ordinal) || i > 200)
            {
                break;
            }

            await Task.Delay(50);
        }

        var notes = JsonDocument.Parse(raw).RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Contains(notes, n => n.StartsWith("duplicate two.txt: same text as one.txt", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("skipped empty.txt", StringComparison.Ordinal));
        var folder = Path.GetDirectoryName(server.Database)!;
        Assert.All(notes, n => Assert.DoesNotContain(folder, n, StringComparison.Ordinal));
        Assert.All(notes, n => Assert.DoesNotContain("/", n, StringComparison.Ordinal));
    }
}
