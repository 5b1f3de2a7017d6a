using TimelineFunctions.Evaluation.DevSet;
using static TimelineFunctions.Evaluation.Tests.DevSet.Synthetic;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

/// <summary>The stricter measures: core recall with a right date, optional low-confidence events, junk actors.</summary>
public class StrictMeasuresTests
{
    private static readonly GoldStory Gold = GoldLoader.Parse(DemoGold.Json);

    private static StoryReport Score(GoldStory gold, IReadOnlyList<Application.Queries.StoryActorSummary> actors, params Application.Queries.TimelineEvent[] events) =>
        StoryScorer.Score("test", gold, Timeline(events), actors, new Dictionary<string, string>(), id => $"demo/{Path.GetFileNameWithoutExtension(id)}");

    [Fact]
    public void A_core_event_found_on_the_wrong_day_counts_for_core_recall_but_not_for_the_right_date_recall()
    {
        var report = Score(
            Gold,
            [],
            Event("01-alpha.txt", "The ferry struck the old pier early on Tuesday and it collapsed.", OnDay("2024-03-26")),
            Event("01-alpha.txt", "Divers searched the harbour for hours on Wednesday.", OnDay("2024-03-29")));

        Assert.Equal((2, 1, 2), (report.Counts.CoreFound, report.Counts.CoreFoundRightDate, report.Counts.CoreGold));
        Assert.Equal(["g2"], report.CoreWithWrongDate);
        Assert.Equal(0.5, report.Metrics.CoreRecallRightDate);
    }

    [Fact]
    public void A_week_found_as_a_day_inside_it_has_a_right_date()
    {
        var gold = GoldLoader.Parse(DemoGold.Json.Replace("\"importance\": \"minor\"", "\"importance\": \"core\"", StringComparison.Ordinal));

        var report = Score(gold, [], Event("02-beta.html", "Crews began lifting the twisted deck last week, the council said.", OnDay("2024-05-15")));

        Assert.Equal(1, report.Counts.CoreFoundRightDate);
        Assert.Empty(report.CoreWithWrongDate);
    }

    [Fact]
    public void A_low_confidence_gold_event_is_neither_required_nor_penalized()
    {
        var gold = GoldLoader.Parse(DemoGold.Json.Replace("\"summary\": \"Divers", "\"confidence\": \"low\", \"summary\": \"Divers", StringComparison.Ordinal));
        Assert.True(gold.Events.Single(e => e.Id == "g2").IsOptional);

        var missed = Score(gold, [], Event("01-alpha.txt", "The ferry struck the old pier early on Tuesday and it collapsed.", OnDay("2024-03-26")));
        var foundOnWrongDay = Score(
            gold,
            [],
            Event("01-alpha.txt", "The ferry struck the old pier early on Tuesday and it collapsed.", OnDay("2024-03-26")),
            Event("01-alpha.txt", "Divers searched the harbour for hours on Wednesday.", OnDay("2024-03-30")));

        Assert.Equal((1, 1, 3), (missed.Counts.CoreFound, missed.Counts.CoreGold, missed.Counts.Gold));
        Assert.Empty(missed.MissedCore);
        Assert.Equal((1, 1), (foundOnWrongDay.Counts.DatesJudged, foundOnWrongDay.Counts.DatesExact));
        Assert.Equal((2, 2), (foundOnWrongDay.Counts.SystemCorrect, foundOnWrongDay.Counts.SystemEvents));
        Assert.Equal(4, foundOnWrongDay.Counts.GoldSources); // g1's two articles, g3 and g4; not g2's
    }

    [Fact]
    public void Junk_actors_are_counted_among_the_actors_listed_and_named()
    {
        var report = Score(
            Gold,
            [Actor("Ada Quint"), Actor("Menu Content"), Actor("Neither Harlow Ferries"), Actor("Port Authority of Harlow")]);

        Assert.Equal((2, 4), (report.Counts.JunkActors, report.Counts.ActorsListed));
        Assert.Equal(["Menu Content", "Neither Harlow Ferries"], report.JunkActors);
        Assert.Equal(0.5, report.Metrics.JunkActorRate);
    }

    [Theory]
    [InlineData("Menu Content")]
    [InlineData("Go Top")]
    [InlineData("Leave a Reply")]
    [InlineData("Neither Northland")]
    [InlineData("When Police")]
    [InlineData("Rescuers race to reach trapped miners as rain returns")]
    [InlineData("Harbour: what we know")]
    [InlineData("2024")]
    [InlineData("the council")]
    [InlineData("Block Closing")]
    [InlineData("Motion Against Harlow Denied")]
    public void A_menu_line_a_fragment_or_a_headline_is_junk(string name) => Assert.True(JunkActorJudge.IsJunk(name));

    [Theory]
    [InlineData("Ada Quint")]
    [InlineData("Coast Guard")]
    [InlineData("Port Authority of Harlow")]
    [InlineData("The Harlow Herald")]
    [InlineData("Home Office")]
    [InlineData("Velmont-Ford Tunnel")]
    [InlineData("U.S.")]
    [InlineData("Ministry of Road Transport and Highways")]
    [InlineData("United Kingdom")]
    [InlineData("Bankman-Fried")]
    public void A_name_is_not_junk(string name) => Assert.False(JunkActorJudge.IsJunk(name));

    [Fact]
    public void An_actor_the_gold_names_is_never_junk()
    {
        var gold = GoldLoader.Parse(DemoGold.Json.Replace("\"Bram Ostley\"", "\"Go Top\"", StringComparison.Ordinal));

        Assert.Empty(JunkActorJudge.Junk([Actor("Go Top")], gold.Actors));
    }
}
