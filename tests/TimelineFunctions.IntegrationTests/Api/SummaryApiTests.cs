using System.Net;
using System.Text.Json;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Api;

/// <summary>The summary route against the sample story, over real HTTP.</summary>
[Collection(SampleStoryGroup.Name)]
public sealed class SummaryApiTests(SampleStoryFixture fixture)
{
    private const string Summary = SampleStoryFixture.StoryPath + "/summary";

    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task Asked_for_three_dates_and_one_sentence_it_gives_at_most_that_in_date_order_from_timeline_events()
    {
        var summary = await App.GetJsonAsync(Summary + "?dates=3&sentences=1");
        Assert.Equal((3, 1), (summary.GetProperty("dates").GetInt32(), summary.GetProperty("sentences").GetInt32()));
        Assert.Equal(SampleStoryFixture.StoryId, summary.GetProperty("story").GetProperty("id").GetString());

        var entries = summary.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(3, entries.Count);
        var starts = entries.Select(e => e.GetProperty("date").GetProperty("start").GetString()!).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);

        var timeline = await App.GetJsonAsync(SampleStoryFixture.TimelinePath);
        var events = timeline.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        foreach (var entry in entries)
        {
            var sentence = Assert.Single(entry.GetProperty("sentences").EnumerateArray());
            var e = events[sentence.GetProperty("eventId").GetString()!];
            Assert.Equal(entry.GetProperty("date").GetProperty("start").GetString(), e.GetProperty("date").GetProperty("start").GetString());
            var quotes = e.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("quote").GetString()!.Trim());
            Assert.Contains(sentence.GetProperty("text").GetString(), quotes);
            Assert.NotEmpty(sentence.GetProperty("sources").EnumerateArray());
        }
    }

    [Fact]
    public async Task Without_dates_the_length_is_chosen_for_the_story()
    {
        var summary = await App.GetJsonAsync(Summary);
        var dates = summary.GetProperty("dates").GetInt32();
        Assert.InRange(dates, 1, 30);
        Assert.InRange(summary.GetProperty("entries").GetArrayLength(), 1, dates);
        Assert.Equal(2, summary.GetProperty("sentences").GetInt32());
    }

    [Theory]
    [InlineData("?format=markdown", "text/markdown")]
    [InlineData("?format=timelinejs", "application/json")]
    public async Task It_exports_like_the_timeline(string query, string mediaType)
    {
        using var response = await App.Http.GetAsync(Summary + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        if (mediaType == "text/markdown")
        {
            Assert.Contains(": key dates", body, StringComparison.Ordinal);
        }
        else
        {
            using var doc = JsonDocument.Parse(body);
            Assert.True(doc.RootElement.GetProperty("events").GetArrayLength() > 0);
        }
    }

    [Theory]
    [InlineData("/api/stories/no-such-story/summary", HttpStatusCode.NotFound)]
    [InlineData(Summary + "?dates=0", HttpStatusCode.BadRequest)]
    [InlineData(Summary + "?sentences=x", HttpStatusCode.BadRequest)]
    [InlineData(Summary + "?format=csv", HttpStatusCode.BadRequest)]
    public async Task Errors_are_problem_json(string url, HttpStatusCode status)
    {
        using var response = await App.Http.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
