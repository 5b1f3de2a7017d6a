using static TimelineFunctions.Extraction.Tests.Temporal.TemporalTestHelpers;

namespace TimelineFunctions.Extraction.Tests.Temporal.Refiners;

/// <summary>"A year earlier" follows the quarter mentioned last.</summary>
public class YearAgoQuarterRefinerTests
{
    private const string Dct = "2023-10-13"; // a Friday

    [Fact]
    public void Year_ago_follows_the_last_mentioned_quarter()
    {
        var found = Tag("Third-quarter profit rose to $5 million from $3 million a year earlier.", Dct);
        Assert.Contains(found, t => t.Text == "Third-quarter" && t.Value == "2023-Q3");
        Assert.Contains(found, t => t.Text == "a year earlier" && t.Value == "2022-Q3");
    }
}
