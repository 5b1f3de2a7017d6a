using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Temporal;
using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A relative clause after a name, with a day of its own and a past verb, tells that actor's deed of that day (invented text).</summary>
public sealed class DatedRelativeClauseTests
{
    private static readonly DateOnly Published = new(2025, 6, 4);

    [Fact]
    public void A_dated_deed_in_a_relative_clause_after_a_name_is_the_named_actors_event_of_that_day()
    {
        const string text = "Minister Corin Aldana, who denied any wrongdoing in the legislature on Tuesday, has said she declared the link.";

        var events = Extract(text, Day(text, "on Tuesday", 2025, 6, 3));

        var denial = Assert.Single(events, e => e.Date?.Value == "2025-06-03");
        Assert.Equal("denial", denial.Type);
        Assert.Equal("Corin Aldana, who denied any wrongdoing in the legislature on Tuesday", denial.Quote);
        Assert.Equal(text.IndexOf("Corin Aldana", StringComparison.Ordinal), denial.QuoteStart);
        Assert.Contains(denial.Participants, p => p.ActorId == "corin-aldana" && p.Role == EventParticipant.Agent);
    }

    [Theory]
    [InlineData("Ferry operator Halvorsen Lines, which was fined on Tuesday, said it would appeal.", "sanctions")]
    [InlineData("Ferry operator Halvorsen Lines, which on Tuesday cancelled the crossing, said it would appeal.", "suspension")]
    [InlineData("Ferry operator Halvorsen Lines, which moved its office on Tuesday, said it would appeal.", "occurrence")]
    [InlineData("Ferry operator Halvorsen Lines, which ordered the evacuation of the harbour wards on Tuesday, said it would appeal.", "evacuation")]
    [InlineData("Ferry operator Halvorsen Lines, which apologized to passengers at a meeting in the port on Tuesday, said it would appeal.", "apology")]
    public void A_past_passive_a_date_before_the_verb_an_untyped_verb_and_an_event_noun_object_count_too(string text, string type)
    {
        var events = Extract(text, Day(text, "on Tuesday", 2025, 6, 3));

        Assert.Equal(type, Assert.Single(events, e => e.Date?.Value == "2025-06-03").Type);
    }

    [Fact]
    public void Of_two_joined_deeds_the_clause_tells_the_one_its_date_follows()
    {
        const string text = "Ferry owner Magnus Tellerby, who founded Halvorsen Lines in 1991 and apologised to passengers on Tuesday, said he would resign.";

        var deed = Assert.Single(Extract(text, Day(text, "on Tuesday", 2025, 6, 3)), e => e.Date?.Value == "2025-06-03");

        Assert.Equal("apology", deed.Type);
    }

    [Theory]
    [InlineData("Organizer Nell Quarrie, a retired nurse who set up the river group on Tuesday, said 300 people had joined.", "occurrence", "Nell Quarrie, a retired nurse who set up the river group on Tuesday")]
    [InlineData("Organizer Nell Quarrie, whose group filed a lawsuit against the railway on Tuesday, said 300 people had joined.", "lawsuit", "Nell Quarrie, whose group filed a lawsuit against the railway on Tuesday")]
    public void The_clause_may_follow_an_apposition_or_tell_the_deed_of_someone_of_the_named_one(string text, string type, string quote)
    {
        var deed = Assert.Single(Extract(text, Day(text, "on Tuesday", 2025, 6, 3)), e => e.Date?.Value == "2025-06-03");

        Assert.Equal((type, quote), (deed.Type, deed.Quote));
    }

    [Theory]
    [InlineData("Minister Corin Aldana, who runs the ferry board and spoke on Tuesday, has said she declared the link.")]
    [InlineData("Minister Corin Aldana, who is expected to resign on Tuesday, has said she declared the link.")]
    [InlineData("Minister Corin Aldana, who has been absent since Tuesday, has said she declared the link.")]
    [InlineData("Minister Corin Aldana, whose office has been closed since Tuesday, has said she declared the link.")]
    [InlineData("Minister Corin Aldana, the former ferry chief, spoke to the board on Tuesday.")]
    [InlineData("Minister Corin Aldana, who met the premier two days after the resignation on Tuesday, has said she declared the link.")]
    [InlineData("Staff at the ferry office, which moved on Tuesday, have been told to work from home.")]
    public void A_clause_without_a_past_deed_of_its_date_or_after_a_noun_that_is_no_event_tells_nothing(string text)
    {
        var phrase = text.Contains("since Tuesday", StringComparison.Ordinal) ? "since Tuesday" : "on Tuesday";

        var events = Extract(text, Day(text, phrase, 2025, 6, 3));

        Assert.DoesNotContain(events, e => e.Date?.Value == "2025-06-03" && e.Quote.EndsWith(phrase, StringComparison.Ordinal));
    }

    [Fact]
    public void After_an_event_word_the_clause_dates_that_event_quoted_from_its_determiner()
    {
        const string text = "The public inquiry, which opened its hearings on Tuesday, is examining the tender.";

        var inquiry = Assert.Single(Extract(text, Day(text, "on Tuesday", 2025, 6, 3)), e => e.Date?.Value == "2025-06-03");

        Assert.Equal(("investigation", "The public inquiry, which opened its hearings on Tuesday"), (inquiry.Type, inquiry.Quote));
    }

    [Fact]
    public void A_clause_of_a_coarser_date_describes_the_actor()
    {
        const string text = "Minister Corin Aldana, who was elected in 2019, has said she declared the link.";

        var events = Extract(text, new TemporalExpression(text.IndexOf("in 2019", StringComparison.Ordinal), 7, "in 2019", TimexType.Date, "2019", Granularity.Year, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), null, "test"));

        Assert.DoesNotContain(events, e => e.Date?.Value == "2019");
    }

    [Theory]
    [InlineData("Chief executive Ida Brenn, who apologised to residents last month, said the company would cooperate.", "apology", "2025-05")]
    [InlineData("Chief executive Ida Brenn, who toured the flooded streets last month, said the company would cooperate.", null, null)]
    [InlineData("Chief executive Ida Brenn, who apologised to residents in March, said the company would cooperate.", null, null)]
    public void A_recent_month_dates_a_recap_with_an_event_word(string text, string? type, string? month)
    {
        var phrase = text.Contains("last month", StringComparison.Ordinal) ? "last month" : "in March";
        var first = phrase == "last month" ? new DateOnly(2025, 5, 1) : new DateOnly(2025, 3, 1);
        var period = new TemporalExpression(text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length, phrase, TimexType.Date, first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Granularity.Month, first, first.AddMonths(1).AddDays(-1), null, "test");

        var recap = Extract(text, period).SingleOrDefault(e => e.Date?.Granularity == Granularity.Month);

        Assert.Equal((type, month), (recap?.Type, recap?.Date?.Value));
    }

    private static IReadOnlyList<ExtractedEvent> Extract(string text, params TemporalExpression[] timexes) => ExtractPublished(Published, text, timexes);
}
