using Microsoft.Playwright;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Browser;

/// <summary>
/// The story page opens on the key dates, in a real headless Chromium against the real handler and Azurite: the
/// summary comes first and agrees with the summary API, each key date opens on demand to its events and sources,
/// and the full timeline is one click away.
/// </summary>
[Collection(SampleStoryGroup.Name)]
public sealed class KeyDatesPageTests(SampleStoryFixture fixture, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _consoleErrors = [];

    private string BaseUrl => $"http://127.0.0.1:{fixture.Handler.Port}";

    public async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        _page = await _context.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task The_story_page_opens_on_the_key_dates_of_the_summary_api_before_the_full_timeline()
    {
        await _page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.StoryId}");

        var keyDates = _page.Locator("#key-dates");
        await Assertions.Expect(keyDates).ToBeInViewportAsync();
        var order = await _page.EvaluateAsync<bool>("() => !!(document.getElementById('key-dates').compareDocumentPosition(document.getElementById('timeline')) & Node.DOCUMENT_POSITION_FOLLOWING)");
        Assert.True(order, "the key dates come before the full timeline");

        var summary = await fixture.Handler.GetJsonAsync($"{SampleStoryFixture.StoryPath}/summary");
        var expectedDays = summary.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("start").GetString()!).ToList();
        Assert.NotEmpty(expectedDays);
        var shownDays = await _page.Locator("li.key-date time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.Equal(expectedDays, shownDays);

        var expectedSentences = summary.GetProperty("entries").EnumerateArray()
            .SelectMany(e => e.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!)).ToList();
        var shownSentences = await _page.Locator("li.key-date .key-sentence").EvaluateAllAsync<string[]>("ps => ps.map(p => p.firstChild.textContent.trim())");
        Assert.Equal(expectedSentences, shownSentences);

        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "key-dates.png") });
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_key_date_opens_to_its_events_and_sources_which_lead_to_the_full_timeline()
    {
        await _page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.StoryId}");
        var first = _page.Locator("li.key-date").First;
        var events = first.Locator("li.key-event");
        await Assertions.Expect(events.First).ToBeHiddenAsync();

        await first.Locator("summary").ClickAsync();
        await Assertions.Expect(events.First).ToBeVisibleAsync();
        await Assertions.Expect(events.First.Locator("blockquote.quote").First).ToBeVisibleAsync();

        // Every event listed under the key date is an event of the full timeline on that date.
        var day = await first.Locator("time").GetAttributeAsync("datetime");
        var ids = await events.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.event)");
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var e = await fixture.Handler.GetJsonAsync($"{SampleStoryFixture.StoryPath}/events/{id}");
            Assert.Equal(day, e.GetProperty("date").GetProperty("start").GetString());
        }

        await events.First.Locator("a.in-timeline").ClickAsync();
        await Assertions.Expect(_page.Locator($"ol.axis li.event[id='{ids[0]}']")).ToBeInViewportAsync();
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task The_full_timeline_is_one_click_away_and_its_filters_ignore_the_key_dates()
    {
        await _page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.StoryId}");
        await _page.Locator("#full-timeline-link").ClickAsync();
        await Assertions.Expect(_page.Locator("#timeline > h2")).ToBeInViewportAsync();
        Assert.EndsWith("#timeline", _page.Url, StringComparison.Ordinal);

        var keyEvents = await _page.Locator("li.key-event").CountAsync();
        Assert.True(keyEvents > 0);
        var type = (await _page.Locator("#filter-type option").EvaluateAllAsync<string[]>("os => os.map(o => o.value).filter(v => v)"))[0];
        await _page.SelectOptionAsync("#filter-type", type);
        Assert.Equal(keyEvents, await _page.Locator("li.key-event").CountAsync());
        Assert.Equal(0, await _page.Locator("li.key-date[hidden]").CountAsync());
    }

    [Fact]
    public async Task Hostile_article_text_in_the_key_dates_stays_text()
    {
        var dialogs = 0;
        _page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        await _page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.HostileStoryId}");
        foreach (var summary in await _page.Locator("li.key-date summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        Assert.Equal(0, await _page.Locator("img").CountAsync());
        Assert.Equal("undefined", await _page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, dialogs);
    }
}
