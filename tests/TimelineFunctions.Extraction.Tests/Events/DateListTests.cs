using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Temporal;
using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

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
    public void A_coordinated_clause_with_its_own_verb_before_its_date_is_a_second_untyped_event()
    {
        const string text = "Halvorsen announced the harbour deal in early 2022, but the whole acquisition was blocked in April by the regulator.";
        var early2022 = new TemporalExpression(text.IndexOf("in early 2022", StringComparison.Ordinal), 13, "in early 2022", TimexType.Date, "2022", Granularity.Year, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), null, "test");
        var april = new TemporalExpression(text.IndexOf("in April", StringComparison.Ordinal), 8, "in April", TimexType.Date, "2024-04", Granularity.Month, new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30), null, "test");

        var events = Extract(text, early2022, april);

        Assert.Contains(events, e => e.Date?.Value == "2022" && e.Type == "agreement");
        var blocked = Assert.Single(events, e => e.Date?.Value == "2024-04");
        Assert.Equal(("occurrence", null), (blocked.Type, blocked.Trigger));
    }

    [Fact]
    public void A_coordinated_clause_keeps_its_own_event_word_and_may_hold_an_apposition()
    {
        const string text = "The minister urged both sides on Monday to return to talks, and the government appointed a mediator, former judge Ida Lind, on Tuesday.";

        var events = Extract(text, Day(text, "on Monday", 2025, 3, 10), Day(text, "on Tuesday", 2025, 3, 11));

        var appointed = Assert.Single(events, e => e.Date?.Value == "2025-03-11");
        Assert.Equal(("personnel", "appointed"), (appointed.Type, appointed.Trigger));
    }

    [Theory]
    [InlineData("The crane toppled on Sunday, and the dockers who were evacuated on Monday went home.")]
    [InlineData("The crane toppled on Sunday, and the old harbour cranes of the northern quay were all repainted on Monday.")]
    public void A_date_in_a_relative_clause_or_far_into_a_coordinated_clause_is_no_second_event(string text)
    {
        var events = Extract(text, Day(text, "on Sunday", 2025, 3, 9), Day(text, "on Monday", 2025, 3, 10));

        Assert.DoesNotContain(events, e => e.Date?.Value == "2025-03-10");
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

    [Fact]
    public void A_first_clause_with_a_day_and_a_past_verb_of_its_own_is_an_event_of_that_day_quoted_alone()
    {
        const string text = "Engineers spotted water seeping through the embankment on Sunday, and the mayor ordered residents to leave late on Monday.";

        var events = Extract(text, Day(text, "on Sunday", 2025, 3, 9), Day(text, "late on Monday", 2025, 3, 10));

        Assert.Contains(events, e => e is { Type: "evacuation", Date.Value: "2025-03-10" });
        var sighting = Assert.Single(events, e => e.Date?.Value == "2025-03-09");
        Assert.Equal(("occurrence", "Engineers spotted water seeping through the embankment on Sunday"), (sighting.Type, sighting.Quote));
    }

    [Fact]
    public void A_first_clause_without_a_verb_of_its_own_tells_nothing()
    {
        const string text = "Heavy rain on Sunday, and the mayor ordered residents to leave late on Monday.";

        var events = Extract(text, Day(text, "on Sunday", 2025, 3, 9), Day(text, "late on Monday", 2025, 3, 10));

        Assert.DoesNotContain(events, e => e.Date?.Value == "2025-03-09");
    }

    [Fact]
    public void And_before_a_past_verb_opens_a_clause_of_its_own_day()
    {
        const string text = "The ferry owner Magnus Brenn apologised in public on 5 March and resigned as chairman on 9 March.";

        var events = Extract(text, Day(text, "5 March", 2025, 3, 5), Day(text, "9 March", 2025, 3, 9));

        Assert.Equal([("apology", "2025-03-05"), ("personnel", "2025-03-09")], events.Select(e => (e.Type, e.Date!.Value)).Order().ToList());
    }

    [Fact]
    public void And_between_two_dates_of_a_list_opens_no_clause()
    {
        const string text = "The ferry owner Magnus Brenn apologised in public on 5 March and 6 March.";

        var events = Extract(text, Day(text, "5 March", 2025, 3, 5), Day(text, "6 March", 2025, 3, 6));

        Assert.DoesNotContain(events, e => e.Quote == "The ferry owner Magnus Brenn apologised in public on 5 March");
    }

    private static IReadOnlyList<ExtractedEvent> Extract(string text, params TemporalExpression[] timexes) => ExtractPublished(Published, text, timexes);
}
