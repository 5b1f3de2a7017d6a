using TimelineFunctions.Extraction.Temporal;
using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A date named without a year, in a clause told as done, is its last occurrence before the article.</summary>
public sealed class PastOccurrenceTests
{
    private static readonly DateOnly Published = new(2026, 10, 13);

    [Theory]
    [InlineData("Quarrie left the council in January.", "2026-01")]
    [InlineData("The harbour master resigned on 12 January after the inquiry.", "2026-01-12")]
    [InlineData("Brask quit the board in December and now teaches law.", "2025-12")]
    public void A_deed_told_in_the_past_takes_the_date_before_the_article(string text, string expected)
    {
        var deed = Assert.Single(ExtractTagged(Published, text));

        Assert.Equal(expected, deed.Date!.Value);
        Assert.Null(deed.PlannedFor);
    }

    [Theory]
    [InlineData("The council will vote on the contract in January.", "2027-01")]
    [InlineData("The first hearing is set for 14 January.", "2027-01-14")]
    [InlineData("The inquiry, which opened last week, is due to report in January.", "2027-01")]
    [InlineData("The inquiry was approved by 141 votes to 9, and its first hearing is set for 13 January.", "2027-01-13")]
    [InlineData("The regulator asked for the motion to be ruled on by 15 January.", "2027-01-15")]
    [InlineData("The government extended the deadline for tax returns to the end of January.", "2027-01")]
    [InlineData("The band postponed its shows in Monterrey to 31 January.", "2027-01-31")]
    public void A_date_the_clause_tells_as_coming_stays_ahead(string text, string planned)
    {
        var plan = Assert.Single(ExtractTagged(Published, text), e => e.PlannedFor is not null);

        Assert.Equal(planned, plan.PlannedFor!.Value);
    }

    [Theory]
    [InlineData("in January", true)]
    [InlineData("on 12 January", true)]
    [InlineData("in January 2026", false)]
    [InlineData("next January", false)]
    [InlineData("on Monday, 12 January", false)]
    [InlineData("in October", false)]
    public void The_tagger_marks_a_year_it_chose_by_nearness_alone(string phrase, bool guessed)
    {
        var timex = Assert.Single(TemporalTagger.Default.Tag($"The board met {phrase}.", Published));

        Assert.Equal(guessed, timex.IsYearGuessed);
    }
}
