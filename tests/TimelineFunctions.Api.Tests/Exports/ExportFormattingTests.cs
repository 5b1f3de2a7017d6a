using System.Text;
using System.Text.Json;
using TimelineFunctions.Api.Exports;
using TimelineFunctions.Api.Page;
using TimelineFunctions.Application.Queries;
using static TimelineFunctions.Application.Tests.Queries.TimelineSamples;

namespace TimelineFunctions.Api.Tests.Exports;

/// <summary>The escaping rules of each export; the integration tests read whole exports back with real parsers.</summary>
public sealed class ExportFormattingTests
{
    private const string Hostile = "=HYPERLINK(\"x\"), <script>alert(1)</script>; a\\b\nnext [link](javascript:alert(1)) *bold*";

    private static TimelinePage Page(string summary, string quote) =>
        new(Story, [Event("ev-a", Day(2023, 10, 9), summary: summary, quote: quote)], [], null);

    [Fact]
    public void ICalendar_lines_are_folded_at_75_octets_without_splitting_characters()
    {
        var summary = string.Concat(Enumerable.Repeat("Zürich – 東京 ", 20));
        var ics = ICalendarExport.Render(Page(summary, "quote"));
        var lines = ics.Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.DoesNotContain('\uFFFD', ics);

        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + summary + "\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20231009\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20231010\r\n", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public void ICalendar_text_escapes_backslash_semicolon_comma_and_newlines() =>
        Assert.Equal("a\\\\b\\; c\\, d\\ne", ICalendarExport.Escape("a\\b; c, d\r\ne"));

    [Fact]
    public void ICalendar_leaves_out_events_less_precise_than_a_day()
    {
        var page = TimelinePager.Page(Sample(), TimelineQuery.All, ContinuationToken.WithRandomKey());
        var ics = ICalendarExport.Render(page);
        Assert.Equal(2, ics.Split("BEGIN:VEVENT").Length - 1);
    }

    [Fact]
    public void Csv_quotes_fields_and_defuses_formulas()
    {
        var csv = CsvExport.Render(Page(Hostile, "-1, \"quoted\""));
        var row = csv.Split("\r\n")[1];
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\"), <script>alert(1)</script>; a\\b\nnext", row, StringComparison.Ordinal);
        Assert.EndsWith(",\"'-1, \"\"quoted\"\"\"", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://news.example.com/a\n- [pwned](javascript:alert(1))")]
    [InlineData("https://news.example.com/a\r\nURL:javascript:alert(1)")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://news.example.com/a\tb")]
    public void A_url_with_line_breaks_or_another_scheme_is_no_link_in_any_export(string url)
    {
        var source = new EventSource("a.txt", url, "Outlet", new DateOnly(2023, 10, 20), "quote");
        var page = new TimelinePage(Story, [Event("ev-a", Day(2023, 10, 9)) with { Sources = [source] }], [], null);

        Assert.DoesNotContain("javascript:", MarkdownExport.Render(page), StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", ICalendarExport.Render(page), StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", CsvExport.Render(page), StringComparison.Ordinal);
        Assert.DoesNotContain("https://news.example.com/a", MarkdownExport.Render(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_formatting_and_html_and_links_only_web_urls()
    {
        var md = MarkdownExport.Render(Page(Hostile, "quote"));
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", md, StringComparison.Ordinal);
        Assert.Contains("\\[link\\]", md, StringComparison.Ordinal);
        Assert.Contains("\\*bold\\*", md, StringComparison.Ordinal);
        Assert.Contains("[Example News](<https://news.example.com/0>)", md, StringComparison.Ordinal);
        Assert.Contains("## 9 Oct 2023", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_lists_what_the_sources_disagree_on_escaped()
    {
        var disputed = Event("ev-a", Day(2023, 10, 9), summary: "Deportation", quote: "quote") with
        {
            Conflicts = [new EventConflict("people", [new ConflictVersion("more than 500", ["wire"]), new ConflictVersion("*about* 600", ["daily"])])],
        };

        var md = MarkdownExport.Render(new TimelinePage(Story, [disputed], [], null));

        Assert.Contains("  - *Sources disagree on people:* more than 500 (wire); \\*about\\* 600 (daily)\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void TimelineJs_html_encodes_text_and_is_as_precise_as_the_date()
    {
        var page = TimelinePager.Page(Sample() with { Events = [.. Sample().Events, Event("ev-x", Day(2023, 12, 30), summary: Hostile)] }, TimelineQuery.All, ContinuationToken.WithRandomKey());
        using var json = JsonDocument.Parse(TimelineJsExport.Render(page));
        var slides = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(5, slides.Count);
        Assert.Equal("""{"year":2023,"month":10,"day":9}""", slides[0].GetProperty("start_date").GetRawText());
        Assert.Equal("""{"year":2023,"month":10,"day":15}""", slides[1].GetProperty("end_date").GetRawText());
        Assert.Equal("week of 9 Oct 2023", slides[1].GetProperty("display_date").GetString());
        Assert.Equal("""{"year":2023,"month":11}""", slides[2].GetProperty("start_date").GetRawText());
        Assert.DoesNotContain("<script>", slides[4].GetProperty("text").GetProperty("headline").GetString()!, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", slides[4].GetProperty("text").GetProperty("headline").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_writer_encodes_every_interpolated_value()
    {
        var value = "<img src=x onerror=alert(1)> \"quoted\" & 'single'";
        var html = new HtmlWriter().Append($"<p title=\"{value}\">{value}</p>{new Markup("<br>")}").ToString();
        Assert.Equal("<p title=\"&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;\">&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;</p><br>", html);
    }
}
