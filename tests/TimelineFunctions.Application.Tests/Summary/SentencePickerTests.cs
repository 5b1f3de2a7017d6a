using TimelineFunctions.Application.Summary;
using static TimelineFunctions.Application.Tests.Summary.SummaryStories;

namespace TimelineFunctions.Application.Tests.Summary;

public sealed class SentencePickerTests
{
    [Fact]
    public void The_wording_closest_to_what_most_articles_say_comes_first_with_its_event_and_sources()
    {
        var fire = Event(
            "ev-fire",
            Day(D(3, 1)),
            "fire",
            ("a1", D(3, 1), "Fire destroyed three warehouses at Lanmore harbour."),
            ("a2", D(3, 2), "Fire destroyed warehouses at the harbour in Lanmore."),
            ("a3", D(3, 2), "Crowds watched from the promenade."));
        var picked = SentencePicker.Pick([fire], 1);

        var sentence = Assert.Single(picked);
        Assert.Equal("ev-fire", sentence.EventId);
        Assert.StartsWith("Fire destroyed", sentence.Text, StringComparison.Ordinal);
        Assert.Equal(["a1", "a2", "a3"], sentence.Sources.Select(s => s.ArticleId));
    }

    [Fact]
    public void A_sentence_repeating_one_already_chosen_is_skipped_and_the_count_is_a_maximum()
    {
        var fire = Event(
            "ev-fire",
            Day(D(3, 1)),
            "fire",
            ("a1", D(3, 1), "Fire destroyed three warehouses at Lanmore harbour."),
            ("a2", D(3, 1), "Fire destroyed three warehouses at Lanmore harbour on Friday."));
        var arrest = Event("ev-arrest", Day(D(3, 1)), "arrest", ("a3", D(3, 1), "Police arrested a night watchman at the harbour."));
        var picked = SentencePicker.Pick([fire, arrest], 5);

        Assert.Equal(2, picked.Count);
        Assert.Equal(["ev-fire", "ev-arrest"], picked.Select(p => p.EventId));
    }

    [Fact]
    public void Long_sentences_give_way_to_a_short_one_when_the_day_has_one()
    {
        var longQuote = string.Join(' ', Enumerable.Repeat("harbour fire warehouses", 20)) + ".";
        var e = Event("ev", Day(D(3, 1)), "fire", ("a1", D(3, 1), longQuote), ("a2", D(3, 1), longQuote), ("a3", D(3, 2), "The harbour fire spread."));
        Assert.Equal("The harbour fire spread.", SentencePicker.Pick([e], 1)[0].Text);
    }

    [Fact]
    public void A_sentence_written_looking_back_on_the_date_comes_before_the_days_own_wording()
    {
        var fire = Event(
            "ev-fire",
            Day(D(3, 1)),
            "fire",
            ("a1", D(3, 1), "Firefighters are battling a blaze in warehouses at Lanmore harbour tonight."),
            ("a2", D(3, 1), "A blaze is burning in warehouses at Lanmore harbour."),
            ("a3", D(3, 8), "On 1 March fire destroyed the harbour warehouses."));
        Assert.Equal("On 1 March fire destroyed the harbour warehouses.", SentencePicker.Pick([fire], 1)[0].Text);
    }
}
