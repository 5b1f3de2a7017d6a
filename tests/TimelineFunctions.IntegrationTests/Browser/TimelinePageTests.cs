using Microsoft.Playwright;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Browser;

/// <summary>
/// The timeline page in a real headless Chromium, against the function app under the real Functions host and Azurite: what a reader sees and
/// does, and that hostile article text stays text.
/// </summary>
[Collection(SampleStoryGroup.Name)]
public sealed class TimelinePageTests(SampleStoryFixture fixture, BrowserFixture browser) : BrowserPageTest(fixture, browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_start_page_lists_the_sample_story_and_opens_its_timeline_in_chronological_order()
    {
        await Page.GotoAsync($"{BaseUrl}/api/view");
        var link = Page.Locator($"li.story a[href='/api/view/stories/{SampleStoryFixture.StoryId}']");
        await Assertions.Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        await Page.WaitForURLAsync($"**/api/view/stories/{SampleStoryFixture.StoryId}");

        var timeline = await Fixture.App.GetJsonAsync(SampleStoryFixture.TimelinePath);
        var expectedIds = timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        var shownIds = await Page.Locator("ol.axis li.event").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        Assert.Equal(expectedIds, shownIds);

        var days = await Page.Locator("ol.axis .date-group time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.Equal(days.Order(StringComparer.Ordinal), days);

        // Honest granularity: headings say "week of", a month name, or a year when that is all the source gave.
        var headings = await Page.Locator("ol.axis .date-group h2").AllTextContentsAsync();
        var granularities = await Page.Locator("ol.axis .date-group").EvaluateAllAsync<string[]>("groups => groups.map(g => g.dataset.granularity)");
        foreach (var (heading, granularity) in headings.Zip(granularities))
        {
            switch (granularity)
            {
                case "day": Assert.Matches(@"^\d{1,2} [A-Z][a-z]{2} \d{4}$", heading); break;
                case "week": Assert.StartsWith("week of ", heading, StringComparison.Ordinal); break;
                case "month": Assert.Matches(@"^[A-Z][a-z]+ \d{4}$", heading); break;
                case "year": Assert.Matches(@"^\d{4}$", heading); break;
            }
        }

        var undated = timeline.GetProperty("undated").GetArrayLength();
        Assert.Equal(undated, await Page.Locator("#undated li.event").CountAsync());

        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "timeline.png"), FullPage = true });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Filtering_by_actor_shows_only_that_actors_events()
    {
        await Page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.StoryId}");
        var total = await Page.Locator("li.event").CountAsync();
        var options = await Page.Locator("#filter-actor option").EvaluateAllAsync<string[]>("os => os.map(o => o.value).filter(v => v)");
        Assert.NotEmpty(options);
        var actor = options[0];

        await Page.SelectOptionAsync("#filter-actor", actor);
        var visible = Page.Locator("li.event:visible");
        var visibleActors = await visible.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.actors)");
        Assert.NotEmpty(visibleActors);
        Assert.True(visibleActors.Length < total, $"{visibleActors.Length} of {total} shown");
        Assert.All(visibleActors, a => Assert.Contains(actor, a.Split('\n')));
        await Assertions.Expect(Page.Locator("#shown")).ToHaveTextAsync($"{visibleActors.Length} {(visibleActors.Length == 1 ? "event" : "events")}");
        Assert.Contains($"actor={Uri.EscapeDataString(actor)}", Page.Url, StringComparison.Ordinal);

        // The same filter from the URL, rendered by the server, shows the same events.
        var api = await Fixture.App.GetJsonAsync($"{SampleStoryFixture.TimelinePath}?actor={Uri.EscapeDataString(actor)}");
        Assert.Equal(api.GetProperty("events").GetArrayLength() + api.GetProperty("undated").GetArrayLength(), visibleActors.Length);

        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "timeline-filtered.png") });

        await Page.SelectOptionAsync("#filter-actor", "");
        Assert.Equal(total, await Page.Locator("li.event:visible").CountAsync());
    }

    [Fact]
    public async Task A_source_quote_opens_on_demand()
    {
        await Page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.StoryId}");
        var first = Page.Locator("ol.axis li.event").First;
        var quote = first.Locator("blockquote.quote").First;
        await Assertions.Expect(quote).ToBeHiddenAsync();

        await first.Locator("details.sources summary").ClickAsync();
        await Assertions.Expect(quote).ToBeVisibleAsync();

        var id = await first.GetAttributeAsync("id");
        var e = await Fixture.App.GetJsonAsync($"{SampleStoryFixture.StoryPath}/events/{id}");
        Assert.Equal(e.GetProperty("sources")[0].GetProperty("quote").GetString(), await quote.TextContentAsync());

        await first.Locator("a.article-link").First.ClickAsync();
        await Assertions.Expect(Page.Locator("#article-text")).ToBeVisibleAsync();
        Assert.Contains(id!, await Page.Locator("#article-events a").EvaluateAllAsync<string[]>("links => links.map(a => a.hash.slice(1))"));
    }

    [Fact]
    public async Task Hostile_article_text_is_shown_as_text_and_nothing_runs()
    {
        var dialogs = 0;
        Page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        var article = $"{BaseUrl}/api/view/stories/{SampleStoryFixture.HostileStoryId}/articles/{SampleStoryFixture.HostileArticleId}";
        var response = await Page.GotoAsync(article);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("default-src 'none'", (await response.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);

        // The cleaner keeps the image markup as text and removes the script markup as furniture: both are shown, as text.
        Assert.Contains("<img src=x onerror=\"window.__pwned = 'onerror'\">", await Page.Locator("#article-text").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("<script>window.__pwned = 'script'</script>", await Page.Locator("#removed").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(SampleStoryFixture.HostileTitle, await Page.Locator("h1").InnerTextAsync());

        // Only our own script element exists, no image was created, and no payload ran.
        Assert.Equal(["/api/view/assets/timeline.js"], await Page.Locator("script").EvaluateAllAsync<string[]>("s => s.map(e => e.getAttribute('src'))"));
        Assert.Equal(0, await Page.Locator("img").CountAsync());
        Assert.Equal("undefined", await Page.EvaluateAsync<string>("() => typeof window.__pwned"));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "hostile-article.png"), FullPage = true });

        await Page.GotoAsync($"{BaseUrl}/api/view/stories/{SampleStoryFixture.HostileStoryId}");
        await Page.Locator("details.sources summary").First.ClickAsync();
        Assert.Equal(0, await Page.Locator("img").CountAsync());
        Assert.Equal("undefined", await Page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, dialogs);
    }
}
