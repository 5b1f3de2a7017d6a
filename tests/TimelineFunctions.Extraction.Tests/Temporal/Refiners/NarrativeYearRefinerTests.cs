using static TimelineFunctions.Extraction.Tests.Temporal.TemporalTestHelpers;

namespace TimelineFunctions.Extraction.Tests.Temporal.Refiners;

/// <summary>A yearless day soon after a day of another year continues that account (invented text).</summary>
public class NarrativeYearRefinerTests
{
    private const string Dct = "2023-11-16";

    [Fact]
    public void A_yearless_day_weeks_after_a_past_dated_day_takes_its_year()
    {
        const string text = "Nine climbers were cut off by a storm on the ridge on June 23, 2018. Rescuers reached the last of them on July 2.";
        Assert.Equal("2018-07-02", Single(text, "July 2", Dct).Value);
    }

    [Theory]
    [InlineData("The quarry flooded on June 23, 2018. The council met on October 30 to approve the new pumps.", "October 30", "2023-10-30")] // months later: the document's year
    [InlineData("The quarry flooded on July 9, 2018. The council met on July 2 to approve the new pumps.", "July 2", "2023-07-02")] // before the dated day
    [InlineData("The quarry flooded on June 23, 2023. The council met on July 2 to approve the new pumps.", "July 2", "2023-07-02")] // the document's own year
    public void Other_yearless_days_keep_the_documents_year(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression, Dct).Value);
}
