using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Timeline;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>A deed an article tells as done at an occasion it reports that day (<see cref="DeedAtAnOccasion"/>).</summary>
public sealed class DeedAtAnOccasionTests
{
    private static EventContribution Meeting(string article = "release") =>
        Report(article, "meeting", "Quillon announced that its shareholders approved the sale to Brenn at the Quillon Special Meeting held today.", Day("2025-03-12"), Actor("quillon"))
            with
        { Trigger = "Meeting" };

    [Fact]
    public void A_vote_told_as_taken_at_the_meeting_its_article_reports_that_day_is_one_event_with_it()
    {
        var reports = new[]
        {
            Meeting(),
            Report("release", "vote", "Nine in ten of the shares voted at the Special Meeting were voted for the sale to Brenn.", Day("2025-03-12"), Actor("quillon"))
                with { Ordinal = 1, Trigger = "voted" },
        };

        var (dated, _) = Assemble(reports);

        var merged = Assert.Single(dated);
        Assert.Equal("meeting", merged.Type);
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }

    [Theory]
    [InlineData("release", "arrest", "Police arrested two protesters after the Special Meeting held for the sale to Brenn.", "2025-03-12")]
    [InlineData("release", "vote", "Nine in ten of the shares were voted for the sale to Brenn at the Special Meeting.", "2025-03-13")]
    [InlineData("wire", "vote", "Nine in ten of the shares voted at the Special Meeting were voted for the sale to Brenn.", "2025-03-12")]
    public void A_deed_after_the_occasion_on_another_day_or_in_another_article_stays_apart(string article, string type, string quote, string day)
    {
        var (dated, _) = Assemble(Meeting(), Report(article, type, quote, Day(day), Actor("quillon")) with { Ordinal = 1, Trigger = type });

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void A_hosted_deed_does_not_keep_another_articles_report_of_the_occasion_out()
    {
        var (dated, _) = Assemble(
            Meeting(),
            Report("release", "vote", "Nine in ten of the shares voted at the Special Meeting were voted for the sale to Brenn.", Day("2025-03-12"), Actor("quillon"))
                with
            { Ordinal = 1, Trigger = "voted" },
            Meeting("wire") with { Quote = "Quillon shareholders approved the sale to Brenn at a special meeting on Wednesday.", Summary = "Quillon shareholders approved the sale to Brenn at a special meeting on Wednesday." });

        var merged = Assert.Single(dated);
        Assert.Equal(2, merged.SourceCount);
    }
}
