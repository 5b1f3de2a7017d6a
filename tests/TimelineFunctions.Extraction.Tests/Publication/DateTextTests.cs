using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Tests.Publication;

public class DateTextTests
{
    [Theory]
    [InlineData("2023-10-03", 2023, 10, 3)]
    [InlineData("2023-10-13T23:30:00-04:00", 2023, 10, 13)]
    [InlineData("Fri, 13 Oct 2023 10:00:00 GMT", 2023, 10, 13)]
    [InlineData("October 13, 2023", 2023, 10, 13)]
    [InlineData("Oct. 13, 2023 at 5:00 p.m.", 2023, 10, 13)]
    [InlineData("20231013", 2023, 10, 13)]
    public void Structured_values_parse(string value, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), DateText.ParseStructured(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("2023-02-30")]
    [InlineData("1875-01-01")]
    public void Invalid_or_implausible_values_give_null(string value)
    {
        Assert.Null(DateText.ParseStructured(value));
    }

    [Theory]
    [InlineData("Fri Oct 13 2023", 10, 13, 2023)]
    [InlineData("June 10, 2024", 6, 10, 2024)]
    [InlineData("13th of October 2023", 10, 13, 2023)]
    [InlineData("05/19/24", 5, 19, 2024)]
    [InlineData("19/05/2024", 5, 19, 2024)]
    [InlineData("3 décembre 2023", 12, 3, 2023)]
    [InlineData("1er mars 2024", 3, 1, 2024)]
    [InlineData("3 de diciembre de 2023", 12, 3, 2023)]
    [InlineData("3. Dezember 2023", 12, 3, 2023)]
    [InlineData("28 marzo 2024", 3, 28, 2024)]
    public void Text_dates_are_found(string text, int m, int d, int y)
    {
        var match = DateText.FindFirst($"on {text} it");
        Assert.NotNull(match);
        Assert.Equal((m, d, y), (match.Month, match.Day, match.Year));
        Assert.Equal(NumericOrder.Unambiguous, match.Order);
    }

    [Fact]
    public void Ambiguous_numeric_dates_are_flagged()
    {
        var match = DateText.FindFirst("05/06/24");
        Assert.Equal(NumericOrder.AmbiguousReadAsMonthFirst, match?.Order);
    }

    [Fact]
    public void Month_day_without_year_has_no_year()
    {
        var match = DateText.FindFirst("SEOUL, Oct 13 (Reuters) -");
        Assert.Equal((10, 13, (int?)null), (match?.Month, match?.Day, match?.Year));
        Assert.Null(match?.ToDate());
    }

    [Theory]
    [InlineData("Updated 14:02 GMT, 13 March 2024", true)]
    [InlineData("Posted 05/19/24 by the newsroom", true)]
    [InlineData("Published 3.12.23", true)]
    [InlineData("Posted March 13 at 14:02", false)]
    [InlineData("About 40 officers and 12 vans arrived", false)]
    [InlineData("Page 2019", true)]
    [InlineData("Page 2109", false)]
    public void A_text_that_may_hold_a_year_is_told_from_one_without(string text, bool mayHold)
    {
        Assert.Equal(mayHold, DateText.MayHoldYear(text));
        if (!mayHold)
        {
            Assert.DoesNotContain(DateText.FindAll(text), d => d.Year is not null);
        }
    }
}
