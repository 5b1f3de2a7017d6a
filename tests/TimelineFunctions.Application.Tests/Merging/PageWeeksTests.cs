using System.Globalization;
using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Timeline;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>A page with no date whose weekday joined a dated event places its other weekdays in that week (invented reports).</summary>
public sealed class PageWeeksTests
{
    private static readonly EventActor Crews = Actor("quillon-rescue-crews", "group");

    [Theory]
    [InlineData(DayOfWeek.Wednesday, "2023-11-29")]
    [InlineData(DayOfWeek.Tuesday, "2023-11-28")]
    [InlineData(DayOfWeek.Saturday, "2023-11-25")]
    [InlineData(DayOfWeek.Friday, "2023-12-01")]
    public void A_weekday_is_the_day_of_its_name_within_three_days_of_the_known_day(DayOfWeek weekday, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), PageWeeks.Nearest(weekday, new DateOnly(2023, 11, 28)));
    }

    [Fact]
    public void A_weekday_that_matches_nothing_is_placed_in_the_week_another_weekday_of_its_page_joined()
    {
        var (dated, undated) = Assemble(
            Report("wire", "rescue", "Rescuers pulled all 41 workers out of the Quillon tunnel on Tuesday evening.", Day("2023-11-28"), Crews),
            Report("page", "rescue", "The rescue crews on Tuesday evening pulled out all 41 workers from the Quillon tunnel.", null, Crews) with { NamedWeekday = "tuesday" },
            Report("page", "meeting", "The governor met the rescued workers on Wednesday and handed each a cheque.", null, Actor("quillon-governor", "person")) with { Ordinal = 1, NamedWeekday = "wednesday" });

        Assert.Empty(undated);
        var meeting = Assert.Single(dated, e => e.Type == "meeting");
        Assert.Equal(("2023-11-29", "page"), (meeting.Date!.Value, Assert.Single(meeting.Sources).ArticleId));
        Assert.Equal(["page", "wire"], Assert.Single(dated, e => e.Type == "rescue").Sources.Select(s => s.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_joined_weekday_on_its_page_a_weekday_that_matches_nothing_stays_off_the_timeline()
    {
        var (dated, undated) = Assemble(
            Report("wire", "rescue", "Rescuers pulled all 41 workers out of the Quillon tunnel on Tuesday evening.", Day("2023-11-28"), Crews),
            Report("page", "meeting", "The governor met the rescued workers on Wednesday and handed each a cheque.", null, Actor("quillon-governor", "person")) with { NamedWeekday = "wednesday" });

        Assert.Empty(undated);
        Assert.DoesNotContain(dated, e => e.Type == "meeting");
    }
}
