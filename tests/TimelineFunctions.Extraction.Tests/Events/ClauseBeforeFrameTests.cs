using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A clause joined by a coordinator before a reporting frame is read as a sentence of its own (invented text).</summary>
public sealed class ClauseBeforeFrameTests
{
    private static readonly DateOnly Published = new(2025, 6, 3);

    [Fact]
    public void A_lead_clause_before_the_frame_is_the_writers_news_and_the_frame_says_the_rest()
    {
        const string text = "The Halvorsen dairy has recalled three of its soft cheeses after bacteria were found in a batch, and health officials said on Tuesday they were looking into four cases of illness.";

        var events = ExtractPublished(Published, text, Day(text, "on Tuesday", 2025, 6, 3));

        var recall = Assert.Single(events, e => e.Type == "recall");
        Assert.Equal("2025-06-03", recall.Date!.Value);
        Assert.DoesNotContain("health officials", recall.Quote, StringComparison.Ordinal);
        Assert.Contains(events, e => e.Quote.StartsWith("health officials said", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_clause_before_the_frame_tells_nothing()
    {
        const string text = "BRENNVIK, Norway - The six people who were missing after the Brenn Bridge collapsed are now presumed dead, and the US Coast Guard has said the search for survivors has been suspended.\n\n"
            + "The Brenn Bridge collapsed after a ship hit it.";

        var events = EventExtractor.Default.Extract(text, [], ActorExtractor.Default.Extract(text), PublicationDating.None);

        Assert.DoesNotContain(events, e => e.Quote.Contains("presumed dead", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Type == "suspension");
    }

    [Fact]
    public void A_frame_in_a_relative_clause_that_ends_the_sentence_leaves_the_main_clause_to_the_writer()
    {
        const string text = "The regulator blocked the Halvorsen merger on Tuesday, provoking a furious response from Brenn Yards, who said the decision was a mistake.";

        var events = ExtractPublished(Published, text, Day(text, "on Tuesday", 2025, 6, 3));

        var block = Assert.Single(events, e => e.Quote.StartsWith("The regulator blocked", StringComparison.Ordinal));
        Assert.DoesNotContain("a mistake", block.Quote, StringComparison.Ordinal);
        var statement = Assert.Single(events, e => e.Type == "statement");
        Assert.Equal("brenn-yards", statement.Participants[0].ActorId);
    }

    [Fact]
    public void A_short_clause_split_off_before_a_frame_is_read_not_taken_for_a_heading()
    {
        const string text = "Police arrested two men on Tuesday, and the council said on Tuesday it would cooperate.";

        var events = ExtractPublished(Published, text, Day(text, "on Tuesday", 2025, 6, 3));

        Assert.Contains(events, e => e.Type == "arrest" && e.Quote == "Police arrested two men on Tuesday");
    }

    [Fact]
    public void A_relative_clause_closed_before_the_frame_leaves_the_sentence_whole()
    {
        const string text = "Ferry operator Halvorsen Lines, which was fined on Tuesday, said it would appeal the decision.";

        var events = ExtractPublished(Published, text, Day(text, "on Tuesday", 2025, 6, 3));

        Assert.Contains(events, e => e.Type == "statement" && e.Quote == text);
    }

    [Fact]
    public void A_frame_whose_content_comes_first_keeps_its_sentence_whole()
    {
        const string text = "The Halvorsen dairy recalled three cheeses on Tuesday, and shops cleared their shelves, officials said.";

        var events = ExtractPublished(Published, text, Day(text, "on Tuesday", 2025, 6, 3));

        Assert.Contains(events, e => e.Quote.StartsWith("The Halvorsen dairy recalled", StringComparison.Ordinal) && e.Quote.Contains("officials said", StringComparison.Ordinal));
    }
}
