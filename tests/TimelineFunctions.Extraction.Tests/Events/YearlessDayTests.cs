using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Extraction.Tests.Events;

public sealed class YearlessDayTests
{
    [Theory]
    [InlineData("XXXX-11-12", "11-12")]
    [InlineData("XXXX-11-12TMO", "11-12")]
    [InlineData("XXXX-02-29", "02-29")]
    [InlineData("XXXX-11", null)]
    [InlineData("XXXX-WXX-1", null)]
    [InlineData("2023-11-12", null)]
    [InlineData("XXXX-02-30", null)]
    public void A_value_with_an_unknown_year_gives_its_month_and_day(string value, string? monthDay)
    {
        Assert.Equal(monthDay, YearlessDay.Parse(value)?.MonthDay);
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, "11-20")]
    [InlineData(DayOfWeek.Tuesday, "11-21")]
    [InlineData(DayOfWeek.Wednesday, "11-15")]
    [InlineData(DayOfWeek.Sunday, "11-19")]
    public void A_weekday_is_the_latest_of_its_name_on_or_before_the_day(DayOfWeek weekday, string monthDay)
    {
        var present = new YearlessDay(11, 21, DayOfWeek.Tuesday);

        var day = present.LatestOnOrBefore(weekday);

        Assert.Equal((monthDay, weekday), (day.MonthDay, day.Weekday));
    }

    [Fact]
    public void Days_are_counted_across_months_and_the_end_of_the_year()
    {
        Assert.Equal("01-05", new YearlessDay(12, 28).AddDays(8).MonthDay);
        Assert.Equal("03-01", new YearlessDay(2, 28).AddDays(2).MonthDay);
    }
}
