using TimelineFunctions.Application.Merging;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>A chronology's entry sums up its day's development (<see cref="ChronologyEntries"/>).</summary>
public sealed class ChronologyEntriesTests
{
    private const string Entry = "23 May: She is taken to the prison hospital and ends her hunger strike.";
    private const string Narrative = "On 23 May the reporter collapsed in her cell and was taken to the prison hospital, where she agreed to end her hunger strike.";

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void An_entry_joins_the_event_of_its_day_it_shares_words_with_whatever_its_type(bool inChronology, int expectedEvents)
    {
        var reports = new[]
        {
            Report("explainer", "strike", Entry, Day("2027-05-23")) with { InChronology = inChronology },
            Report("wire", "incident", Narrative, Day("2027-05-23")),
        };

        var (dated, _) = Assemble(reports);

        Assert.Equal(expectedEvents, dated.Count);
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }

    [Fact]
    public void An_entry_that_shares_too_little_with_the_events_of_its_day_stays_apart()
    {
        var (dated, _) = Assemble(
            Report("explainer", "trial", "23 May: The court adjourns her appeal.", Day("2027-05-23")) with { InChronology = true },
            Report("wire", "incident", Narrative, Day("2027-05-23")));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void An_entry_that_shares_as_much_with_two_events_of_its_day_stays_apart()
    {
        var (dated, _) = Assemble(
            Report("explainer", "strike", "23 May: The reporter ends her strike.", Day("2027-05-23")) with { InChronology = true },
            Report("wire", "incident", "The reporter collapsed on 23 May during her strike.", Day("2027-05-23")),
            Report("courier", "release", "The reporter was freed on 23 May during her strike.", Day("2027-05-23")));

        Assert.Contains(dated, e => e.Sources.Count == 1 && e.Sources[0].ArticleId == "explainer");
    }
}
