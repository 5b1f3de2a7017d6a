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
}
