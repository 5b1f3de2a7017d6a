using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>An undated page's month and day take the year of the story its other articles date (invented reports).</summary>
public sealed class YearlessDaysTests
{
    private static readonly EventActor Crews = Actor("quillon-rescue-crews", "group");

    [Theory]
    [InlineData("11-27", "2023-11-20", "2023-11-27")]
    [InlineData("01-03", "2023-12-28", "2024-01-03")]
    [InlineData("12-30", "2024-01-02", "2023-12-30")]
    [InlineData("02-29", "2024-03-01", "2024-02-29")]
    public void The_month_and_day_take_the_year_nearest_the_storys_middle_day(string monthDay, string middle, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), YearlessDays.Nearest(monthDay, DateOnly.Parse(middle, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_undated_report_with_a_month_and_day_is_dated_in_the_storys_year()
    {
        var (dated, undated) = Assemble(
            Report("wire", "incident", "A tunnel near Quillon collapsed on Sunday, trapping 30 workers.", Day("2023-11-12"), Crews),
            Report("daily", "restoration", "Rescuers reached the trapped workers on Tuesday.", Day("2023-11-28"), Crews),
            Report("undated", "restoration", "On November 20 the crews completed a second pipe.", null, Crews) with { NamedDay = "11-20" });

        Assert.Empty(undated);
        Assert.Contains(dated, e => e.Date!.Value == "2023-11-20" && e.Sources.Any(s => s.ArticleId == "undated"));
    }

    [Theory]
    [InlineData("Monday", "2023-11-20")]
    [InlineData("Friday", null)]
    public void A_day_named_with_its_weekday_takes_the_year_only_when_it_falls_on_that_weekday(string weekday, string? expected)
    {
        var resolved = YearlessDays.Resolve([
            Report("wire", "incident", "A tunnel near Quillon collapsed on Sunday.", Day("2023-11-12"), Crews),
            Report("daily", "restoration", "Rescuers reached the workers on Tuesday.", Day("2023-11-28"), Crews),
            Report("undated", "occurrence", $"A wider pipe was pushed through the rubble on {weekday}.", null, Crews) with { NamedDay = "11-20", NamedWeekday = weekday.ToLowerInvariant() },
        ]);

        Assert.Equal(expected, resolved.Single(r => r.ArticleId == "undated").Date?.Value);
    }

    [Theory]
    [InlineData("Monday", "2023-11-20")]
    [InlineData("Sunday", "2023-11-19")]
    [InlineData("Tuesday", "2023-11-14")]
    public void A_weekday_on_a_page_whose_dateline_has_no_year_is_the_latest_such_day_on_or_before_the_datelines_day(string weekday, string expected)
    {
        // "QUILLON, Nov 20 -" on a page nothing else dates: 20 November 2023 is a Monday.
        var resolved = YearlessDays.Resolve([
            Report("wire", "incident", "A tunnel near Quillon collapsed on Sunday.", Day("2023-11-12"), Crews),
            Report("daily", "restoration", "Rescuers reached the workers on Tuesday.", Day("2023-11-28"), Crews),
            Report("yearless", "occurrence", $"A wider pipe was pushed through the rubble on {weekday}.", null, Crews) with { NamedWeekday = weekday, PageDay = "11-20" },
        ]);

        Assert.Equal(expected, resolved.Single(r => r.ArticleId == "yearless").Date?.Value);
    }

    [Fact]
    public void Without_a_dated_day_in_the_story_the_report_stays_undated()
    {
        var resolved = YearlessDays.Resolve([Report("undated", "restoration", "On November 20 the crews completed a second pipe.", null, Crews) with { NamedDay = "11-20" }]);

        Assert.Null(Assert.Single(resolved).Date);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_reports()
    {
        EventContribution[] reports =
        [
            Report("wire", "incident", "A tunnel near Quillon collapsed on Sunday.", Day("2023-11-12"), Crews),
            Report("daily", "restoration", "Rescuers reached the workers on Tuesday.", Day("2023-11-28"), Crews),
            Report("late", "statement", "Officials spoke on Friday.", Day("2023-12-01"), Crews),
            Report("undated", "restoration", "On November 20 the crews completed a second pipe.", null, Crews) with { NamedDay = "11-20" },
        ];

        var forward = YearlessDays.Resolve(reports).Select(r => (r.ArticleId, r.Date?.Value)).Order().ToList();
        var backward = YearlessDays.Resolve([.. reports.Reverse()]).Select(r => (r.ArticleId, r.Date?.Value)).Order().ToList();

        Assert.Equal(forward, backward);
        Assert.Contains(("undated", "2023-11-20"), forward);
    }

    private static (IReadOnlyList<TimelineEvent> Dated, IReadOnlyList<TimelineEvent> Undated) Assemble(params EventContribution[] reports) =>
        TimelineAssembler.Assemble([.. reports.Select(r => r.ArticleId).Distinct().Select(id => Article(id))], reports);
}
