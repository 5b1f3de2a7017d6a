using System.Globalization;
using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>
/// The merge's fast comparison (word numbers instead of word sets, and no further look at a pair whose content is
/// too little for any way to match) must skip only pairs the plain comparison rejects: on invented stories of many
/// shapes, both group every report alike.
/// </summary>
public sealed class FastComparisonTests
{
    private static readonly string[] Words =
    [
        "flood", "bridge", "rescue", "minister", "council", "harbour", "vessel", "storm", "school", "tunnel",
        "hospital", "convoy", "protest", "verdict", "trial", "ferry", "pilot", "airport", "crane", "river",
    ];

    private static readonly string[] Types = ["attack", "attack", "arrest", "statement", "denial", "occurrence", "occurrence", "plan", "hearing", "meeting"];

    private static readonly string[] ActorIds = ["harbour-council", "port-authority", "john-smith", "maria-lopez", "city-police", "coast-guard"];

    private static readonly string[] Places = ["baltimore", "riverside", "north-bay"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Groups_every_invented_story_as_the_full_comparison_does(int seed)
    {
        var reports = InventedStory(new Random(seed), reports: 30 + (seed % 5 * 30));

        foreach (var thresholds in new[] { MergeThresholds.Default, MergeThresholds.Default with { SharedActorsContent = 0.05, SameTriggerWordContent = 0.05, ConflictWindowDays = 3 } })
        {
            var fast = Describe(new EventMerger(thresholds).Group(reports));
            var full = Describe(new EventMerger(thresholds, compareInFull: true).Group(reports));

            Assert.Equal(full, fast);
        }
    }

    [Fact]
    public void The_invented_stories_merge_some_reports_and_leave_others_apart()
    {
        // Otherwise the comparison above would hold trivially.
        var reports = InventedStory(new Random(7), reports: 120);

        var groups = new EventMerger(MergeThresholds.Default).Group(reports);

        Assert.Contains(groups, g => g.Count > 1);
        Assert.Contains(groups, g => g.Count == 1);
    }

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 0; seed < 40; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    private static List<string> Describe(IReadOnlyList<IReadOnlyList<EventContribution>> groups) =>
        [.. groups.Select(g => string.Join(" ", g.Select(r => $"{r.ArticleId}#{r.Ordinal}")))];

    /// <summary>Reports of a few articles over a few weeks, with words, types, dates, actors and plans drawn so that many pairs come close.</summary>
    private static List<EventContribution> InventedStory(Random random, int reports)
    {
        var story = new List<EventContribution>();
        var first = new DateOnly(2024, 3, 1);
        for (var i = 0; i < reports; i++)
        {
            var quote = string.Join(" ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => Words[random.Next(Words.Length)]));
            var type = Types[random.Next(Types.Length)];
            var actors = Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => new EventActor(ActorIds[random.Next(ActorIds.Length)], "x", random.Next(3) == 0 ? "person" : "organization", random.Next(3) == 0 ? "speaker" : "agent"))
                .Concat(random.Next(3) == 0 ? [new EventActor(Places[random.Next(Places.Length)], "x", "location", "place")] : [])
                .DistinctBy(a => a.Id)
                .ToList();
            var date = random.Next(10) switch
            {
                < 6 => Day(first.AddDays(random.Next(40)), random.Next(4) > 0),
                6 => Span(first.AddDays(random.Next(40)), 7, "week"),
                7 => Span(new DateOnly(2024, 3 + random.Next(2), 1), 30, "month"),
                _ => null,
            };
            story.Add(new EventContribution
            {
                StoryId = "s",
                ArticleId = $"a{random.Next(12):00}",
                ContentHash = "h",
                Ordinal = i,
                Type = type,
                Summary = quote,
                Quote = random.Next(8) == 0 ? "flood bridge" : quote,
                Trigger = Words[random.Next(Words.Length)],
                Date = date,
                PlannedFor = type == "plan" ? Day(first.AddDays(random.Next(40, 50)), true) : null,
                NamedWeekday = date is null && random.Next(4) == 0 ? ((DayOfWeek)random.Next(7)).ToString() : null,
                Actors = actors,
            });
        }

        return story;
    }

    private static EventDateInfo Day(DateOnly day, bool hasText)
    {
        var value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new EventDateInfo(value, "day", day, day, hasText ? [value] : []);
    }

    private static EventDateInfo Span(DateOnly start, int days, string granularity) =>
        new($"{granularity}-{start.DayNumber}", granularity, start, start.AddDays(days - 1), [granularity]);
}
