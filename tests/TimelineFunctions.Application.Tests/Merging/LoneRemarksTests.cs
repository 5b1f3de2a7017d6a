using TimelineFunctions.Application.Merging;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>Events told only by remarks stay off the timeline but count for the key dates (<see cref="LoneRemarks"/>).</summary>
public sealed class LoneRemarksTests
{
    [Theory]
    [InlineData(null, 0)]
    [InlineData("Benedikt Roal", 1)]
    public void A_question_the_writer_asks_alone_is_a_remark_and_one_someone_asks_is_a_statement(string? attribution, int expectedEvents)
    {
        var question = Report("a", "occurrence", "Will the recount change the result on Monday?", Day("2027-03-15")) with { Attribution = attribution };

        var (events, remarks) = EventMerger.Default.GroupWithRemarks([question]);

        Assert.Equal((expectedEvents, 1 - expectedEvents), (events.Count, remarks.Count));
    }

    [Fact]
    public void A_question_that_joins_a_report_of_its_event_stays_its_source()
    {
        var (dated, _) = Assemble(
            Report("a", "incident", "Why did the bridge collapse on Tuesday?", Day("2024-03-26")),
            Report("b", "incident", "The bridge collapsed on Tuesday after a ship hit it.", Day("2024-03-26")));

        Assert.Equal(2, Assert.Single(dated).Sources.Count);
    }
}
