using TimelineFunctions.Application.Queries;
using static TimelineFunctions.Application.Tests.Queries.TimelineSamples;

namespace TimelineFunctions.Application.Tests.Queries;

public sealed class DateLabelsTests
{
    [Theory]
    [InlineData("2023-10-09", "day", "2023-10-09", "2023-10-09", "9 Oct 2023")]
    [InlineData("2023-W41", "week", "2023-10-09", "2023-10-15", "week of 9 Oct 2023")]
    [InlineData("2023-04", "month", "2023-04-01", "2023-04-30", "April 2023")]
    [InlineData("2023-Q3", "quarter", "2023-07-01", "2023-09-30", "Q3 2023")]
    [InlineData("2023-SU", "season", "2023-06-01", "2023-08-31", "summer 2023")]
    [InlineData("2023-WI", "season", "2023-12-01", "2024-02-29", "winter 2023")]
    [InlineData("2023", "year", "2023-01-01", "2023-12-31", "2023")]
    [InlineData("201", "decade", "2010-01-01", "2019-12-31", "the 2010s")]
    public void Labels_claim_no_more_precision_than_the_date_has(string value, string granularity, string start, string end, string label) =>
        Assert.Equal(label, DateLabels.For(Date(value, granularity, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("2023-10-09", "2023-10-09", "2023-10-09")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    public void Date_bounds_cover_what_they_name(string text, string from, string to)
    {
        Assert.True(DateBound.TryParseFrom(text, out var f));
        Assert.True(DateBound.TryParseTo(text, out var t));
        Assert.Equal((from, to), (f.ToString("O", System.Globalization.CultureInfo.InvariantCulture), t.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2023-13-01")]
    [InlineData("20231009")]
    [InlineData("yesterday")]
    [InlineData("0000")]
    [InlineData("")]
    public void Anything_else_is_not_a_date_bound(string text) => Assert.False(DateBound.TryParseFrom(text, out _));
}
