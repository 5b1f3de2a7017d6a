using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Tests.Stories;

public sealed class StoryAssignerTests
{
    private static readonly StoryAssigner Assigner = new(new StoryAssignmentOptions(), ProfileVocabulary.Default);

    [Fact]
    public void An_article_sharing_only_countries_weeks_and_common_words_with_a_story_starts_its_own()
    {
        var storm = Profile("storm", 4,
            ["country:united-states", "country:mexico", "location:gulf-coast", "organization:national-hurricane-center", "person:ana-torres", "word:storm", "word:hurricane", "word:officials", "week:2024-W36"]);
        var trade = Profile("trade", 3,
            ["country:united-states", "country:canada", "organization:wto", "person:li-wen", "word:tariff", "word:officials", "week:2024-W36"]);

        // A trade article in the same week and countries as the storm story, with no person, body or place in common.
        var article = new[] { "country:united-states", "country:mexico", "organization:ustr", "person:maria-lopez", "word:tariffs", "word:steel", "word:officials", "week:2024-W36" };
        var ranked = Assigner.Rank(article, [storm, trade]);

        Assert.All(ranked, s => Assert.False(Assigner.Joins(s), $"{s.StoryId}: {s.Score}"));
    }

    [Fact]
    public void An_article_naming_the_storys_people_and_bodies_joins_it()
    {
        var storm = Profile("storm", 4,
            ["country:united-states", "location:gulf-coast", "organization:national-hurricane-center", "person:ana-torres", "word:storm", "word:hurricane", "week:2024-W36"]);
        var trade = Profile("trade", 3, ["country:united-states", "organization:wto", "person:li-wen", "word:tariff", "week:2024-W36"]);

        var article = new[] { "country:united-states", "organization:national-hurricane-center", "person:ana-torres", "person:new-name", "word:hurricane", "word:landfall", "week:2024-W37" };
        var best = Assigner.Rank(article, [storm, trade])[0];

        Assert.Equal("storm", best.StoryId);
        Assert.True(Assigner.Joins(best));
        Assert.Contains("person:ana-torres", best.SharedTerms);
    }

    [Fact]
    public void A_name_typed_otherwise_by_another_article_is_still_the_storys()
    {
        var merger = Profile("merger", 4, ["person:halvorsen-brenn", "organization:regulator", "word:merger", "week:2024-W16"]);
        var other = Profile("other", 3, ["person:ida-lind", "word:harbour", "week:2024-W16"]);

        var best = Assigner.Rank(["organization:halvorsen-brenn", "word:stockholders", "week:2024-W16"], [merger, other])[0];

        Assert.Equal("merger", best.StoryId);
        Assert.True(Assigner.Joins(best));
        Assert.Contains("organization:halvorsen-brenn", best.SharedTerms);
    }

    [Fact]
    public void The_same_people_a_year_later_count_for_less()
    {
        var story = Profile("trial", 2, ["person:sam-doe", "organization:acme", "word:trial", "week:2023-W40"]);
        var soon = Assigner.Rank(["person:sam-doe", "organization:acme", "word:appeal", "week:2023-W44"], [story])[0].Score;
        var later = Assigner.Rank(["person:sam-doe", "organization:acme", "word:appeal", "week:2024-W44"], [story])[0].Score;

        Assert.True(later < soon, $"{later} vs {soon}");
    }

    [Fact]
    public void Folded_and_empty_stories_are_never_candidates()
    {
        var folded = Profile("old", 2, ["person:sam-doe"]) with { MergedInto = "new" };
        var empty = Profile("empty", 0, []);

        Assert.Empty(Assigner.Rank(["person:sam-doe"], [folded, empty]));
    }

    [Fact]
    public void Profiles_count_articles_and_terms_and_give_them_back()
    {
        var profile = StoryProfile.Empty("s", null, DateTimeOffset.UnixEpoch)
            .Apply(null, ["person:a", "word:x"])
            .Apply(null, ["person:a", "week:2024-W01"]);
        Assert.Equal(2, profile.ArticleCount);
        Assert.Equal(2, profile.Terms["person:a"]);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 7)), profile.Window());

        var back = profile.Apply(["person:a", "word:x"], null);
        Assert.Equal(1, back.ArticleCount);
        Assert.False(back.Terms.ContainsKey("word:x"));
        Assert.Equal(1, back.Terms["person:a"]);
    }

    [Theory]
    [InlineData("Sam Bankman-Fried found guilty of fraud", "sam-bankman-fried-found-guilty-of-fraud-")]
    [InlineData("Ünïcödé — ’quotes’ & <tags>", "n-c-d-quotes-tags-")]
    [InlineData(null, "story-")]
    [InlineData("!!!", "story-")]
    public void New_story_ids_are_valid_story_ids(string? headline, string prefix)
    {
        var id = NewStoryId.For(headline, "blob.txt");
        Assert.StartsWith(prefix, id, StringComparison.Ordinal);
        Assert.True(StoryId.TryNormalize(id, out var normalized, out _));
        Assert.Equal(id, normalized);
        Assert.Equal(id, NewStoryId.For(headline, "blob.txt"));
        Assert.True(NewStoryId.For(new string('x', 500), "b").Length <= 63);
    }

    private static StoryProfile Profile(string id, int articles, string[] terms) =>
        new(id, null, articles, terms.ToDictionary(t => t, _ => Math.Max(1, articles), StringComparer.Ordinal), DateTimeOffset.UnixEpoch);
}
