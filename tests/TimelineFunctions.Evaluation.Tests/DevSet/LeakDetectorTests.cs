using TimelineFunctions.Evaluation.DevSet;
using static TimelineFunctions.Evaluation.Tests.DevSet.Synthetic;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

public class LeakDetectorTests
{
    private const string Alpha = """
        HARLOW, March 26 - The ferry struck the old pier early on Tuesday and it collapsed.
        Divers searched the harbour for hours on Wednesday.
        Mayor Ada Quint asked the province for emergency funds on April 1.
        MORE NEWS
        Fuel prices fall, as at March 14, 2025
        Local choir wins regional prize after a close final
        Skater takes national title at home
        """;

    private static readonly GoldStory Gold = GoldLoader.Parse(DemoGold.Json);
    private static readonly Dictionary<string, string> Raw = new() { ["demo/01-alpha"] = Alpha };

    [Theory]
    [InlineData("01-northwire: the list ('as at Feb 28, 2025', 'on Sunday', etc.) are other stories.", "01-northwire", "as at Feb 28, 2025|on Sunday")]
    [InlineData("02/06/07: copyright lines '\u00a9 2025', ad slots 'Advertisement'.", "02,06,07", "\u00a9 2025|Advertisement")]
    [InlineData("05-x: 'Ann Roe was sentenced to 11 years' and 'Ben Poe ... died in 2021' (comparisons).", "05-x", "Ann Roe was sentenced to 11 years|Ben Poe|died in 2021")]
    [InlineData("01-a: \u2018Mr Roe\u2019s trial being held nearby\u2019 (another story).", "01-a", "Mr Roe\u2019s trial being held nearby")]
    [InlineData("Photo captions (01 'March 4, 2025', 08 'March 18, 2025') date photos.", "", "March 4, 2025|March 18, 2025")]
    [InlineData("04-nws: Kellow's Landing could run 'into next week' (a projection).", "04-nws", "into next week")]
    [InlineData("04-nws: 'since early last week' and 'It's been five' (nights).", "04-nws", "since early last week|It's been five")]
    public void Extracts_the_quoted_fragments_and_the_articles_an_entry_names(string entry, string articles, string fragments)
    {
        var parsed = LeakDetector.ParseNonEvent(entry);

        Assert.Equal(fragments.Split('|'), parsed.Select(f => f.Text));
        Assert.All(parsed, f => Assert.Equal(articles.Length == 0 ? [] : articles.Split(','), f.Articles));
    }

    [Fact]
    public void Each_part_of_an_entry_names_its_own_articles()
    {
        var parsed = LeakDetector.ParseNonEvent("02/06/07: copyright lines '\u00a9 2025', newsletter signups; 05: 'Must Read' lines.");

        Assert.Equal(["02", "06", "07"], parsed[0].Articles);
        Assert.Equal(("Must Read", "05"), (parsed[1].Text, Assert.Single(parsed[1].Articles)));
    }

    [Fact]
    public void A_fragment_applies_only_to_the_articles_it_names()
    {
        var fragment = new NonEventFragment(["02", "06-maple"], "Advertisement");

        Assert.True(fragment.AppliesTo("s/02-courier"));
        Assert.True(fragment.AppliesTo("s/06-maple"));
        Assert.False(fragment.AppliesTo("s/07-observer"));
        Assert.True(new NonEventFragment([], "x").AppliesTo("s/07-observer"));
    }

    [Fact]
    public void Unmatched_events_on_non_event_text_are_leaks_and_position_alone_is_not_evidence()
    {
        var boilerplate = Event("02-beta.html", "The Harlow Herald is a registered trademark of Quill Media since 2019.", Year(2019));
        var teaserWithNamedDate = Event("01-alpha.txt", "Fuel prices fall, as at March 14, 2025", OnDay("2025-03-14"));
        var teaser = Event("01-alpha.txt", "Skater takes national title at home", OnDay("2024-03-24"));
        var inBody = Event("01-alpha.txt", "HARLOW, March 26 -", OnDay("2024-03-26"));
        var otherArticle = Event("02-beta.html", "Fuel prices fall, as at March 14, 2025", OnDay("2025-03-14"));

        var leaks = Detect(boilerplate, teaserWithNamedDate, teaser, inBody, otherArticle);

        // An unmatched line after the last gold quote may be story text the gold did not quote: an extra event
        // (precision), not a leak, unless the gold names its text as a non-event.
        Assert.Equal([boilerplate, teaserWithNamedDate], leaks.Select(l => l.Event));
        Assert.All(leaks, l => Assert.Contains("non-event", l.Reason, StringComparison.Ordinal));
        Assert.DoesNotContain(leaks, l => l.Event == teaser || l.Event == inBody || l.Event == otherArticle);
    }

    [Fact]
    public void A_fragment_the_body_also_uses_is_not_evidence_of_a_leak()
    {
        var raw = new Dictionary<string, string> { ["demo/01-alpha"] = Alpha.Replace("for hours on Wednesday", "for hours on Sunday", StringComparison.Ordinal) + "Choir sang on Sunday\n" };
        var body = Event("01-alpha.txt", "Boats were kept away on Sunday.", OnDay("2024-03-31"));

        Assert.Empty(Detect(raw, body));
        Assert.Single(Detect(body)); // where the article uses it once, it does mark the quote as a leak
    }

    [Fact]
    public void An_event_that_matches_a_gold_event_is_never_a_leak()
    {
        var matched = Event("01-alpha.txt", "Mayor Ada Quint asked the province for emergency funds on April 1. Fuel prices fall, as at March 14, 2025", OnDay("2024-04-01"));

        Assert.Empty(Detect(matched));
    }

    private static IReadOnlyList<Leak> Detect(params Application.Queries.TimelineEvent[] events) => Detect(Raw, events);

    private static IReadOnlyList<Leak> Detect(Dictionary<string, string> raw, params Application.Queries.TimelineEvent[] events)
    {
        Func<string, string> articleOf = id => $"demo/{Path.GetFileNameWithoutExtension(id)}";
        var assignments = new EventMatcher(articleOf).Match(Gold, events).Assignments;
        return new LeakDetector(articleOf).Detect(Gold, assignments, raw);
    }
}
