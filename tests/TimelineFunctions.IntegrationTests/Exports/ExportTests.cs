using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsvHelper;
using NJsonSchema;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Exports;

/// <summary>
/// The exports of the sample story, read back the way their target tools read them: TimelineJS JSON against a JSON
/// Schema written from Knight Lab's documented format (validated with NJsonSchema), CSV with CsvHelper, iCalendar
/// with Ical.Net.
/// </summary>
[Collection(SampleStoryGroup.Name)]
public sealed class ExportTests(SampleStoryFixture fixture)
{
    private const string Timeline = SampleStoryFixture.TimelinePath;

    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task TimelineJs_export_is_valid_against_the_documented_format_with_one_slide_per_dated_event()
    {
        var json = await GetTextAsync(Timeline + "?format=timelinejs", "application/json");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Exports", "timelinejs.schema.json"));
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));

        var contract = await App.GetJsonAsync(Timeline);
        var dated = contract.GetProperty("events").EnumerateArray().ToList();
        var slides = JsonDocument.Parse(json).RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(dated.Select(e => e.GetProperty("id").GetString()), slides.Select(s => s.GetProperty("unique_id").GetString()));
        foreach (var (e, slide) in dated.Zip(slides))
        {
            var start = DateOnly.Parse(e.GetProperty("date").GetProperty("start").GetString()!, CultureInfo.InvariantCulture);
            var slideStart = slide.GetProperty("start_date");
            Assert.Equal(start.Year, slideStart.GetProperty("year").GetInt32());
            var granularity = e.GetProperty("date").GetProperty("granularity").GetString();
            // Only as precise as the source: a month-precise event has no day, a year-precise one no month.
            Assert.Equal(granularity is "day" or "week", slideStart.TryGetProperty("day", out _));
            Assert.Equal(granularity is not ("year" or "decade"), slideStart.TryGetProperty("month", out _));
        }
    }

    [Fact]
    public async Task Csv_export_parses_back_to_the_same_events_and_quotes()
    {
        var csvText = await GetTextAsync(Timeline, "text/csv", accept: "text/csv");
        Assert.Contains("\r\n", csvText, StringComparison.Ordinal);
        using var csv = CsvReader.Create(new StringReader(csvText), new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true }, false);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.Headers!.ToDictionary(h => h, h => csv.GetString(h)));
        }

        Assert.Equal(["id", "date", "granularity", "label", "start", "end", "type", "summary", "actors", "location", "sourceCount", "outlets", "urls", "quote"], csv.Headers);

        var contract = await App.GetJsonAsync(Timeline);
        var events = contract.GetProperty("events").EnumerateArray().Concat(contract.GetProperty("undated").EnumerateArray()).ToList();
        Assert.Equal(events.Select(e => e.GetProperty("id").GetString()), rows.Select(r => r["id"]));
        foreach (var (e, row) in events.Zip(rows))
        {
            var quote = e.GetProperty("sources")[0].GetProperty("quote").GetString()!;
            Assert.Equal(Unguarded(quote), row["quote"]);
            Assert.Equal(e.GetProperty("summary").GetString(), row["summary"].TrimStart('\''));
            Assert.Equal(e.GetProperty("date").ValueKind == JsonValueKind.Null ? "" : e.GetProperty("date").GetProperty("value").GetString(), row["date"]);
        }

        Assert.Contains(rows, r => r["quote"].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public async Task ICalendar_export_parses_back_to_one_all_day_event_per_day_precise_event()
    {
        var ics = await GetTextAsync(Timeline + "?format=ics", "text/calendar");
        // RFC 5545: CRLF line ends, no line longer than 75 octets.
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));

        var calendar = Ical.Net.Calendar.Load(ics)!;
        var contract = await App.GetJsonAsync(Timeline);
        var dayEvents = contract.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("date").GetProperty("granularity").GetString() == "day").ToList();
        Assert.NotEmpty(dayEvents);
        Assert.Equal(dayEvents.Count, calendar.Events.Count);
        foreach (var (e, vevent) in dayEvents.Zip(calendar.Events.ToList()))
        {
            Assert.Equal(e.GetProperty("summary").GetString(), vevent.Summary);
            Assert.False(vevent.DtStart!.HasTime);
            Assert.Equal(e.GetProperty("date").GetProperty("value").GetString(), vevent.DtStart.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Contains(e.GetProperty("sources")[0].GetProperty("quote").GetString()!, vevent.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Markdown_export_is_a_readable_timeline_with_date_headings_and_source_links()
    {
        var markdown = await GetTextAsync(Timeline, "text/markdown", accept: "text/markdown");
        var contract = await App.GetJsonAsync(Timeline);
        Assert.StartsWith("# ", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## ", markdown, StringComparison.Ordinal);
        Assert.Contains("](<https://", markdown, StringComparison.Ordinal);
        if (contract.GetProperty("undated").GetArrayLength() > 0)
        {
            Assert.Contains("\n## Undated\n", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Hostile_text_is_inert_in_every_export()
    {
        var hostile = $"/api/stories/{SampleStoryFixture.HostileStoryId}/timeline";
        var tjs = await GetTextAsync(hostile + "?format=timelinejs", "application/json");
        foreach (var slide in JsonDocument.Parse(tjs).RootElement.GetProperty("events").EnumerateArray())
        {
            var text = slide.GetProperty("text");
            Assert.DoesNotContain("<script", text.GetProperty("headline").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", text.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", text.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
        }

        var markdown = await GetTextAsync(hostile + "?format=markdown", "text/markdown");
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=", markdown, StringComparison.Ordinal);
    }

    private async Task<string> GetTextAsync(string url, string mediaType, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await App.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private static string Unguarded(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
}
