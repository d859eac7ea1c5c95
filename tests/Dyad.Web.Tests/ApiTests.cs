using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dyad.Web.Tests;

public sealed class ApiTests : IAsyncLifetime
{
    private TestServer _server = null!;

    private HttpClient Client => _server.Client;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonElement> Json(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        var media = response.Content.Headers.ContentType?.MediaType;
        Assert.True(media is "application/json" or "application/problem+json", $"{path} answered {media}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Every_read_endpoint_answers_json()
    {
        Assert.Equal(14, (await Json("/api/health")).GetProperty("documents").GetInt32());
        Assert.True((await Json("/api/health")).GetProperty("writable").GetBoolean());
        var documents = await Json("/api/documents");
        Assert.Equal(14, documents.GetArrayLength());

        var events = await Json("/api/events?dyad=PAK-RUS&from=1965&to=1966");
        Assert.True(events.GetArrayLength() > 0);
        var first = events[0];
        foreach (var field in new[] { "id", "doc", "sentence_index", "sentence", "start", "end", "date", "date_end", "date_precision", "source", "target",
                     "source_text", "target_text", "cameo", "cameo_name", "goldstein", "quad", "plover", "negated", "hypothetical", "symmetric", "confidence",
                     "document_id", "trigger_start", "trigger_end" })
        {
            Assert.True(first.TryGetProperty(field, out _), $"events lack {field}");
        }

        var one = await Json($"/api/events/{first.GetProperty("id").GetString()}");
        Assert.Equal(first.GetProperty("sentence").GetString(), one.GetProperty("sentence").GetString());

        var doc = await Json($"/api/documents/{first.GetProperty("document_id").GetInt64()}");
        var text = doc.GetProperty("text").GetString()!;
        var start = first.GetProperty("start").GetInt32();
        var end = first.GetProperty("end").GetInt32();
        Assert.Equal(first.GetProperty("sentence").GetString(), text[start..end].Trim());
        Assert.Contains(doc.GetProperty("events").EnumerateArray(), e => e.GetProperty("id").GetString() == first.GetProperty("id").GetString());

        var series = await Json("/api/series?dyad=PAK-RUS&by=decade");
        Assert.Contains(series.EnumerateArray(), p => p.GetProperty("period").GetString() == "1960s" && p.GetProperty("events").GetInt32() > 0);
        Assert.True((await Json("/api/eras?dyad=PAK-RUS")).GetArrayLength() >= 2);
        Assert.True((await Json("/api/index?dyad=PAK-RUS")).GetArrayLength() > 10);
        var triangle = await Json("/api/triangle?a=PAK&b=RUS&with=USA,IND,CHN,AFG");
        Assert.Equal(4, triangle.GetProperty("ranking").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, (await Json("/api/conflicts")).ValueKind);
        Assert.Equal(JsonValueKind.Array, (await Json("/api/conflicts?dyad=PAK-RUS")).ValueKind);
        var chronology = await Json("/api/chronology?dyad=PAK-RUS");
        Assert.All(chronology.EnumerateArray(), row => Assert.True(row.GetProperty("sources").GetArrayLength() >= 1));
        var actors = await Json("/api/actors?q=pakis");
        Assert.Equal("PAK", Assert.Single(actors.EnumerateArray()).GetProperty("code").GetString());
        var network = await Json("/api/network?from=1979&to=1989&limit=5");
        Assert.Equal(5, network.GetProperty("nodes").GetArrayLength());
        Assert.True(network.GetProperty("edges").GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var paths = (await Json("/openapi/v1.json")).GetProperty("paths");
        foreach (var path in new[] { "/api/health", "/api/documents", "/api/documents/{id}", "/api/events", "/api/events/{id}", "/api/series", "/api/eras",
                     "/api/index", "/api/triangle", "/api/conflicts", "/api/chronology", "/api/panel", "/api/actors", "/api/network", "/api/uploads/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"the OpenAPI document lacks {path}");
        }

        Assert.True(paths.GetProperty("/api/documents").TryGetProperty("post", out _));
    }

    [Theory]
    [InlineData("/api/series", 400)]
    [InlineData("/api/series?dyad=PAKISTAN", 400)]
    [InlineData("/api/series?dyad=PAK-RUS&by=week", 400)]
    [InlineData("/api/series?dyad=PAK-RUS&from=1990&to=1980", 400)]
    [InlineData("/api/events?from=abc", 400)]
    [InlineData("/api/events?code=4x", 400)]
    [InlineData("/api/events?quad=7", 400)]
    [InlineData("/api/events/not%20an%20id", 400)]
    [InlineData("/api/events/ev_0000000000", 404)]
    [InlineData("/api/documents/999999", 404)]
    [InlineData("/api/documents/abc", 404)]
    [InlineData("/api/eras?dyad=PAK-RUS&penalty=-1", 400)]
    [InlineData("/api/triangle?a=PAK&b=RUS", 400)]
    [InlineData("/api/uploads/zzzz", 400)]
    [InlineData("/api/uploads/0123456789abcdef", 404)]
    [InlineData("/api/nothing-here", 404)]
    [InlineData("/api/events?format=xml", 400)]
    [InlineData("/api/chronology?dyad=PAK-RUS&format=pdf", 400)]
    [InlineData("/api/panel?dyad=PAK-RUS&by=week", 400)]
    [InlineData("/api/panel?dyad=PAK-RUS&format=xlsx", 400)]
    [InlineData("/api/panel", 400)]
    [InlineData("/..%2F..%2Fetc%2Fpasswd", 404)]
    [InlineData("/vendor/..%2F..%2FDyad.Web.dll", 404)]
    public async Task Bad_input_gets_a_clear_problem_answer(string path, int status)
    {
        var problem = await Json(path, (HttpStatusCode)status);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("gdelt", "text/tab-separated-values", 61, false)]
    [InlineData("icews", "text/tab-separated-values", 20, true)]
    [InlineData("csv", "text/csv", 24, true)]
    public async Task Events_download_in_the_fields_formats(string format, string media, int columns, bool header)
    {
        var events = await Json("/api/events?dyad=PAK-RUS&from=1965&to=1966");
        using var response = await Client.GetAsync($"/api/events?dyad=PAK-RUS&from=1965&to=1966&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(media, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("events.", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(events.GetArrayLength() + (header ? 1 : 0), lines.Length);
        if (format != "csv")
        {
            Assert.All(lines, l => Assert.Equal(columns, l.Split('\t').Length));
        }
    }

    [Theory]
    [InlineData("md", "text/markdown", "# Pakistan – Russia: chronology")]
    [InlineData("html", "text/html", "<!DOCTYPE html>")]
    [InlineData("csv", "text/csv", "date,source,target,")]
    public async Task The_chronology_downloads_as_markdown_html_and_csv(string format, string media, string opening)
    {
        var rows = await Json("/api/chronology?dyad=PAK-RUS");
        Assert.True(rows.GetArrayLength() > 10);
        using var response = await Client.GetAsync($"/api/chronology?dyad=PAK-RUS&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(media, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"chronology-PAK-RUS.{format}", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(opening, text, StringComparison.Ordinal);
        if (format == "csv")
        {
            Assert.True(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= rows.GetArrayLength() + 1, "a row per happening, after the header");
        }
    }

    [Fact]
    public async Task The_yearly_panel_of_the_dyad_downloads_with_its_state_numbers()
    {
        using var response = await Client.GetAsync("/api/panel?dyad=RUS-PAK");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("panel-RUS-PAK-year.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.True(lines.Length > 5);
        var source = Array.IndexOf(header, "source");
        var target = Array.IndexOf(header, "target");
        Assert.All(lines.Skip(1), l => Assert.Equal("PAK,RUS", $"{l.Split(',')[source]},{l.Split(',')[target]}"));
        Assert.Contains(lines.Skip(1), l => l.Split(',').Contains("770"));
        var parquet = await Client.GetByteArrayAsync("/api/panel?dyad=PAK-RUS&format=parquet");
        Assert.Equal("PAR1"u8.ToArray(), parquet[..4]);
    }

    [Fact]
    public async Task Events_download_as_plover_and_parquet()
    {
        var events = await Json("/api/events?dyad=PAK-RUS&from=1965&to=1966");
        var plover = await Client.GetStringAsync("/api/events?dyad=PAK-RUS&from=1965&to=1966&format=plover");
        var lines = plover.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(events.GetArrayLength(), lines.Length);
        Assert.True(JsonDocument.Parse(lines[0]).RootElement.TryGetProperty("recipient", out _));
        var parquet = await Client.GetByteArrayAsync("/api/events?dyad=PAK-RUS&from=1965&to=1966&format=parquet");
        Assert.Equal("PAR1"u8.ToArray(), parquet[..4]);
        Assert.Equal("PAR1"u8.ToArray(), parquet[^4..]);
    }

    [Fact]
    public async Task Answers_carry_a_content_security_policy_and_no_sniffing()
    {
        foreach (var path in new[] { "/", "/app.js", "/api/health", "/api/nothing-here" })
        {
            using var response = await Client.GetAsync(path);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }

        using var page = await Client.GetAsync("/");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/vendor/echarts.min.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var echarts = await Client.GetAsync("/vendor/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, echarts.StatusCode);
        Assert.True((await echarts.Content.ReadAsByteArrayAsync()).Length > 500_000);
    }

    [Fact]
    public async Task A_hostile_document_comes_back_as_data_not_markup()
    {
        var documents = await Json("/api/documents");
        var hostile = documents.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "hostile.txt");
        using var response = await Client.GetAsync($"/api/documents/{hostile.GetProperty("id").GetInt64()}");
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", raw, StringComparison.Ordinal);
        var text = JsonDocument.Parse(raw).RootElement.GetProperty("text").GetString();
        Assert.Equal(TestServer.HostileText, text!.Trim());
    }

    [Fact]
    public async Task A_json_upload_on_loopback_without_a_key_is_ingested_with_progress()
    {
        using var response = await Client.PostAsJsonAsync("/api/documents", new { name = "new.txt", text = "In 2031 Nepal signed a treaty with Bhutan." });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var status = await WaitAsync(job.GetProperty("status_url").GetString()!);
        Assert.Equal("done", status.GetProperty("status").GetString());
        Assert.Equal(1, status.GetProperty("ingested").GetInt32());
        var events = await Json("/api/events?dyad=NPL-BTN&from=2031");
        Assert.Equal("057", Assert.Single(events.EnumerateArray()).GetProperty("cameo").GetString());
    }

    [Fact]
    public async Task A_multipart_upload_is_ingested_and_bad_files_are_refused()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("In 2032 Bhutan praised Nepal.")), "files", "praise.md" },
        };
        using var response = await Client.PostAsync("/api/documents", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await WaitAsync(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status_url").GetString()!);
        Assert.Equal(1, status.GetProperty("ingested").GetInt32());

        using var traversal = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "files", "../../escape.txt" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync("/api/documents", traversal)).StatusCode);
        using var binary = new MultipartFormDataContent { { new ByteArrayContent([0, 1, 2]), "files", "program.exe" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync("/api/documents", binary)).StatusCode);
        using var plain = new StringContent("just text", Encoding.UTF8, "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Client.PostAsync("/api/documents", plain)).StatusCode);
        using var broken = new StringContent("{not json", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync("/api/documents", broken)).StatusCode);
        // Expect: 100-continue lets the server refuse before the client sends 17 MB it would not read.
        using var tooBig = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new ByteArrayContent(new byte[17 * 1024 * 1024]) };
        tooBig.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        tooBig.Headers.ExpectContinue = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Client.SendAsync(tooBig)).StatusCode);
    }

    private async Task<JsonElement> WaitAsync(string statusUrl)
    {
        for (var i = 0; i < 200; i++)
        {
            var status = await Json(statusUrl);
            if (status.GetProperty("status").GetString() is "done" or "failed")
            {
                return status;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the upload did not finish");
    }
}
