using TimelineFunctions.Application.Summary;
using static TimelineFunctions.Application.Tests.Summary.SummaryStories;

namespace TimelineFunctions.Application.Tests.Summary;

public sealed class TimelineSummarizerTests
{
    private static readonly Application.Queries.StoryTimeline Story = StoryOf(
        Event("ev-fire", Day(D(3, 1)), "fire", ("a1", D(3, 1), "Fire destroyed warehouses."), ("a2", D(3, 4), "The fire destroyed warehouses."), ("a3", D(3, 9), "Fire destroyed the warehouses.")),
        Event("ev-arrest", Day(D(3, 3)), "arrest", ("a2", D(3, 4), "A watchman was arrested."), ("a3", D(3, 9), "The watchman arrested on Sunday.")),
        Event("ev-talk", Day(D(3, 6)), "statement", ("a4", D(3, 6), "The mayor said the port would reopen.")),
        Event("ev-reopen", Day(D(3, 9)), "reopening", ("a3", D(3, 9), "The port reopened.")));

    [Fact]
    public void Keeps_the_most_important_dates_in_date_order()
    {
        var summary = TimelineSummarizer.Summarize(Story, [D(3, 1), D(3, 4), D(3, 6), D(3, 9)], new SummaryOptions(2, 1));

        Assert.Equal((2, 1), (summary.Dates, summary.Sentences));
        Assert.Equal([D(3, 1), D(3, 3)], summary.Entries.Select(e => e.Date.Start));
        Assert.All(summary.Entries, e => Assert.Single(e.Sentences));
        Assert.Equal("ev-fire", summary.Entries[0].Sentences[0].EventId);
        Assert.True(summary.Entries[0].Importance > summary.Entries[1].Importance);
    }

    /// <summary>
    /// Remarks the timeline leaves off (a lone quotation) still tell how much a day was news: later articles quoting
    /// what was said on 6 March put it before the arrest of 3 March.
    /// </summary>
    [Fact]
    public void The_remarks_left_off_the_timeline_count_for_the_key_dates()
    {
        var remarks = Story with
        {
            Remarks = [Event("ev-remark", Day(D(3, 6)), "statement", ("a5", D(3, 8), "\"We will rebuild,\" she said."), ("a6", D(3, 9), "\"We will rebuild,\" the mayor said."))],
        };

        var without = TimelineSummarizer.Summarize(Story, [D(3, 1), D(3, 4), D(3, 6), D(3, 9)], new SummaryOptions(2, 1));
        var with = TimelineSummarizer.Summarize(remarks, [D(3, 1), D(3, 4), D(3, 6), D(3, 9)], new SummaryOptions(2, 1));

        Assert.Equal([D(3, 1), D(3, 3)], without.Entries.Select(e => e.Date.Start));
        Assert.Equal([D(3, 1), D(3, 6)], with.Entries.Select(e => e.Date.Start));
    }

    [Fact]
    public void Without_a_number_of_dates_the_length_fits_the_story()
    {
        var summary = TimelineSummarizer.Summarize(Story, [], SummaryOptions.Default);
        Assert.Equal(SummaryLength.For(4), summary.Dates);
        Assert.Equal(3, summary.Entries.Count);
        Assert.Equal(SummaryOptions.DefaultSentences, summary.Sentences);
    }

    [Fact]
    public void The_entries_keep_every_event_of_their_date_for_the_page()
    {
        var summary = TimelineSummarizer.Summarize(Story, [], new SummaryOptions(10, 2));
        Assert.Equal(4, summary.Entries.Count);
        Assert.Equal(["ev-fire"], summary.Entries[0].Events.Select(e => e.Id));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(5, 3)]
    [InlineData(16, 4)]
    [InlineData(17, 5)]
    [InlineData(400, 20)]
    [InlineData(5000, 30)]
    public void The_fitting_length_is_the_rounded_up_square_root_of_the_days_between_3_and_30(int days, int expected) =>
        Assert.Equal(expected, SummaryLength.For(days));
}
