using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A plan and the dated deed it follows, told in one sentence, are two events.</summary>
public sealed class PlanAfterDeedTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 24);

    [Theory]
    [InlineData("The creamery will reopen the plant next week after inspectors cleared its butter lines on Monday.", "2026-W14", "inspectors cleared its butter lines on Monday.", "2026-03-23")]
    [InlineData("The union will hold a ballot on Friday because members rejected the offer on Sunday.", "2026-03-27", "members rejected the offer on Sunday.", "2026-03-22")]
    [InlineData("The company said it would reopen the plant next week, after inspectors cleared its butter lines on Monday.", "2026-W14", "inspectors cleared its butter lines on Monday.", "2026-03-23")]
    public void The_plan_and_the_deed_are_told_apart(string text, string planned, string deedQuote, string deedDay)
    {
        var events = ExtractTagged(Tuesday, text);

        var plan = Assert.Single(events, e => e.PlannedFor is not null);
        Assert.Equal(planned, plan.PlannedFor!.Value);
        var deed = Assert.Single(events, e => e.Quote == deedQuote);
        Assert.Equal(deedDay, deed.Date!.Value);
        Assert.Null(deed.PlannedFor);
    }

    [Theory]
    [InlineData("The vote will take place after the talks on Monday.")]
    [InlineData("The ballot will be held on Friday after members rejected the offer.")]
    public void A_plan_after_no_dated_deed_stays_one_sentence(string text)
    {
        var plan = Assert.Single(ExtractTagged(Tuesday, text));

        Assert.Equal(text, plan.Quote);
    }
}
