using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>
/// The sentences a quotation runs through before the sentence that closes it and names the speaker are the speaker's
/// words: they tell no event of their own, and their dates move no reference time (invented text).
/// </summary>
public sealed class MultiSentenceQuoteTests
{
    private static readonly DateOnly Published = new(2027, 6, 21);

    [Theory]
    [InlineData("\u201CThe harbour board told us the pier had shut. We were told nothing else. It is a disgrace,\u201D said Ruth Aske, the ferry line's manager.")]
    [InlineData("\"The harbour board told us the pier had shut. We were told nothing else. It is a disgrace,\" said Ruth Aske, the ferry line's manager.")]
    public void The_sentences_before_the_one_that_closes_the_quotation_tell_no_event(string text)
    {
        var events = ExtractPublished(Published, text);

        Assert.DoesNotContain(events, e => e.Quote.Contains("harbour board", StringComparison.Ordinal) || e.Quote.Contains("told nothing", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Type == "statement" && e.Quote.Contains("disgrace", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_inside_the_quotation_moves_no_reference_time()
    {
        const string text = "The harbour board shut the pier on Monday. \u201CThey told us nothing. We have six staff to pay on Friday. We cannot pay them with a notice on a door,\u201D said Ruth Aske, the ferry line's manager. "
            + "\u201CThis is a temporary measure. The pier will stay shut for a week,\u201D said Anton Pell, a spokesman for the harbour board.";
        var events = ExtractPublished(Published, text, Day(text, "on Monday", 2027, 6, 21), Day(text, "on Friday", 2027, 6, 18));

        Assert.Equal("2027-06-21", Assert.Single(events, e => e.Quote.Contains("stay shut", StringComparison.Ordinal)).Date?.Value);
    }

    [Theory]
    [InlineData("\u201CWe are sorry,\u201D said Ruth Aske, the ferry line's manager, on 18 June. The harbour board shut the pier on 18 June.")]
    [InlineData("\u201CWe are sorry.\nThe harbour board shut the pier on 18 June.")]
    public void A_quotation_closed_in_its_sentence_or_left_open_at_a_line_break_hides_nothing_after_it(string text)
    {
        var shutDay = Day(text, "18 June", 2027, 6, 18) with { Start = text.LastIndexOf("18 June", StringComparison.Ordinal) };
        var events = ExtractPublished(Published, text, shutDay);

        Assert.Contains(events, e => e.Type == "suspension" && e.Date?.Value == "2027-06-18");
    }
}
