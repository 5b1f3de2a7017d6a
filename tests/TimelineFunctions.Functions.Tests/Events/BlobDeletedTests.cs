using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Functions.Events;

namespace TimelineFunctions.Functions.Tests.Events;

/// <summary>
/// The BlobDeleted endpoint's parts: reading Event Grid and CloudEvents batches (the handshake included), and a
/// deleted blob withdrawing its article, idempotently and never the version of a blob created again.
/// </summary>
public sealed class BlobDeletedTests
{
    private static readonly DateTimeOffset Modified = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FunctionTestContext _app = new();

    [Fact]
    public void The_subscription_validation_event_gives_its_code()
    {
        const string body = """[{"id":"1","topic":"t","subject":"","data":{"validationCode":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6","validationUrl":"https://x"},"eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","eventTime":"2024-03-01T12:00:00Z","metadataVersion":"1","dataVersion":"2"}]""";
        Assert.True(BlobEventBatch.TryParse(body, out var batch, out _));
        Assert.Equal("512d38b6-c7b8-40c8-89fe-f46f9e9622b6", batch!.ValidationCode);
        Assert.Empty(batch.Deleted);
    }

    [Fact]
    public void Event_grid_and_cloud_events_blob_deleted_events_name_the_container_and_blob()
    {
        const string eventGrid = """[{"id":"1","topic":"t","subject":"/blobServices/default/containers/articles/blobs/story/a b.txt","eventType":"Microsoft.Storage.BlobDeleted","eventTime":"2024-03-02T08:00:00Z","data":{"api":"DeleteBlob"}},{"id":"2","subject":"/blobServices/default/containers/articles/blobs/x.txt","eventType":"Microsoft.Storage.BlobCreated"}]""";
        Assert.True(BlobEventBatch.TryParse(eventGrid, out var batch, out _));
        var deleted = Assert.Single(batch!.Deleted);
        Assert.Equal(new BlobDeletedEvent("articles", "story/a b.txt", new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.Zero)), deleted);

        const string cloudEvent = """{"specversion":"1.0","id":"3","source":"/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/acct","subject":"/blobServices/default/containers/articles/blobs/root.txt","type":"Microsoft.Storage.BlobDeleted","time":"2024-03-02T09:00:00Z","data":{}}""";
        Assert.True(BlobEventBatch.TryParse(cloudEvent, out batch, out _));
        Assert.Equal("root.txt", Assert.Single(batch!.Deleted).BlobName);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("[1,2]")]
    [InlineData("""[{"eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","data":{}}]""")]
    [InlineData("""[{"eventType":"Microsoft.Storage.BlobDeleted","subject":"/somewhere/else"}]""")]
    [InlineData("""[{"eventType":"Microsoft.Storage.BlobDeleted","subject":"/blobServices/default/containers/articles/blobs/"}]""")]
    public void A_body_that_is_not_such_a_batch_is_refused_with_a_reason(string body)
    {
        Assert.False(BlobEventBatch.TryParse(body, out _, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public async Task A_deleted_blob_withdraws_its_article_and_its_events_leave_the_timeline()
    {
        await IngestAsync("quake/a.txt", "The quake struck on 2024-02-10.");
        await IngestAsync("quake/b.txt", "Aid arrived on 2024-02-12.");

        var outcome = await _app.Commands.WithdrawDeletedBlobAsync("quake/a.txt", Modified.AddDays(1), Gone, CancellationToken.None);

        Assert.Equal(DeletionOutcome.Withdrawn, outcome);
        var article = await _app.Store.GetArticleAsync("quake", "a.txt", CancellationToken.None);
        Assert.Equal(ArticleStatus.Withdrawn, article?.Status);
        Assert.Equal(Withdrawal.BlobDeletedCode, article?.ReasonCode);
        var dates = (await _app.GetJsonAsync("/api/stories/quake/timeline")).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal(["2024-02-12"], dates);

        // Event Grid delivers at least once: the same event again changes nothing.
        Assert.Equal(DeletionOutcome.Withdrawn, await _app.Commands.WithdrawDeletedBlobAsync("quake/a.txt", Modified.AddDays(1), Gone, CancellationToken.None));
    }

    [Fact]
    public async Task A_blob_created_again_keeps_its_article()
    {
        await IngestAsync("flood/a.txt", "The river rose on 2024-04-01.");

        Assert.Equal(DeletionOutcome.Recreated, await _app.Commands.WithdrawDeletedBlobAsync("flood/a.txt", Modified.AddDays(1), Exists, CancellationToken.None));
        Assert.Equal(DeletionOutcome.Recreated, await _app.Commands.WithdrawDeletedBlobAsync("flood/a.txt", Modified.AddDays(-1), Gone, CancellationToken.None));
        Assert.Equal(ArticleStatus.Processed, (await _app.Store.GetArticleAsync("flood", "a.txt", CancellationToken.None))?.Status);
    }

    [Fact]
    public async Task The_same_bytes_uploaded_after_a_deletion_come_back()
    {
        await IngestAsync("fire/a.txt", "The fire started on 2024-05-03.");
        await _app.Commands.WithdrawDeletedBlobAsync("fire/a.txt", Modified.AddDays(1), Gone, CancellationToken.None);

        var again = await IngestAsync("fire/a.txt", "The fire started on 2024-05-03.", Modified.AddDays(2));

        Assert.Equal(IngestOutcome.Processed, again.Outcome);
        Assert.Single((await _app.GetJsonAsync("/api/stories/fire/timeline")).GetProperty("events").EnumerateArray());
    }

    [Theory]
    [InlineData("never/ingested.txt")]
    [InlineData("trav/../../etc/passwd.txt")]
    [InlineData("Bad Folder!/a.txt")]
    public async Task A_blob_that_never_became_an_article_changes_nothing(string blobName) =>
        Assert.Equal(DeletionOutcome.NoArticle, await _app.Commands.WithdrawDeletedBlobAsync(blobName, Modified, Gone, CancellationToken.None));

    private static Task<bool> Gone(CancellationToken cancellationToken) => Task.FromResult(false);

    private static Task<bool> Exists(CancellationToken cancellationToken) => Task.FromResult(true);

    private Task<IngestResult> IngestAsync(string blobName, string text, DateTimeOffset? modified = null) =>
        _app.Ingest.IngestAsync(FunctionTestContext.TextArticle(blobName, text, modified ?? Modified), CancellationToken.None);
}
