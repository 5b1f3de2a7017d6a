using TimelineFunctions.Extraction.Temporal;
using static TimelineFunctions.Extraction.Tests.Temporal.TemporalTestHelpers;

namespace TimelineFunctions.Extraction.Tests.Temporal.Refiners;

/// <summary>A clock time and the day written beside it become one TIME on that day.</summary>
public class TimeDateMergeRefinerTests
{
    private const string Dct = "2023-10-13"; // a Friday

    [Fact]
    public void Clock_time_followed_by_a_weekday_merges_into_one_time_on_that_day()
    {
        var t = Single("The ceasefire began at 10 p.m. Wednesday, officials said.", "10 p.m. Wednesday", Dct);
        Assert.Equal(TimexType.Time, t.Type);
        Assert.Equal("2023-10-11T22:00", t.Value);
    }

    [Theory]
    [InlineData("The storm made landfall at 2 a.m. local time on Tuesday.", "2 a.m.", "2023-10-10T02:00")]
    [InlineData("The ceasefire began at 9 p.m. (0100 GMT) on Wednesday.", "9 p.m.", "2023-10-11T21:00")]
    public void A_clock_time_whose_zone_stands_before_its_day_is_on_that_day(string sentence, string clock, string value)
    {
        var t = Single(sentence, clock, Dct);
        Assert.Equal(value, t.Value);
        Assert.Single(Tag(sentence, Dct), x => x.Text.Contains("day", StringComparison.Ordinal));
    }
}
