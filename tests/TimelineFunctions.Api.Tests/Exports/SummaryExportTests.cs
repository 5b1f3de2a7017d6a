using System.Text.Json;
using TimelineFunctions.Api.Exports;
using TimelineFunctions.Application.Summary;
using static TimelineFunctions.Application.Tests.Summary.SummaryStories;

namespace TimelineFunctions.Api.Tests.Exports;

/// <summary>The summary's JSON contract and its Markdown and TimelineJS exports.</summary>
public sealed class SummaryExportTests
{
    private const string Hostile = "Fire at <script>alert(1)</script> *harbour*";

    private static SummaryTimeline Summary()
    {
        var fire = Event("ev-fire", Day(D(3, 1)), "fire", ("a1", D(3, 1), Hostile), ("a1", D(3, 1), "Again."), ("a2", D(3, 2), "The fire."));
        var april = Event("ev-april", Period("2024-04", "month", D(4, 1), D(4, 30)), "inquiry", ("a3", D(5, 2), "An inquiry ran."));
        return new SummaryTimeline(Story, 2, 1,
        [
            new SummaryEntry(fire.Date!, [new SummarySentence(Hostile, "ev-fire", fire.Sources)], [fire]),
            new SummaryEntry(april.Date!, [new SummarySentence("An inquiry ran.", "ev-april", april.Sources)], [april]),
        ]);
    }

    [Fact]
    public void Json_has_the_documented_shape_with_each_article_once_per_sentence()
    {
        var response = SummaryExports.Render(Summary(), ExportFormat.Json);
        using var doc = JsonDocument.Parse(response.Body!);
        var root = doc.RootElement;

        Assert.Equal(ApiResponse.Json, response.ContentType);
        Assert.Equal(["story", "dates", "sentences", "entries"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("harbour-fire", root.GetProperty("story").GetProperty("id").GetString());
        Assert.Equal((2, 1), (root.GetProperty("dates").GetInt32(), root.GetProperty("sentences").GetInt32()));
        var entry = root.GetProperty("entries")[0];
        Assert.Equal(["value", "granularity", "start", "end", "text"], entry.GetProperty("date").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-03-01", entry.GetProperty("date").GetProperty("value").GetString());
        var sentence = entry.GetProperty("sentences")[0];
        Assert.Equal(["text", "eventId", "sources"], sentence.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["a1", "a2"], sentence.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("articleId").GetString()));
        Assert.Equal(["articleId", "outlet", "published"], sentence.GetProperty("sources")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("month", root.GetProperty("entries")[1].GetProperty("date").GetProperty("granularity").GetString());
    }

    [Fact]
    public void Markdown_heads_each_date_with_its_honest_label_and_escapes_article_text()
    {
        var md = SummaryExports.Render(Summary(), ExportFormat.Markdown).Body!;

        Assert.Contains("\n## 1 Mar 2024\n", md, StringComparison.Ordinal);
        Assert.Contains("\n## April 2024\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", md, StringComparison.Ordinal);
        Assert.Contains("\\*harbour\\*", md, StringComparison.Ordinal);
        Assert.Contains("(Outlet a1, 1 Mar 2024; Outlet a2, 2 Mar 2024)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void TimelineJs_has_a_slide_per_key_date_as_precise_as_its_date_with_encoded_text()
    {
        var json = SummaryExports.Render(Summary(), ExportFormat.TimelineJs).Body!;
        using var doc = JsonDocument.Parse(json);
        var events = doc.RootElement.GetProperty("events");

        Assert.Equal(2, events.GetArrayLength());
        Assert.Equal(1, events[0].GetProperty("start_date").GetProperty("day").GetInt32());
        Assert.False(events[1].GetProperty("start_date").TryGetProperty("day", out _));
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Equal("2024-03-01", events[0].GetProperty("unique_id").GetString());
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.ICalendar)]
    public void Csv_and_ics_are_not_offered(ExportFormat format) => Assert.False(SummaryExports.Supports(format, out _));
}
