using TimelineFunctions.Evaluation.DevSet;
using static TimelineFunctions.Evaluation.Tests.DevSet.Synthetic;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

public class EventMatcherTests
{
    private static readonly GoldStory Gold = GoldLoader.Parse(DemoGold.Json);
    private static readonly EventMatcher Matcher = EventMatcher.ForStory("demo");

    [Fact]
    public void The_same_quote_from_another_article_does_not_support()
    {
        // g2's only source is in 01-alpha.
        var system = Event("02-beta.txt", "Divers searched the harbour for hours on Wednesday.", OnDay("2024-03-27"));

        var result = Matcher.Match(Gold, [system]);

        Assert.False(result.IsFound(Gold.Events[1]));
        Assert.False(Assert.Single(result.Assignments).IsCorrect);
    }

    [Fact]
    public void An_event_supporting_two_gold_events_is_assigned_to_the_larger_overlap()
    {
        // Overlaps g1 (the whole 01-alpha quote) and g2 (a 20+ character piece of its quote).
        var quote = "The ferry struck the old pier early on Tuesday and it collapsed. Divers searched the harbour";
        var system = Event("01-alpha.txt", quote, OnDay("2024-03-26"));

        var result = Matcher.Match(Gold, [system]);

        Assert.True(result.IsFound(Gold.Events[0]));
        Assert.True(result.IsFound(Gold.Events[1]));
        Assert.Same(Gold.Events[0], Assert.Single(result.Assignments).GoldEvent);
        Assert.Empty(result.AssignedTo(Gold.Events[1]));
    }

    [Fact]
    public void An_event_is_assigned_to_the_gold_event_its_date_agrees_with_before_the_larger_overlap()
    {
        const string sentence = "Limited access was announced on April 25 ahead of the Monday, June 10 announcement of a return to the original dimensions.";
        var gold = GoldLoader.Parse($$"""
            {"story": "demo", "title": "t", "articles": ["demo/01-alpha"], "actors": [], "undated": [], "non_events": [],
             "events": [
               {"id": "access", "date": "2024-04-25", "granularity": "day", "summary": "s", "actors": [], "importance": "minor",
                "sources": [{"article": "demo/01-alpha", "quote": "Limited access was announced on April 25"}]},
               {"id": "reopening", "date": "2024-06-10", "granularity": "day", "summary": "s", "actors": [], "importance": "core",
                "sources": [{"article": "demo/01-alpha", "quote": "the Monday, June 10 announcement of a return to the original dimensions"}]}]}
            """);
        var announcement = Event("01-alpha.txt", sentence, OnDay("2024-04-25"));

        var result = Matcher.Match(gold, [announcement]);

        Assert.True(result.IsFound(gold.Events[1]));
        Assert.Equal("access", Assert.Single(result.Assignments).GoldEvent!.Id);
    }

    [Fact]
    public void One_sentence_reporting_two_events_matches_each_by_its_date()
    {
        const string quote = "A jury found the founder guilty on Nov. 2 of fraud stemming from the firm's 2022 collapse.";
        var gold = GoldLoader.Parse($$"""
            {"story": "demo", "title": "t", "articles": ["demo/01-alpha"], "actors": [], "undated": [], "non_events": [],
             "events": [
               {"id": "collapse", "date": "2022-01-01", "granularity": "year", "summary": "s", "actors": [], "importance": "background",
                "sources": [{"article": "demo/01-alpha", "quote": "{{quote}}"}]},
               {"id": "verdict", "date": "2023-11-02", "granularity": "day", "summary": "s", "actors": [], "importance": "core",
                "sources": [{"article": "demo/01-alpha", "quote": "{{quote}}"}]}]}
            """);
        var verdict = Event("01-alpha.txt", quote, OnDay("2023-11-02"));
        var collapse = Event("01-alpha.txt", quote, Year(2022));

        var result = Matcher.Match(gold, [verdict, collapse]);

        Assert.Same(collapse, result.Best(gold.Events[0]));
        Assert.Same(verdict, result.Best(gold.Events[1]));
        Assert.Equal(["collapse", "verdict"], result.Assignments.Select(a => a.GoldEvent!.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_article_id_is_the_file_name_and_the_gold_id_its_stem()
    {
        var system = Event("01-alpha.json", "Divers searched the harbour for hours on Wednesday.", OnDay("2024-03-27"));

        var result = Matcher.Match(Gold, [system]);

        Assert.Same(Gold.Events[1], Assert.Single(result.Assignments).GoldEvent);
        Assert.Same(system, result.Best(Gold.Events[1]));
    }

    [Fact]
    public void Spans_that_meet_in_the_cleaned_text_support_even_below_the_text_overlap_threshold()
    {
        // Shares only "and it collapsed." (17 characters, under 20 and under half of either quote) with g1's quote.
        var system = Event("01-alpha.txt", "and it collapsed. Boats stayed away from the harbour mouth all through that long day.", OnDay("2024-03-26"));
        var cleaned = new Dictionary<string, string>
        {
            ["demo/01-alpha"] = "The ferry struck the old pier early on Tuesday and it collapsed. Boats stayed away from the harbour mouth all through that long day.",
        };
        Func<string, string> articleOf = id => $"demo/{Path.GetFileNameWithoutExtension(id)}";

        Assert.False(new EventMatcher(articleOf).Match(Gold, [system]).IsFound(Gold.Events[0]));
        Assert.True(new EventMatcher(articleOf, cleaned).Match(Gold, [system]).IsFound(Gold.Events[0]));
    }
}
