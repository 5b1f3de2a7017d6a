using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>What the cleaner keeps: the headline and the paragraph breaks.</summary>
public class ArticleCleanerTests
{
    [Theory]
    [InlineData("UPDATE 2-Harbour ferry sinks off the north quay", "Harbour ferry sinks off the north quay")]
    [InlineData("REFILE-Harbour ferry sinks off the north quay", "Harbour ferry sinks off the north quay")]
    [InlineData("EXCLUSIVE: Harbour ferry sinks off the north quay", "Harbour ferry sinks off the north quay")]
    [InlineData("Update on the harbour: ferry sinks off the north quay", "Update on the harbour: ferry sinks off the north quay")]
    [InlineData("UPDATED ferry timetable for the north quay", "UPDATED ferry timetable for the north quay")]
    public void A_wire_desk_label_is_no_part_of_the_headline(string headline, string expected)
    {
        var cleaned = Clean($"{headline}\nThe harbour ferry sank off the north quay today, the coastguard said.");
        Assert.Equal(expected, cleaned.Headline);
    }

    [Theory]
    [InlineData("Exhibit 12.4")]
    [InlineData("14/05/2027 09:12 | World | Quillon")]
    [InlineData("Home | World | Europe | Quillon")]
    public void A_label_above_the_headline_is_not_the_headline(string label)
    {
        var cleaned = Clean($"{label}\nHarbour Ferry Holders Approve Merger With Quillon\nPORTHAVEN -- The holders approved the merger today, the company said.");

        Assert.Equal("Harbour Ferry Holders Approve Merger With Quillon", cleaned.Headline);
    }

    [Fact]
    public void A_short_first_line_followed_by_the_story_stays_the_headline()
    {
        var cleaned = Clean("Ferry returns\nThe harbour ferry returned to service today after storm repairs, the council said.");

        Assert.Equal("Ferry returns", cleaned.Headline);
    }

    [Fact]
    public void Paragraph_breaks_and_line_breaks_are_preserved()
    {
        var cleaned = Clean($"{Story}\n{Story2}\n\n\n\nADVERTISEMENT\n\nLast paragraph here.");
        Assert.Equal($"{Story}\n{Story2}\n\nLast paragraph here.", cleaned.Text);
    }
}
