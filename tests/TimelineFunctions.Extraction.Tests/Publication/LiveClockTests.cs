using System.Text;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Publication;

/// <summary>A live page whose clock-stamped entries pass midnight tells the later entries on the next day (invented text).</summary>
public sealed class LiveClockTests
{
    private static readonly PublicationDate Sunday = new(new DateOnly(2027, 4, 25), PublicationDateSource.Stamp, "test", 0.85);

    private const string NewestFirst = "Quillon votes again\n\n1.12am\n\nThe returning officer has declared Ida Brenn elected mayor.\n\n"
        + "12.35am\n\nMidnight has come and gone.\n\n10.05pm\n\nThe first boxes have arrived at the hall.\n\n9.05pm\n\nThe polls have closed.\n";

    [Fact]
    public void Newest_first_the_entries_above_the_turn_of_the_clock_are_of_the_next_day()
    {
        var blocks = LiveClock.Blocks(LiveClock.Entries(NewestFirst), NewestFirst.Length, Sunday);

        Assert.Equal(2, blocks.Count);
        Assert.Equal((0, new DateOnly(2027, 4, 26)), (blocks[0].Start, blocks[0].Reference.Date));
        Assert.Equal((NewestFirst.IndexOf("10.05pm", StringComparison.Ordinal), Sunday.Date), (blocks[1].Start, blocks[1].Reference.Date));
        Assert.Equal(NewestFirst.Length, blocks[1].Start + blocks[1].Length);
    }

    [Fact]
    public void Oldest_first_the_entries_below_the_turn_of_the_clock_are_of_the_next_day()
    {
        const string text = "Quillon votes again\n\n21:05\n\nThe polls have closed.\n\n22:05\n\nThe first boxes have arrived.\n\n00:35\n\nMidnight has come and gone.\n\n01:12\n\nIda Brenn is elected.\n";

        var blocks = LiveClock.Blocks(LiveClock.Entries(text), text.Length, Sunday);

        Assert.Equal([Sunday.Date, new DateOnly(2027, 4, 26)], blocks.Select(b => b.Reference.Date));
        Assert.Equal(text.IndexOf("00:35", StringComparison.Ordinal), blocks[1].Start);
    }

    [Theory]
    [InlineData("Quillon votes\n\n11.40pm\n\nCounting goes on.\n\n10.05pm\n\nBoxes arrive.\n\n9.05pm\n\nPolls close.\n")]
    [InlineData("Quillon votes\n\n1.12am\n\nIda Brenn is elected.\n\n10.05pm\n\nBoxes arrive.\n")]
    [InlineData("At 1.12am the result came. At 10.05pm the boxes arrived. At 9.05pm the polls closed. At 6pm it rained.")]
    public void A_page_whose_entries_never_pass_midnight_or_are_too_few_is_one_day(string text)
    {
        Assert.Empty(LiveClock.Blocks(LiveClock.Entries(text), text.Length, Sunday));
    }

    [Fact]
    public void An_entrys_first_sentences_tell_its_news_of_the_entrys_day()
    {
        const string page = "Published: Sunday 25 April 2027\n\nQuillon votes again\n\nThe count goes on at the hall. Ballots are still being sorted. "
            + "Staff are working in shifts.\n\n9.05pm\n\nThe polls have closed across the city.\n\n8.30pm\n\nQueues remain outside the school.\n\n"
            + "6.00pm\n\nTurnout looks high.\n";

        var events = ArticleAnalyzer.Default.Analyze(new ArticleInput("live.txt", Encoding.UTF8.GetBytes(page))).Events;

        Assert.Equal("2027-04-25", Assert.Single(events, e => e.Quote.StartsWith("The polls have closed", StringComparison.Ordinal)).Date?.Value);
    }

    /// <summary>An entry is told from its own day: a recap in the entry above it (newest first) moves no date of it.</summary>
    [Fact]
    public void An_entry_is_told_from_its_own_day_not_from_the_recap_above_it()
    {
        const string page = "Published: Sunday 25 April 2027\n\nQuillon votes again\n\n"
            + "4.30pm\n\nHow we got here\n\nThe first count was annulled on 21 April after a box went missing. The board ordered a new vote on 22 April.\n\n"
            + "2.10pm\n\nThe returning officer, Ida Brenn, says turnout is high.\n\n"
            + "11.00am\n\nQueues have formed outside the town hall.\n";

        var events = ArticleAnalyzer.Default.Analyze(new ArticleInput("live.txt", Encoding.UTF8.GetBytes(page))).Events;

        Assert.Equal("2027-04-25", Assert.Single(events, e => e.Quote.Contains("turnout is high", StringComparison.Ordinal)).Date?.Value);
    }

    [Fact]
    public void The_declaration_after_midnight_on_a_live_page_is_dated_the_next_day()
    {
        var page = "Published: Sunday 25 April 2027\n\n" + NewestFirst;

        var events = ArticleAnalyzer.Default.Analyze(new ArticleInput("live.txt", Encoding.UTF8.GetBytes(page))).Events;

        Assert.Equal("2027-04-26", Assert.Single(events, e => e.Quote.Contains("declared Ida Brenn", StringComparison.Ordinal)).Date?.Value);
    }
}
