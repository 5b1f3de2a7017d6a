using System.Collections.Concurrent;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Ingest;

/// <summary>
/// Several instances ingesting into one story at once, each with its own store client against the same Azurite
/// tables, as scaled-out Functions instances would. Counts are exact.
/// </summary>
public sealed class ConcurrentIngestTests
{
    private const int Workers = 8;
    private const int ArticleCount = 200;

    [Fact]
    public async Task Eight_workers_ingest_200_articles_into_one_story_with_no_lost_or_duplicated_events()
    {
        var storage = await IsolatedStorage.CreateAsync();
        var instances = Enumerable.Range(0, Workers).Select(_ => new StoreHarness(storage)).ToList();

        // Every article is delivered twice, by two different workers, and the deliveries are interleaved.
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, ArticleCount).Concat(Enumerable.Range(0, ArticleCount).Reverse()));
        var outcomes = new ConcurrentBag<IngestOutcome>();
        await Task.WhenAll(instances.Select(instance => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var i))
            {
                var result = await instance.Ingest.IngestAsync(SyntheticArticles.Request($"crowd/{i:000}.txt", SyntheticArticles.Text(i)), CancellationToken.None);
                outcomes.Add(result.Outcome);
            }
        })));

        var expected = Enumerable.Range(0, ArticleCount).ToDictionary(i => $"{i:000}.txt", EventsOf);
        Assert.Equal(2 * ArticleCount, outcomes.Count);
        Assert.DoesNotContain(IngestOutcome.Rejected, outcomes);

        var contents = await instances[0].Store.Stories.GetStoryContentsAsync("crowd", CancellationToken.None);
        Assert.Equal(ArticleCount, contents.Articles.Count);
        Assert.All(contents.Articles, a => Assert.Equal(ArticleStatus.Processed, a.Status));
        Assert.All(contents.Articles, a => Assert.Equal(expected[a.ArticleId], a.EventCount));
        Assert.Equal(expected.Values.Sum(), contents.Events.Count);
        Assert.Equal(contents.Events.Count, contents.Events.Select(e => (e.ArticleId, e.Ordinal)).Distinct().Count());
        foreach (var (articleId, count) in expected)
        {
            Assert.Equal(count, contents.Events.Count(e => e.ArticleId == articleId));
        }

        // No stray rows either: every event row in the partition is a current one.
        var eventRows = (await instances[0].DumpAsync()).Count(r => r.Contains("/crowd/event|", StringComparison.Ordinal));
        Assert.Equal(contents.Events.Count, eventRows);

        // The timeline names every article as a source, each of its events once.
        var timeline = await instances[0].Queries.GetTimelineAsync("crowd", CancellationToken.None);
        var sources = timeline!.Events.Concat(timeline.Undated).SelectMany(e => e.Sources).GroupBy(s => s.ArticleId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(ArticleCount, sources.Count);

        var profile = (await instances[0].Store.Profiles.ListProfilesAsync(CancellationToken.None)).Single(p => p.StoryId == "crowd");
        Assert.Equal(ArticleCount, profile.ArticleCount);
    }

    [Fact]
    public async Task Root_articles_of_one_new_story_arriving_at_once_end_in_one_story()
    {
        var storage = await IsolatedStorage.CreateAsync();
        var instances = Enumerable.Range(0, Workers).Select(_ => new StoreHarness(storage)).ToList();
        var texts = Enumerable.Range(0, Workers).Select(i =>
            $"Quarry collapse at Brennholt\nRescuers from the Brennholt Mountain Rescue searched the Brennholt quarry on 2022-05-{10 + i:00} after the collapse, "
            + $"mayor Ilse Varga said. Engineer {i} of Kessler Stoneworks inspected the quarry wall the next day.").ToList();

        var results = await Task.WhenAll(instances.Select((instance, i) => Task.Run(() =>
            instance.Ingest.IngestAsync(SyntheticArticles.Request($"quarry-{i}.txt", texts[i]), CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(IngestOutcome.Processed, r.Outcome));
        var stories = await instances[0].Queries.ListStoriesAsync(CancellationToken.None);
        var story = Assert.Single(stories, s => s.ArticleCount > 0);
        Assert.Equal(Workers, story.ArticleCount);
        var articles = await instances[0].Store.Stories.ListArticlesAsync(story.Id, CancellationToken.None);
        Assert.All(articles, a => Assert.Equal("automatic", a.Assignment!.Method));

        // Re-deliveries follow the index to the surviving story.
        var again = await instances[1].Ingest.IngestAsync(SyntheticArticles.Request("quarry-3.txt", texts[3]), CancellationToken.None);
        Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
        Assert.Equal(story.Id, again.StoryId);
    }

    [Fact]
    public async Task An_article_that_started_a_story_too_early_is_folded_in_once_the_story_would_draw_it()
    {
        // The lone article names three actors, one of which every later article names among many others: alone, none of
        // the later articles shares enough with it to join it, but their story covers a third of its evidence.
        var storage = await IsolatedStorage.CreateAsync();
        var harness = new StoreHarness(storage);
        const string lone = "Harbour talks at Lanmore\nInes Moravec and Tomas Reyes of the Lanmore Port Authority met on 2022-03-07 to discuss the dredging.";
        var crowd = Enumerable.Range(0, 3).Select(i =>
            $"Quarry collapse at Brennholt\nAnna Lind, Erik Dahl, Mara Holt, Jonas Berg, Karin Sund, Olle Ek and Ines Moravec of Kessler Stoneworks met "
            + $"the Brennholt Mountain Rescue, the Vastra Fire Brigade and the Norrland Mining Board at the Brennholt quarry on 2022-05-1{i} after the collapse. "
            + $"Geologist {i} of the Vastra Geological Survey inspected the quarry wall.").ToList();

        await harness.Ingest.IngestAsync(SyntheticArticles.Request("lone.txt", lone), CancellationToken.None);
        var others = new List<IngestResult>();
        foreach (var (text, i) in crowd.Select((t, i) => (t, i)))
        {
            others.Add(await harness.Ingest.IngestAsync(SyntheticArticles.Request($"crowd-{i}.txt", text), CancellationToken.None));
        }

        var story = Assert.Single(await harness.Queries.ListStoriesAsync(CancellationToken.None), s => s.ArticleCount > 0);
        Assert.Equal(4, story.ArticleCount);
        Assert.All(others, o => Assert.Equal(story.Id, o.StoryId));
        // The two stories existed apart before one was folded into the other.
        var articles = await harness.Store.Stories.ListArticlesAsync(story.Id, CancellationToken.None);
        Assert.Contains(articles, a => a.Assignment!.Reason!.Contains("folded into it", StringComparison.Ordinal));
    }

    private static int EventsOf(int i) =>
        ArticleAnalyzer.Default.Analyze(new ArticleInput(
            $"crowd/{i:000}.txt",
            SyntheticArticles.Request("x", SyntheticArticles.Text(i)).Content,
            "text/plain; charset=utf-8",
            new Dictionary<string, string> { ["published"] = "2021-06-01" })).Events.Count;
}
