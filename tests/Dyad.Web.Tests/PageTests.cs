using Microsoft.Playwright;

namespace Dyad.Web.Tests;

/// <summary>
/// The page in a real browser: Debian's Chromium, driven by Playwright, headless, without sandbox or background
/// networking. A failing test leaves a screenshot under failures/ beside the test assembly.
/// </summary>
public sealed class PageTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private TestServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (.ci/run does)");
        _server = await TestServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Picking_a_dyad_draws_the_chart_and_an_event_opens_its_sentence_highlighted()
    {
        await WithPage(nameof(Picking_a_dyad_draws_the_chart_and_an_event_opens_its_sentence_highlighted), async (page, errors) =>
        {
            await page.GotoAsync(_server.Url);
            await page.FillAsync("#actor-a", "Pakistan");
            await page.FillAsync("#actor-b", "RUS");
            await page.ClickAsync("#dyad-form button[type=submit]");
            await page.WaitForSelectorAsync("#chart[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 15_000 });
            Assert.Equal("Pakistan – Russia", await page.InnerTextAsync("#chart-title"));

            // The chart has drawn: its canvas holds thousands of painted pixels.
            var painted = await page.EvaluateAsync<int>(
                "() => { const c = document.querySelector('#chart canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;" +
                " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }");
            Assert.True(painted > 5000, $"the chart canvas has only {painted} painted pixels");

            var first = page.Locator("#events button.event").First;
            await first.WaitForAsync();
            var id = await first.GetAttributeAsync("data-event-id");
            await first.ClickAsync();
            var mark = page.Locator("#document-text mark#highlight");
            await mark.WaitForAsync();
            Assert.Equal(id, await mark.GetAttributeAsync("data-event-id"));
            var events = await _server.Client.GetStringAsync($"/api/events/{id}");
            var sentence = System.Text.Json.JsonDocument.Parse(events).RootElement.GetProperty("sentence").GetString()!;
            Assert.Equal(sentence, (await mark.InnerTextAsync()).Trim());
            Assert.True(await mark.IsVisibleAsync());

            // The download menu offers the shown dyad's files, and each link answers with its file.
            await page.ClickAsync("#downloads summary");
            var links = await page.EvalOnSelectorAllAsync<string[]>("#downloads a", "links => links.map(a => a.getAttribute('href'))");
            Assert.Equal(7, links.Length);
            foreach (var link in links)
            {
                Assert.Contains("dyad=PAK-RUS", link, StringComparison.Ordinal);
                using var response = await _server.Client.GetAsync(link);
                Assert.True(response.IsSuccessStatusCode, $"{link}: {(int)response.StatusCode}");
                Assert.NotNull(response.Content.Headers.ContentDisposition?.FileName);
            }

            Assert.Empty(errors);
        });
    }

    [Fact]
    public async Task A_hostile_document_is_shown_as_text_and_runs_nothing()
    {
        await WithPage(nameof(A_hostile_document_is_shown_as_text_and_runs_nothing), async (page, errors) =>
        {
            await page.GotoAsync($"{_server.Url}/#NPL-BTN");
            var first = page.Locator("#events button.event").First;
            await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            await first.ClickAsync();
            await page.Locator("#document-text mark#highlight").WaitForAsync();
            var text = await page.InnerTextAsync("#document-text");
            Assert.Contains("<script>window.__xss = 1</script>", text, StringComparison.Ordinal);
            Assert.Contains("<img src=x onerror=", text, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("#document-text script, #document-text img").CountAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
            Assert.Empty(errors);
        });
    }

    private async Task WithPage(string name, Func<IPage, List<string>, Task> test)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1100 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        try
        {
            await test(page, errors);
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "failures");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{name}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            Console.Error.WriteLine($"screenshot of the failed page: {path}");
            throw;
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
