using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Timeline;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>Events of long before the story, or of no date, that nothing ties to it are left off its timeline (<see cref="OffStoryBackground"/>).</summary>
public sealed class OffStoryBackgroundTests
{
    private static readonly EventContribution[] Story =
    [
        Report("wire", "incident", "A road tunnel collapsed near Harrow on Sunday, trapping 30 workers.", Day("2023-11-12"), Actor("harrow-tunnels-ltd")),
        Report("wire", "statement", "Harrow Tunnels Ltd said on Monday all the workers were safe.", Day("2023-11-13"), Actor("harrow-tunnels-ltd")),
        Report("courier", "restoration", "Crews cleared the first 20 metres of rubble on Wednesday.", Day("2023-11-15"), Actor("harrow-tunnels-ltd")),
    ];

    [Fact]
    public void An_old_event_of_another_story_told_in_passing_is_left_out()
    {
        var (dated, _) = Assemble([.. Story,
            Report("courier", "rescue", "Divers from Kessel Caving rescued eight schoolboys from a flooded cave on June 23, 2018.", Day("2018-06-23"), Actor("kessel-caving"))]);

        Assert.DoesNotContain(dated, e => e.Date!.Start.Year == 2018);
        Assert.Equal(3, dated.Count);
    }

    [Fact]
    public void An_old_event_whose_actor_another_article_names_is_the_storys_own_past()
    {
        var (dated, _) = Assemble([.. Story,
            Report("courier", "founding", "Harrow Tunnels Ltd was founded on June 23, 2018.", Day("2018-06-23"), Actor("harrow-tunnels-ltd"))]);

        Assert.Contains(dated, e => e.Date!.Start == new DateOnly(2018, 6, 23));
    }

    [Fact]
    public void An_actor_named_only_by_the_same_article_does_not_tie_it()
    {
        var (dated, _) = Assemble([.. Story,
            Report("courier", "rescue", "Divers from Kessel Caving rescued eight schoolboys from a flooded cave on June 23, 2018.", Day("2018-06-23"), Actor("kessel-caving")),
            Report("courier", "statement", "Kessel Caving said on Wednesday it had offered help.", Day("2023-11-15"), Actor("kessel-caving"))]);

        Assert.DoesNotContain(dated, e => e.Date!.Start.Year == 2018);
    }

    [Fact]
    public void An_old_event_told_in_the_words_of_another_article_is_the_storys_own_past()
    {
        var (dated, _) = Assemble([.. Story,
            Report("courier", "incident", "A road tunnel near Harrow collapsed in 2019, trapping nine workers.", new EventDateInfo("2019", "year", new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), ["in 2019"])),
            Report("wire", "statement", "Residents recalled that a road tunnel near Harrow had collapsed before, trapping workers.", Day("2023-11-14"))]);

        Assert.Contains(dated, e => e.Date!.Value == "2019");
    }

    [Fact]
    public void One_word_shared_with_a_short_sentence_of_another_article_does_not_tie_an_old_event()
    {
        // "The collapse began on Sunday" has two content words, so the one it shares reaches the content an undated report
        // needs; one word says nothing of which event it is.
        var (dated, _) = Assemble([.. Story,
            Report("courier", "incident", "A mine shaft at Dorning flooded in 2016, and the collapse closed it for good.", new EventDateInfo("2016", "year", new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31), ["in 2016"])),
            Report("wire", "occurrence", "The collapse began on Sunday.", Day("2023-11-12")) with { Ordinal = 1 }]);

        Assert.DoesNotContain(dated, e => e.Date!.Value == "2016");
    }

    [Fact]
    public void An_undated_event_that_nothing_ties_to_the_story_is_left_out()
    {
        var (_, undated) = Assemble([.. Story,
            Report("roundup", "statement", "Sales at the garden chain rose 39 per cent last year, it said.", null, Actor("bloom-gardens"))]);

        Assert.Empty(undated);
    }

    [Fact]
    public void An_undated_event_told_in_the_words_of_another_article_stays()
    {
        var (_, undated) = Assemble([.. Story,
            Report("roundup", "statement", "Officials said workers trapped by the tunnel collapse near Harrow were safe.", null)]);

        Assert.Single(undated);
    }

    [Fact]
    public void Events_within_a_year_of_the_story_stay()
    {
        var (dated, _) = Assemble([.. Story,
            Report("courier", "incident", "A smaller tunnel at Kessel collapsed on March 3.", Day("2023-03-03"), Actor("kessel-caving"))]);

        Assert.Contains(dated, e => e.Date!.Start == new DateOnly(2023, 3, 3));
    }
}
