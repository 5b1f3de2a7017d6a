using System.Text;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>
/// A page whose only date is a dateline without a year ("QUILLON, Nov 20 (Tidewire) -"): its present is that month and
/// day, which the merge dates once the story gives the year (invented text).
/// </summary>
public sealed class YearlessDatelineTests
{
    private const string Page =
        "Quillon tunnel crews reach the halfway mark\n"
        + "QUILLON, Nov 20 (Tidewire) - Rescue crews pushed a wider pipe through the rubble of the Quillon tunnel on Monday, officials said.\n"
        + "Loose soil slowed the drilling late on Saturday, and the crews switched to a smaller auger overnight, the highways agency said in a statement.\n"
        + "Site manager Ruth Okoro said on Sunday that the trapped workers were receiving food through a narrow pipe.\n"
        + "\"Everyone down there is calm,\" Ruth Okoro said.\n"
        + "The crews will resume drilling on Thursday.\n";

    private static readonly IReadOnlyList<ExtractedEvent> Events =
        ArticleAnalyzer.Default.Analyze(new ArticleInput("quillon.txt", Encoding.UTF8.GetBytes(Page))).Events;

    private static ExtractedEvent Starting(string words) =>
        Assert.Single(Events, e => e.Quote.StartsWith(words, StringComparison.Ordinal) && (e.NamedWeekday ?? (object?)e.NamedDay) is not null);

    [Fact]
    public void A_deed_on_a_weekday_counts_back_from_the_datelines_day()
    {
        var lead = Starting("QUILLON, Nov 20");

        Assert.Equal((null, DayOfWeek.Monday, "11-20"), (lead.Date, lead.NamedWeekday, lead.PageDay));
    }

    [Fact]
    public void A_clause_on_a_weekday_is_an_event_without_an_event_word()
    {
        var slowed = Assert.Single(Events, e => e.Quote.StartsWith("Loose soil", StringComparison.Ordinal) && e.NamedWeekday is not null);

        Assert.Equal((DayOfWeek.Saturday, "11-20"), (slowed.NamedWeekday, slowed.PageDay));
    }

    [Fact]
    public void A_statement_on_a_weekday_counts_back_and_one_without_a_time_is_on_the_datelines_day()
    {
        var onSunday = Starting("Site manager Ruth Okoro said on Sunday");
        var quoted = Starting("\"Everyone down there");

        Assert.Equal((DayOfWeek.Sunday, "11-20", null), (onSunday.NamedWeekday, onSunday.PageDay, onSunday.NamedDay));
        Assert.Equal((null, null, "11-20"), (quoted.NamedWeekday, quoted.PageDay, quoted.NamedDay));
    }

    [Fact]
    public void A_weekday_ahead_does_not_count_back()
    {
        Assert.DoesNotContain(Events, e => e.Quote.StartsWith("The crews will resume", StringComparison.Ordinal) && e.PageDay is not null);
    }
}
