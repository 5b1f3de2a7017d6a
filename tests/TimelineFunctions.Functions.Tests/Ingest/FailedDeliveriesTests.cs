using System.Text.Json;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;

namespace TimelineFunctions.Functions.Tests.Ingest;

/// <summary>
/// What the poison queue leaves visible: a failed new article, a failed newer version beside the version that stays
/// current, and a poisoned blob whose name cannot be an article's; the public responses carry no error text.
/// </summary>
public sealed class FailedDeliveriesTests
{
    private static readonly DateTimeOffset Modified = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FunctionTestContext _app = new();

    private FailedDeliveries Failures => new(_app.Store, _app.Store, _app.Store, TimeProvider.System);

    [Fact]
    public async Task A_failed_newer_version_shows_on_its_article_while_the_last_good_version_stays()
    {
        await _app.Ingest.IngestAsync(FunctionTestContext.TextArticle("strike/a.txt", "The strike began on 2024-02-01.", Modified), CancellationToken.None);

        await Failures.RecordAsync(FunctionTestContext.TextArticle("strike/a.txt", "The strike began on 2024-02-02.", Modified.AddHours(1)), CancellationToken.None);

        var list = await _app.GetJsonAsync("/api/stories/strike/articles");
        var article = Assert.Single(list.GetProperty("articles").EnumerateArray());
        Assert.Equal("processed", article.GetProperty("status").GetString());
        Assert.Equal(1, article.GetProperty("eventCount").GetInt32());
        var failed = article.GetProperty("failedVersion");
        Assert.Equal(FailedDeliveries.ReasonCode, failed.GetProperty("reasonCode").GetString());
        Assert.Equal(FailedDeliveries.PublicReason, failed.GetProperty("reason").GetString());
        Assert.True(failed.GetProperty("failedAt").GetDateTimeOffset() > Modified);

        var detail = await _app.GetJsonAsync("/api/stories/strike/articles/a.txt");
        Assert.Equal(FailedDeliveries.ReasonCode, detail.GetProperty("article").GetProperty("failedVersion").GetProperty("reasonCode").GetString());
        var timeline = await _app.GetJsonAsync("/api/stories/strike/timeline");
        Assert.Equal("2024-02-01", timeline.GetProperty("events")[0].GetProperty("date").GetProperty("value").GetString());

        var page = await _app.GetAsync("/api/view/stories/strike/articles/a.txt", "text/html");
        Assert.Contains("Newer version", page, StringComparison.Ordinal);
        Assert.Contains("failed-version", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_newer_version_clears_the_failure()
    {
        await _app.Ingest.IngestAsync(FunctionTestContext.TextArticle("talks/a.txt", "Talks opened on 2024-02-01.", Modified), CancellationToken.None);
        await Failures.RecordAsync(FunctionTestContext.TextArticle("talks/a.txt", "Talks opened on 2024-02-02.", Modified.AddHours(1)), CancellationToken.None);

        await _app.Ingest.IngestAsync(FunctionTestContext.TextArticle("talks/a.txt", "Talks opened on 2024-02-03.", Modified.AddHours(2)), CancellationToken.None);

        Assert.Null((await _app.Store.GetArticleAsync("talks", "a.txt", CancellationToken.None))?.FailedVersion);
    }

    [Fact]
    public async Task A_failure_of_the_current_or_an_older_version_is_not_shown_as_newer()
    {
        await _app.Ingest.IngestAsync(FunctionTestContext.TextArticle("vote/a.txt", "The vote was held on 2024-02-01.", Modified), CancellationToken.None);

        await Failures.RecordAsync(FunctionTestContext.TextArticle("vote/a.txt", "The vote was held on 2024-02-01.", Modified), CancellationToken.None);
        await Failures.RecordAsync(FunctionTestContext.TextArticle("vote/a.txt", "An older draft from 2024-01-01.", Modified.AddDays(-1)), CancellationToken.None);

        Assert.Null((await _app.Store.GetArticleAsync("vote", "a.txt", CancellationToken.None))?.FailedVersion);
    }

    [Fact]
    public async Task A_failed_new_article_is_listed_as_failed_with_the_public_reason_only()
    {
        await Failures.RecordAsync(FunctionTestContext.TextArticle("storm/a.txt", "anything", Modified), CancellationToken.None);
        await _app.Store.SaveArticleAsync(
            new ArticleRecord
            {
                StoryId = "storm",
                ArticleId = "old.txt",
                BlobName = "storm/old.txt",
                ContentHash = "h",
                Status = ArticleStatus.Failed,
                ReasonCode = "poison",
                Reason = "System.InvalidOperationException: Connection refused (127.0.0.1:10002)\n   at Azure.Core.Pipeline...",
                ProcessedAt = Modified,
            },
            [],
            [],
            CancellationToken.None);

        var list = await _app.GetAsync("/api/stories/storm/articles", "application/json");
        var detail = await _app.GetAsync("/api/stories/storm/articles/old.txt", "application/json");
        var page = await _app.GetAsync("/api/view/stories/storm/articles/old.txt", "text/html");

        foreach (var body in new[] { list, detail, page })
        {
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.DoesNotContain("10002", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Azure.Core", body, StringComparison.Ordinal);
        }

        var reasons = JsonDocument.Parse(list).RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("reason").GetString());
        Assert.All(reasons, r => Assert.Equal(FailedDeliveries.PublicReason, r));
        Assert.Contains("Processing failed on every attempt", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x.txt", ArticleLocation.InvalidNameCode)]
    [InlineData("story/..", ArticleLocation.InvalidNameCode)]
    [InlineData("trav/../../etc/passwd.txt", ArticleLocation.InvalidNameCode)]
    [InlineData("story/a\u0001b.txt", ArticleLocation.InvalidNameCode)]
    [InlineData("Bad Folder!/a.txt", ArticleLocation.InvalidFolderCode)]
    public async Task A_poisoned_blob_whose_name_is_not_an_article_location_is_listed_under_rejected_blobs(string blobName, string code)
    {
        await Failures.RecordAsync(FunctionTestContext.TextArticle(blobName, "", null), CancellationToken.None);

        var blobs = (await _app.GetJsonAsync("/api/rejected-blobs")).GetProperty("blobs").EnumerateArray().ToList();
        var blob = Assert.Single(blobs);
        Assert.Equal(blobName, blob.GetProperty("blobName").GetString());
        Assert.Equal(code, blob.GetProperty("code").GetString());
        Assert.Contains("Every delivery attempt failed", blob.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
