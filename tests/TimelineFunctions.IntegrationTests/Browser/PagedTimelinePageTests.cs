using Microsoft.Playwright;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Browser;

/// <summary>
/// A story longer than one page of the timeline page (here the sample story with <c>limit=5</c>): the page holds the
/// first events, the script loads the next ones into it, and without script the same link and the filters work as
/// plain requests.
/// </summary>
[Collection(SampleStoryGroup.Name)]
public sealed class PagedTimelinePageTests(SampleStoryFixture fixture, BrowserFixture browser) : BrowserPageTest(fixture, browser), IClassFixture<BrowserFixture>
{
    private const int PageSize = 5;

    private readonly BrowserFixture _browsers = browser;

    private string PagedUrl => $"{BaseUrl}/api/view/stories/{SampleStoryFixture.StoryId}?limit={PageSize}";

    [Fact]
    public async Task The_next_events_load_into_the_page_in_timeline_order_until_the_whole_timeline_is_shown()
    {
        var expected = await TimelineIdsAsync();
        Assert.True(expected.Count > 2 * PageSize, $"the sample story has {expected.Count} events");

        await Page.GotoAsync(PagedUrl);
        Assert.Equal(expected.Take(PageSize), await ShownIdsAsync());
        await Assertions.Expect(Page.Locator("#key-dates")).ToBeVisibleAsync();

        await Page.Locator("#more-events").ClickAsync();
        await Assertions.Expect(Page.Locator("#timeline li.event")).ToHaveCountAsync(2 * PageSize);
        Assert.Equal(expected.Take(2 * PageSize), await ShownIdsAsync());
        Assert.Equal(PagedUrl, Page.Url);

        for (var loaded = 2 * PageSize; await Page.Locator("#more-events").CountAsync() > 0;)
        {
            await Page.Locator("#more-events").ClickAsync();
            loaded = Math.Min(expected.Count, loaded + PageSize);
            await Assertions.Expect(Page.Locator("#timeline li.event")).ToHaveCountAsync(loaded);
        }

        Assert.Equal(expected, await ShownIdsAsync());
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Without_script_the_next_events_are_a_plain_link_to_the_next_page()
    {
        var expected = await TimelineIdsAsync();
        await using var context = await _browsers.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(PagedUrl);
        await page.Locator("#more-events").ClickAsync();
        await page.WaitForURLAsync($"**start={PageSize}");

        var shown = await page.Locator("#timeline li.event").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        Assert.Equal(expected.Skip(PageSize).Take(PageSize), shown);
        Assert.Equal(0, await page.Locator("#key-dates").CountAsync());
        await Assertions.Expect(page.Locator("#earlier-events")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_paged_story_a_filter_reloads_the_page_with_the_events_the_server_selects()
    {
        await Page.GotoAsync(PagedUrl);
        var type = (await Page.Locator("#filter-type option").EvaluateAllAsync<string[]>("os => os.map(o => o.value).filter(v => v)"))[0];
        await Page.SelectOptionAsync("#filter-type", type);
        await Page.WaitForURLAsync($"**type={Uri.EscapeDataString(type)}**");

        var api = await Fixture.App.GetJsonAsync($"{SampleStoryFixture.TimelinePath}?type={Uri.EscapeDataString(type)}");
        var ofType = api.GetProperty("events").EnumerateArray().Concat(api.GetProperty("undated").EnumerateArray()).Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ofType.Take(PageSize), await ShownIdsAsync());
        Assert.All(await Page.Locator("#timeline li.event").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.type)"), t => Assert.Equal(type, t));
        Assert.Empty(ConsoleErrors);
    }

    private async Task<List<string>> TimelineIdsAsync()
    {
        var timeline = await Fixture.App.GetJsonAsync(SampleStoryFixture.TimelinePath);
        return [.. timeline.GetProperty("events").EnumerateArray().Concat(timeline.GetProperty("undated").EnumerateArray()).Select(e => e.GetProperty("id").GetString()!)];
    }

    private async Task<string[]> ShownIdsAsync() =>
        await Page.Locator("#timeline li.event").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
}
