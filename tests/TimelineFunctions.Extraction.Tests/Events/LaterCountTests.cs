using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;
using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A count of days or weeks "later" after a day is that day moved by the count (invented text).</summary>
public sealed class LaterCountTests
{
    private static readonly DateOnly Published = new(2025, 4, 30);

    [Theory]
    [InlineData("The ferry operator was fined on 8 April. The owner resigned five days later.", "five days", "P5D", "2025-04-13")]
    [InlineData("The ferry operator was fined on 8 April and the owner resigned a week later.", "a week", "P1W", "2025-04-15")]
    public void A_count_later_after_a_day_dates_the_deed(string text, string count, string duration, string day)
    {
        var events = ExtractPublished(Published, text, Day(text, "8 April", 2025, 4, 8), Count(text, count, duration));

        var resignation = Assert.Single(events, e => e.Type == "personnel");
        Assert.Equal(day, resignation.Date!.Value);
        Assert.Equal($"{count} later", Assert.Single(resignation.Date.Texts));
    }

    [Theory]
    [InlineData("The ferry operator was fined in April. The owner resigned five days later.")]
    [InlineData("The ferry operator was fined on 8 April. The owner resigned almost five days later.")]
    [InlineData("The ferry operator was fined on 8 April.\n\nThe owner resigned five days later.")]
    [InlineData("The ferry operator was fined on 28 April. The owner resigned five days later.")]
    public void A_count_after_a_month_hedged_in_another_paragraph_or_past_the_page_date_is_no_day(string text)
    {
        var anchor = text.Contains("in April", StringComparison.Ordinal)
            ? new TemporalExpression(text.IndexOf("April", StringComparison.Ordinal), 5, "April", TimexType.Date, "2025-04", Granularity.Month, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30), null, "test")
            : text.Contains("28 April", StringComparison.Ordinal) ? Day(text, "28 April", 2025, 4, 28) : Day(text, "8 April", 2025, 4, 8);

        var events = ExtractPublished(Published, text, anchor, Count(text, "five days", "P5D"));

        Assert.DoesNotContain(events, e => e.Date?.Texts.Contains("five days later") == true);
    }

    [Fact]
    public void On_a_page_with_no_date_a_count_after_a_day_without_a_year_names_a_day_without_a_year()
    {
        const string text = "The ferry owner apologised in public on 5 March and resigned as chairman four days later.";
        var fifth = new TemporalExpression(text.IndexOf("5 March", StringComparison.Ordinal), 7, "5 March", TimexType.Date, "XXXX-03-05", Granularity.Day, null, null, null, "test");

        var events = EventExtractor.Default.Extract(text, [fifth, Count(text, "four days", "P4D")], ActorExtractor.Default.Extract(text), PublicationDating.None);

        Assert.Equal("03-09", Assert.Single(events, e => e.Type == "personnel").NamedDay);
    }

    private static TemporalExpression Count(string text, string phrase, string value) =>
        new(text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length, phrase, TimexType.Duration, value, null, null, null, null, "test");
}
