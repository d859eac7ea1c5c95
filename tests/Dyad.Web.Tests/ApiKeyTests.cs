using System.Net;
using System.Net.Http.Json;

namespace Dyad.Web.Tests;

public sealed class ApiKeyTests
{
    private static readonly object Upload = new { name = "k.txt", text = "In 2033 Nepal praised Bhutan." };

    [Fact]
    public async Task With_a_key_writes_need_it_and_reads_stay_open()
    {
        await using var server = await TestServer.StartAsync(o => o with { ApiKey = "correct-horse-battery-staple" }, withCorpus: false);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.PostAsJsonAsync("/api/documents", Upload)).StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Upload) };
        wrong.Headers.Add("X-Api-Key", "not-the-key-at-all-no");
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.SendAsync(wrong)).StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Upload) };
        right.Headers.Add("X-Api-Key", "correct-horse-battery-staple");
        Assert.Equal(HttpStatusCode.Accepted, (await server.Client.SendAsync(right)).StatusCode);
    }

    [Fact]
    public async Task Beyond_loopback_without_a_key_writes_are_refused_outright()
    {
        await using var server = await TestServer.StartAsync(withCorpus: false, host: "0.0.0.0");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/health")).StatusCode);
        using var response = await server.Client.PostAsJsonAsync("/api/documents", Upload);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("--api-key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_from_one_client_are_turned_away()
    {
        await using var server = await TestServer.StartAsync(o => o with { ReadsPerTenSeconds = 5 }, withCorpus: false);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await server.Client.GetAsync("/api/health")).StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080;http://[::1]:5081", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://192.168.1.4:5080", false)]
    public void Loopback_is_recognised(string urls, bool loopback) =>
        Assert.Equal(loopback, new WebOptions { Database = "x.db", Urls = urls }.LoopbackOnly);
}
