using System.Net;
using System.Text.Json;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Api;

/// <summary>The timeline's query parameters against the sample story, over real HTTP.</summary>
[Collection(SampleStoryGroup.Name)]
public sealed class TimelineQueryTests(SampleStoryFixture fixture)
{
    private const string Timeline = SampleStoryFixture.TimelinePath;

    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task Paging_with_limit_walks_the_whole_timeline_in_order_without_repeats()
    {
        var full = await App.GetJsonAsync(Timeline);
        var expected = Ids(full, "events").Concat(Ids(full, "undated")).ToList();
        Assert.True(expected.Count > 6, full.ToString());

        var seen = new List<string>();
        var url = Timeline + "?limit=4";
        var pages = 0;
        while (true)
        {
            var page = await App.GetJsonAsync(url);
            var ids = Ids(page, "events").Concat(Ids(page, "undated")).ToList();
            Assert.InRange(ids.Count, 1, 4);
            seen.AddRange(ids);
            pages++;
            if (page.GetProperty("next").GetString() is not { } next)
            {
                break;
            }

            url = $"{Timeline}?limit=4&next={Uri.EscapeDataString(next)}";

            // A token is stable: the same token gives the same page.
            Assert.Equal((await App.GetJsonAsync(url)).GetRawText(), (await App.GetJsonAsync(url)).GetRawText());
        }

        Assert.Equal(expected, seen);
        Assert.Equal((expected.Count + 3) / 4, pages);
    }

    [Fact]
    public async Task A_tampered_token_or_one_from_another_query_is_a_400()
    {
        var first = await App.GetJsonAsync(Timeline + "?limit=2");
        var next = first.GetProperty("next").GetString()!;
        var tampered = (next[0] == 'A' ? "B" : "A") + next[1..];

        await AssertProblemAsync($"{Timeline}?limit=2&next={Uri.EscapeDataString(tampered)}", "next");
        await AssertProblemAsync($"{Timeline}?limit=2&order=desc&next={Uri.EscapeDataString(next)}", "next");
        await AssertProblemAsync($"{Timeline}?limit=2&next=%27%20or%20PartitionKey%20ne%20%27", "next");
    }

    [Fact]
    public async Task Descending_order_reverses_the_dated_events()
    {
        var asc = await App.GetJsonAsync(Timeline);
        var desc = await App.GetJsonAsync(Timeline + "?order=desc");
        Assert.Equal(Ids(asc, "events").Reverse(), Ids(desc, "events"));
        Assert.Equal(Ids(asc, "undated"), Ids(desc, "undated"));
    }

    [Fact]
    public async Task Date_bounds_keep_events_whose_range_overlaps_them_and_drop_undated_ones()
    {
        var page = await App.GetJsonAsync(Timeline + "?from=2025-03-05&to=2025-03-10");
        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            var date = e.GetProperty("date");
            Assert.True(string.CompareOrdinal(date.GetProperty("end").GetString(), "2025-03-05") >= 0, e.ToString());
            Assert.True(string.CompareOrdinal(date.GetProperty("start").GetString(), "2025-03-10") <= 0, e.ToString());
        }

        Assert.Empty(page.GetProperty("undated").EnumerateArray());

        var all = (await App.GetJsonAsync(Timeline)).GetProperty("events").EnumerateArray();
        var overlapping = all.Count(e => string.CompareOrdinal(e.GetProperty("date").GetProperty("end").GetString(), "2025-03-05") >= 0
            && string.CompareOrdinal(e.GetProperty("date").GetProperty("start").GetString(), "2025-03-10") <= 0);
        Assert.Equal(overlapping, events.Count);
    }

    [Fact]
    public async Task Actor_type_minSources_and_text_filters_select_matching_events()
    {
        var full = await App.GetJsonAsync(Timeline);
        var all = full.GetProperty("events").EnumerateArray().Concat(full.GetProperty("undated").EnumerateArray()).ToList();
        var actor = all.SelectMany(e => e.GetProperty("actors").EnumerateArray()).First();
        var actorId = actor.GetProperty("id").GetString()!;
        var actorName = actor.GetProperty("name").GetString()!;

        var byId = await AllIdsAsync($"{Timeline}?actor={Uri.EscapeDataString(actorId)}");
        var byName = await AllIdsAsync($"{Timeline}?actor={Uri.EscapeDataString(actorName.ToUpperInvariant())}");
        var expected = all.Where(e => e.GetProperty("actors").EnumerateArray().Any(a => a.GetProperty("id").GetString() == actorId)).Select(Id).ToList();
        Assert.Equal(expected, byId);
        Assert.Equal(expected, byName);

        var type = all[0].GetProperty("type").GetString()!;
        Assert.Equal(all.Where(e => e.GetProperty("type").GetString() == type).Select(Id), await AllIdsAsync($"{Timeline}?type={Uri.EscapeDataString(type)}"));

        Assert.Equal(all.Where(e => e.GetProperty("sourceCount").GetInt32() >= 2).Select(Id), await AllIdsAsync($"{Timeline}?minSources=2"));

        const string word = "evacuat";
        var withWord = all.Where(e => e.GetProperty("summary").GetString()!.Contains(word, StringComparison.OrdinalIgnoreCase)
            || e.GetProperty("sources").EnumerateArray().Any(s => s.GetProperty("quote").GetString()!.Contains(word, StringComparison.OrdinalIgnoreCase))).Select(Id).ToList();
        Assert.NotEmpty(withWord);
        Assert.Equal(withWord, await AllIdsAsync($"{Timeline}?q={word.ToUpperInvariant()}"));
    }

    [Theory]
    [InlineData("from=2025-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2025-03-10&to=2025-03-01", "from")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=100000", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("minSources=-1", "minSources")]
    [InlineData("order=sideways", "order")]
    [InlineData("format=pdf", "format")]
    [InlineData("actor=%01", "actor")]
    public async Task Invalid_values_are_400_problems_that_name_the_parameter(string query, string parameter) =>
        await AssertProblemAsync($"{Timeline}?{query}", parameter);

    [Fact]
    public async Task The_query_reaches_the_api_through_the_functions_host()
    {
        using var response = await App.Http.GetAsync($"/api/stories/{SampleStoryFixture.StoryId}/timeline?format=csv&type=evacuation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("id,date,granularity,label", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<List<string>> AllIdsAsync(string url)
    {
        var page = await App.GetJsonAsync(url);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        return [.. Ids(page, "events"), .. Ids(page, "undated")];
    }

    private async Task AssertProblemAsync(string url, string parameter)
    {
        using var response = await App.Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} → {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"'{parameter}'", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Ids(JsonElement page, string list) => page.GetProperty(list).EnumerateArray().Select(Id);

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;
}
