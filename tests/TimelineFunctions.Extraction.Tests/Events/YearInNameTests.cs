using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A year that is part of a name dates nothing (invented text).</summary>
public sealed class YearInNameTests
{
    [Theory]
    [InlineData("The crew trained for the 2022 Harbour Games before the season.", true)]
    [InlineData("Quillon's 2019 Spring Regatta drew record crowds.", true)]
    [InlineData("The firm never recovered from Quillon's 2019 collapse.", false)]
    [InlineData("The crew trained in 2022 before the season.", false)]
    [InlineData("In 2022 Harbour Games officials quit.", false)]
    public void A_bare_year_between_a_determiner_and_a_capitalized_word_is_part_of_a_name(string text, bool inName)
    {
        var at = text.IndexOf("20", StringComparison.Ordinal);
        var timex = new TemporalExpression(at, 4, text.Substring(at, 4), TimexType.Date, text.Substring(at, 4), Granularity.Year, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), null, "test");

        Assert.Equal(inName, YearInName.Holds(text, timex));
    }
}
