using Microsoft.Playwright;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Browser;

/// <summary>
/// The story page opens on the key dates, in a real headless Chromium against the function app under the real Functions host and Azurite: the
/// summary comes first and agrees with the summary API, each key date opens on demand to its events and sources,
/// and the full timeline is one click away.
/// </summary>
[Collection(SampleStoryGroup.Name)]
public sealed class KeyDatesPageTests(SampleStoryFixture fixture, BrowserFixture browser) : BrowserPageTest(fixture, browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_story_page_opens_on_the_key_dates_of_the_summary_api_before_the_full_timeline()
    {
        await Page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.StoryId}");

        var keyDates = Page.Locator("#key-dates");
        await Assertions.Expect(keyDates).ToBeInViewportAsync();
        var order = await Page.EvaluateAsync<bool>("() => !!(document.getElementById('key-dates').compareDocumentPosition(document.getElementById('timeline')) & Node.DOCUMENT_POSITION_FOLLOWING)");
        Assert.True(order, "the key dates come before the full timeline");

        var summary = await Fixture.App.GetJsonAsync($"{SampleStoryFixture.StoryPath}/summary");
        var expectedDays = summary.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("start").GetString()!).ToList();
        Assert.NotEmpty(expectedDays);
        var shownDays = await Page.Locator("li.key-date time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.Equal(expectedDays, shownDays);

        var expectedSentences = summary.GetProperty("entries").EnumerateArray()
            .SelectMany(e => e.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!)).ToList();
        var shownSentences = await Page.Locator("li.key-date .key-sentence").EvaluateAllAsync<string[]>("ps => ps.map(p => p.firstChild.textContent.trim())");
        Assert.Equal(expectedSentences, shownSentences);

        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "key-dates.png") });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task A_key_date_opens_to_its_events_and_sources_which_lead_to_the_full_timeline()
    {
        await Page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.StoryId}");
        var first = Page.Locator("li.key-date").First;
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
            var e = await Fixture.App.GetJsonAsync($"{SampleStoryFixture.StoryPath}/events/{id}");
            Assert.Equal(day, e.GetProperty("date").GetProperty("start").GetString());
        }

        await events.First.Locator("a.in-timeline").ClickAsync();
        await Assertions.Expect(Page.Locator($"ol.axis li.event[id='{ids[0]}']")).ToBeInViewportAsync();
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task The_full_timeline_is_one_click_away_and_its_filters_ignore_the_key_dates()
    {
        await Page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.StoryId}");
        await Page.Locator("#full-timeline-link").ClickAsync();
        await Assertions.Expect(Page.Locator("#timeline > h2")).ToBeInViewportAsync();
        Assert.EndsWith("#timeline", Page.Url, StringComparison.Ordinal);

        var keyEvents = await Page.Locator("li.key-event").CountAsync();
        Assert.True(keyEvents > 0);
        var type = (await Page.Locator("#filter-type option").EvaluateAllAsync<string[]>("os => os.map(o => o.value).filter(v => v)"))[0];
        await Page.SelectOptionAsync("#filter-type", type);
        Assert.Equal(keyEvents, await Page.Locator("li.key-event").CountAsync());
        Assert.Equal(0, await Page.Locator("li.key-date[hidden]").CountAsync());
    }

    [Fact]
    public async Task Hostile_article_text_in_the_key_dates_stays_text()
    {
        var dialogs = 0;
        Page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        await Page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.HostileStoryId}");
        foreach (var summary in await Page.Locator("li.key-date summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        Assert.Equal(0, await Page.Locator("img").CountAsync());
        Assert.Equal("undefined", await Page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, dialogs);
    }
}
