using TimelineFunctions.Evaluation.DevSet;
using static TimelineFunctions.Evaluation.Tests.DevSet.Synthetic;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

/// <summary>
/// One synthetic story with every case: a matched event, a missed core event, a wrong date, a week-vs-day
/// compatible date, a duplicate, an undated match, a leak and an unrelated event. Each metric is asserted exactly.
/// </summary>
public class StoryScorerTests
{
    private static readonly GoldStory Gold = GoldLoader.Parse(DemoGold.Json);

    // g1 exact (best source), and a duplicate of g1 from the other article.
    private static readonly Application.Queries.TimelineEvent Matched = Event("01-alpha.txt", "The ferry struck the old pier early on Tuesday and it collapsed.", OnDay("2024-03-26"));
    private static readonly Application.Queries.TimelineEvent Duplicate = Event("02-beta.html", "Witnesses said the old pier collapsed on Tuesday morning.", OnDay("2024-03-26"));

    // g3 (a week) dated to a day inside that week: compatible, not exact.
    private static readonly Application.Queries.TimelineEvent WeekAsDay = Event("02-beta.html", "Crews began lifting the twisted deck last week, the council said.", OnDay("2024-05-15"));

    // g4 on the wrong day (neither the date nor its alternative).
    private static readonly Application.Queries.TimelineEvent WrongDate = Event("01-alpha.txt", "Mayor Ada Quint asked the province for emergency funds on April 1.", OnDay("2024-04-02"));

    // Matches the gold undated item: correct for precision.
    private static readonly Application.Queries.TimelineEvent Undated = Event("02-beta.html", "The pier had stood for a century as the town's front porch, he said.", null);

    // Boilerplate named by the gold's non_events.
    private static readonly Application.Queries.TimelineEvent Leak = Event("02-beta.html", "The Harlow Herald is a registered trademark of Quill Media since 2019.", Year(2019));

    // Matches nothing and is no boilerplate: only hurts precision.
    private static readonly Application.Queries.TimelineEvent Unrelated = Event("01-alpha.txt", "Traffic was heavy on the coast road on Friday.", OnDay("2024-03-29"));

    private static StoryReport Score() => StoryScorer.Score(
        "test",
        Gold,
        Timeline(Matched, Duplicate, WeekAsDay, WrongDate, Undated, Leak, Unrelated),
        [Actor("Mayor Quint"), Actor("Harlow Ferries Ltd", "Harlow Ferries")],
        new Dictionary<string, string>(),
        id => $"demo/{Path.GetFileNameWithoutExtension(id)}");

    [Fact]
    public void Counts_every_metric_exactly()
    {
        var c = Score().Counts;

        Assert.Equal((1, 2), (c.CoreFound, c.CoreGold));            // g1 found, g2 missed
        Assert.Equal((3, 4), (c.Found, c.Gold));                    // g1, g3, g4
        Assert.Equal((5, 7), (c.SystemCorrect, c.SystemEvents));    // all but the leak and the unrelated event
        Assert.Equal((1, 3), (c.DatesExact, c.DatesJudged));        // g1 exact; g3 compatible; g4 wrong
        Assert.Equal(2, c.DatesCompatible);                         // g1 and g3
        Assert.Equal(1, c.Duplicates);                              // the second event for g1
        Assert.Equal((4, 5), (c.SourcesAttached, c.GoldSources));   // g1×2, g3, g4 attached; g2's source not
        Assert.Equal((2, 3), (c.ActorsFound, c.GoldActors));        // Ada Quint, Harlow Ferries; not Bram Ostley
        Assert.Equal(1, c.Leaks);
    }

    [Fact]
    public void Names_each_gold_source_left_unattached()
    {
        Assert.Equal(["g2: 01-alpha"], Score().MissingSources);
    }

    [Fact]
    public void Ratios_follow_from_the_counts()
    {
        var m = Score().Metrics;

        Assert.Equal(0.5, m.CoreRecall);
        Assert.Equal(0.75, m.Recall);
        Assert.Equal(5.0 / 7, m.Precision);
        Assert.Equal(1.0 / 3, m.DateExact);
        Assert.Equal(2.0 / 3, m.DateCompatible);
        Assert.Equal(1.0 / 7, m.DuplicateRate);
        Assert.Equal(0.8, m.SourcesAttached);
        Assert.Equal(2.0 / 3, m.ActorRecall);
    }

    [Fact]
    public void Lists_the_missed_core_events_wrong_dates_leaks_and_missed_actors()
    {
        var report = Score();

        Assert.Equal(["g2"], report.MissedCore.Select(m => m.GoldId));
        Assert.Equal(
            [("g3", "week of 2024-05-13", "2024-05-15", DateVerdict.Compatible), ("g4", "2024-04-01", "2024-04-02", DateVerdict.Wrong)],
            report.DateErrors.Select(e => (e.GoldId, e.GoldDate, e.SystemDate!, e.Verdict)));
        Assert.Equal("demo/02-beta", Assert.Single(report.Leaks).Article);
        Assert.Equal(["Bram Ostley"], report.MissedActors);
    }

    [Fact]
    public void Lists_each_duplicate_group_and_the_events_not_in_the_gold()
    {
        var report = Score();

        var group = Assert.Single(report.Duplicates);
        Assert.Equal(("g1", 2), (group.GoldId, group.Events.Count));
        Assert.Equal([Leak.Sources[0].Quote, Unrelated.Sources[0].Quote], report.Unmatched.Select(e => e.Quote));
        Assert.Equal("2024-03-29", report.Unmatched[1].Date);
        Assert.Equal(["01-alpha.txt"], report.Unmatched[1].Articles);
    }

    [Fact]
    public void A_merged_event_with_both_sources_is_no_duplicate_and_attaches_both()
    {
        var merged = Merged(
            OnDay("2024-03-26"),
            ("01-alpha.txt", "The ferry struck the old pier early on Tuesday and it collapsed."),
            ("02-beta.html", "Witnesses said the old pier collapsed on Tuesday morning."));

        var c = StoryScorer.Score("test", Gold, Timeline(merged), [], new Dictionary<string, string>(), id => $"demo/{Path.GetFileNameWithoutExtension(id)}").Counts;

        Assert.Equal(0, c.Duplicates);
        Assert.Equal((2, 5), (c.SourcesAttached, c.GoldSources));
        Assert.Equal((1, 1), (c.SystemCorrect, c.SystemEvents));
    }

    [Fact]
    public void An_empty_timeline_scores_zero_and_leaves_undefined_ratios_null()
    {
        var report = StoryScorer.Score("test", Gold, null, [], new Dictionary<string, string>(), id => id);

        Assert.Equal(0.0, report.Metrics.CoreRecall);
        Assert.Null(report.Metrics.Precision);
        Assert.Null(report.Metrics.DateExact);
        Assert.Equal(["g1", "g2"], report.MissedCore.Select(m => m.GoldId));
    }
}
