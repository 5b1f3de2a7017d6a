using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Timeline;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>Events of long before the story that nothing ties to it are left off its timeline (<see cref="OffStoryBackground"/>).</summary>
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
    public void Events_within_a_year_of_the_story_stay()
    {
        var (dated, _) = Assemble([.. Story,
            Report("courier", "incident", "A smaller tunnel at Kessel collapsed on March 3.", Day("2023-03-03"), Actor("kessel-caving"))]);

        Assert.Contains(dated, e => e.Date!.Start == new DateOnly(2023, 3, 3));
    }
}
