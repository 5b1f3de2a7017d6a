using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A clause listing counts by date tells one event per date (invented text).</summary>
public sealed class DateListTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    [Fact]
    public void Each_count_and_date_of_a_list_is_an_event()
    {
        const string text = "The coastguard rescued some 500 people on October 9, 40 on September 18 and 80 on August 29.";

        var dates = Extract(text, Day(text, "October 9", 2024, 10, 9), Day(text, "September 18", 2024, 9, 18), Day(text, "August 29", 2024, 8, 29))
            .Select(e => e.Date?.Value).ToList();

        Assert.Equal(["2024-10-09", "2024-09-18", "2024-08-29"], dates);
    }

    [Fact]
    public void A_date_that_is_not_a_listed_count_makes_no_extra_event()
    {
        const string text = "The coastguard rescued 500 people on October 9 in a storm season that began on September 18.";

        var events = Extract(text, Day(text, "October 9", 2024, 10, 9), Day(text, "September 18", 2024, 9, 18));

        Assert.Equal("2024-10-09", Assert.Single(events).Date!.Value);
    }

    [Fact]
    public void A_coordinated_clause_opening_with_its_own_date_is_a_second_event()
    {
        const string text = "Yesterday, the regulator filed a motion to halt the merger, and today a judge was assigned to the case.";

        var dates = Extract(text, Day(text, "Yesterday", 2025, 3, 13), Day(text, "today", 2025, 3, 14)).Select(e => e.Date?.Value).ToList();

        Assert.Contains("2025-03-13", dates);
        Assert.Contains("2025-03-14", dates);
    }

    [Fact]
    public void A_second_date_inside_the_same_clause_is_no_second_event()
    {
        const string text = "The regulator filed a motion on Thursday to halt the merger agreed on Monday.";

        var events = Extract(text, Day(text, "on Thursday", 2025, 3, 13), Day(text, "on Monday", 2025, 3, 10));

        Assert.DoesNotContain(events, e => e.Date?.Value == "2025-03-10" && e.Trigger is null && e.Type == "occurrence");
    }

    [Fact]
    public void A_title_case_headline_ending_with_a_quote_is_no_event()
    {
        const string text = "Judge Who Halted The Merger Sided With Regulator on ‘Key Points’\nThe regulator filed a motion on Thursday to halt the merger.";

        Assert.DoesNotContain(Extract(text, Day(text, "on Thursday", 2025, 3, 13)), e => e.Quote.StartsWith("Judge", StringComparison.Ordinal));
    }

    private static TemporalExpression Day(string text, string phrase, int y, int m, int d) =>
        new(text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length, phrase, TimexType.Date, $"{y:D4}-{m:D2}-{d:D2}", Granularity.Day, new DateOnly(y, m, d), new DateOnly(y, m, d), null, "test");

    private static IReadOnlyList<ExtractedEvent> Extract(string text, params TemporalExpression[] timexes) =>
        EventExtractor.Default.Extract(text, timexes, ActorExtractor.Default.Extract(text), new PublicationDating(new PublicationDate(Published, PublicationDateSource.Stamp, "test", 1), [], []));
}
