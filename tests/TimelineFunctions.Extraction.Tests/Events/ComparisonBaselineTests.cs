using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A date that is only the baseline of a record comparison dates nothing (invented text).</summary>
public sealed class ComparisonBaselineTests
{
    [Theory]
    [InlineData("Harbour closures are at the highest level since 2009, the board said.", true)]
    [InlineData("It was the worst month for Quillon retailers since the 2009 slump.", true)]
    [InlineData("Ferry traffic fell to its lowest since 2009.", true)]
    [InlineData("The first strike since 2009 shut the port.", true)]
    [InlineData("Closures hit their highest since the 2008–2009 slump.", true)]
    [InlineData("The port has been closed since 2009.", false)]
    [InlineData("The highest tide came in 2009.", false)]
    public void A_date_after_a_superlative_and_since_is_a_comparison_baseline(string text, bool baseline)
    {
        var at = text.IndexOf("2009", StringComparison.Ordinal);
        var timex = new TemporalExpression(at, 4, "2009", TimexType.Date, "2009", Granularity.Year, new DateOnly(2009, 1, 1), new DateOnly(2009, 12, 31), null, "test");

        Assert.Equal(baseline, ComparisonBaseline.Holds(text, timex));
    }

    [Fact]
    public void A_record_comparison_makes_no_event_of_its_baseline()
    {
        const string text = "Ship closures at Quillon collapsed to the lowest since the 2009 slump, the Quillon Port Authority said.";
        var at = text.IndexOf("2009", StringComparison.Ordinal);
        var year = new TemporalExpression(at, 4, "2009", TimexType.Date, "2009", Granularity.Year, new DateOnly(2009, 1, 1), new DateOnly(2009, 12, 31), null, "test");
        var published = new PublicationDating(new PublicationDate(new DateOnly(2024, 3, 4), PublicationDateSource.Stamp, "test", 1), [], []);

        var events = EventExtractor.Default.Extract(text, [year], ActorExtractor.Default.Extract(text), published);

        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Date is { } d && d.Value == "2009");
    }
}
