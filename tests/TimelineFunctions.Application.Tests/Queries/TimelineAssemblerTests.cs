using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Tests.Queries;

public sealed class TimelineAssemblerTests
{
    [Fact]
    public void Dated_events_come_in_chronological_order_with_vaguer_ranges_after_precise_days_starting_together()
    {
        // The undated report names the harbour board, as article a does: it is the story's (OffStoryBackground).
        EventActor[] board = [new("harbour-board", "Harbour Board", "organization", "agent")];
        var contributions = new[]
        {
            Contribution("a", 0, Date("2023-10", "month", "2023-10-01", "2023-10-31")) with { Actors = board },
            Contribution("a", 1, Date("2023-10-12", "day", "2023-10-12", "2023-10-12")),
            Contribution("b", 0, Date("2023-W41", "week", "2023-10-09", "2023-10-15")),
            Contribution("b", 1, Date("2023-10-01", "day", "2023-10-01", "2023-10-01")),
            Contribution("b", 2, null) with { Actors = board },
        };

        var (dated, undated) = TimelineAssembler.Assemble([Article("a"), Article("b")], contributions);

        Assert.Equal(["2023-10-01", "2023-10", "2023-W41", "2023-10-12"], dated.Select(e => e.Date!.Value));
        Assert.Single(undated);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_contributions()
    {
        var contributions = Enumerable.Range(0, 12)
            .Select(i => Contribution(i % 2 == 0 ? "a" : "b", i, Date("2024-01-01", "day", "2024-01-01", "2024-01-01")))
            .ToList();
        var forward = TimelineAssembler.Assemble([Article("a"), Article("b")], contributions);
        var backward = TimelineAssembler.Assemble([Article("b"), Article("a")], [.. Enumerable.Reverse(contributions)]);

        Assert.Equal(forward.Dated.Select(e => e.Id), backward.Dated.Select(e => e.Id));
    }

    [Fact]
    public void Each_event_names_its_source_article_with_outlet_url_and_publication_date()
    {
        var article = Article("a") with { Outlet = "Wire", Url = "https://example.com/a", Published = new PublishedInfo(new DateOnly(2024, 2, 2), "Stamp", "Fri Feb 2 2024", 0.9) };
        var (dated, _) = TimelineAssembler.Assemble([article], [Contribution("a", 0, Date("2024-02-01", "day", "2024-02-01", "2024-02-01"))]);

        var source = Assert.Single(Assert.Single(dated).Sources);
        Assert.Equal(("a", "Wire", "https://example.com/a", new DateOnly(2024, 2, 2)), (source.ArticleId, source.Outlet, source.Url, source.Published));
    }

    /// <summary>A made-up word of its own for each contribution, so that no two are taken for one event.</summary>
    private static string UniqueWord(string article, int ordinal) =>
        new([.. $"{article}{ordinal:D2}".Select(c => (char)('a' + (c % 26)))]);

    private static ArticleRecord Article(string id) => new()
    {
        StoryId = "s",
        ArticleId = id,
        BlobName = $"s/{id}",
        ContentHash = "h",
        Status = ArticleStatus.Processed,
    };

    private static EventDateInfo Date(string value, string granularity, string start, string end) =>
        new(value, granularity, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), [value]);

    private static EventContribution Contribution(string article, int ordinal, EventDateInfo? date) => new()
    {
        StoryId = "s",
        ArticleId = article,
        ContentHash = "h",
        Ordinal = ordinal,
        Type = "report",
        Summary = $"{article} {ordinal}",
        Quote = UniqueWord(article, ordinal) + ".",
        Date = date,
    };
}
