using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Functions.Ingest;

namespace TimelineFunctions.Functions.Tests.Ingest;

/// <summary>IngestArticle and RecordPoisonedArticle called directly, with a blob client that serves one version from memory.</summary>
public sealed class IngestFunctionsTests
{
    private readonly FunctionTestContext _app = new();

    [Fact]
    public async Task IngestArticle_reads_the_blob_with_its_metadata_and_ingests_it()
    {
        var blob = new MemoryBlob("The council voted on 2024-01-15.", new Dictionary<string, string> { ["published"] = "2024-01-16" });
        await _app.IngestFunction()
            .IngestArticle(blob, "council/a.txt", CancellationToken.None);

        var article = await _app.Store.GetArticleAsync("council", "a.txt", CancellationToken.None);
        Assert.NotNull(article);
        Assert.Equal(ArticleStatus.Processed, article.Status);
        Assert.Equal(new DateOnly(2024, 1, 16), article.Published?.Date);
        Assert.Equal(1, article.EventCount);
    }

    [Fact]
    public async Task IngestArticle_returns_normally_for_bad_input_and_records_why()
    {
        await _app.IngestFunction()
            .IngestArticle(new MemoryBlob(""), "council/empty.txt", CancellationToken.None);

        var article = await _app.Store.GetArticleAsync("council", "empty.txt", CancellationToken.None);
        Assert.Equal(ArticleStatus.Rejected, article?.Status);
        Assert.Equal("empty", article?.ReasonCode);
    }

    [Fact]
    public async Task IngestArticle_does_nothing_for_a_blob_deleted_since_its_event()
    {
        await _app.IngestFunction()
            .IngestArticle(new MemoryBlob(null), "council/gone.txt", CancellationToken.None);

        Assert.Null(await _app.Store.GetArticleAsync("council", "gone.txt", CancellationToken.None));
    }

    [Fact]
    public async Task A_cancelled_ingest_throws_for_the_host_and_writes_no_rows()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var function = _app.IngestFunction();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => function.IngestArticle(new MemoryBlob("The council voted on 2024-01-15."), "council/a.txt", cancelled.Token));

        Assert.Null(await _app.Store.GetArticleAsync("council", "a.txt", CancellationToken.None));
        Assert.Empty(await _app.Store.ListStoriesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_blob_whose_properties_pass_the_cap_is_rejected_without_reading_its_body()
    {
        var body = new CountingStream(new byte[16]);
        var blob = new MemoryBlob("", declaredLength: (6 * 1024 * 1024) + 1, body: body);
        await _app.IngestFunction().IngestArticle(blob, "council/huge.txt", CancellationToken.None);

        var article = await _app.Store.GetArticleAsync("council", "huge.txt", CancellationToken.None);
        Assert.Equal(ArticleStatus.Rejected, article?.Status);
        Assert.Equal("too-large", article?.ReasonCode);
        Assert.Contains("6,291,457 bytes", article?.Reason, StringComparison.Ordinal);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task A_body_longer_than_its_properties_say_is_abandoned_at_the_cap()
    {
        const int cap = 64 * 1024;
        var body = new CountingStream(new byte[10 * cap]);
        var blob = new MemoryBlob("", declaredLength: 100, body: body);
        var request = await new ArticleBlobReader(cap).ReadAsync(blob, "council/liar.txt", CancellationToken.None);

        Assert.NotNull(request);
        Assert.True(request.Content.IsEmpty);
        Assert.Equal(cap + 1, request.OversizeLength);
        Assert.True(body.BytesRead <= cap + 1, $"read {body.BytesRead:N0} bytes of a body capped at {cap:N0}");
    }

    [Fact]
    public async Task A_body_within_the_cap_is_read_whole_whatever_its_properties_say()
    {
        var text = string.Concat(Enumerable.Repeat("The council voted on 2024-01-15. ", 1000));
        var blob = new MemoryBlob("", declaredLength: 10, body: new CountingStream(Encoding.UTF8.GetBytes(text)));
        var request = await new ArticleBlobReader().ReadAsync(blob, "council/a.txt", CancellationToken.None);

        Assert.Null(request?.OversizeLength);
        Assert.Equal(text, Encoding.UTF8.GetString(request!.Content.Span));
    }

    [Theory]
    [InlineData("../x.txt")]
    [InlineData("story/..")]
    [InlineData("trav/../../etc/passwd.txt")]
    [InlineData("story/tab\there.txt")]
    public async Task IngestArticle_records_an_unusable_name_as_rejected_without_reading_the_blob(string blobName)
    {
        await _app.IngestFunction().IngestArticle(new UnreadableBlob(), blobName, CancellationToken.None);

        var rejected = Assert.Single(await _app.Store.ListRejectedBlobsAsync(CancellationToken.None));
        Assert.Equal(blobName, rejected.BlobName);
        Assert.Equal(ArticleLocation.InvalidNameCode, rejected.Code);

        // Other blobs go on as before.
        await _app.IngestFunction().IngestArticle(new MemoryBlob("The council voted on 2024-01-15."), "council/after.txt", CancellationToken.None);
        Assert.Equal(ArticleStatus.Processed, (await _app.Store.GetArticleAsync("council", "after.txt", CancellationToken.None))?.Status);
    }

    [Theory]
    [InlineData("""{"Type":"BlobTrigger","FunctionId":"Host.Functions.IngestArticle","BlobType":"BlockBlob","ContainerName":"articles","BlobName":"a/b.txt","ETag":"\"0x1\""}""", "articles", "a/b.txt")]
    [InlineData("""{"ContainerName":"articles"}""", null, null)]
    [InlineData("""["articles","a/b.txt"]""", null, null)]
    [InlineData("not json", null, null)]
    public void The_poison_message_names_the_blob_or_nothing(string message, string? container, string? blobName)
    {
        var parsed = RecordPoisonedArticleFunction.PoisonMessage.TryParse(message);
        Assert.Equal(container, parsed?.ContainerName);
        Assert.Equal(blobName, parsed?.BlobName);
    }

    /// <summary>A blob that must not be read: its name would address another blob.</summary>
    private sealed class UnreadableBlob : BlobClient
    {
        public override Task<Response<BlobDownloadStreamingResult>> DownloadStreamingAsync(BlobDownloadOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The blob was read.");
    }

    /// <summary>
    /// One blob version in memory; <c>null</c> text is a blob that no longer exists. Its properties' length is the
    /// text's unless <paramref name="declaredLength"/> says otherwise, and <paramref name="body"/> replaces the text.
    /// </summary>
    private sealed class MemoryBlob(string? text, IDictionary<string, string>? metadata = null, long? declaredLength = null, Stream? body = null) : BlobClient
    {
        public override Task<Response<BlobDownloadStreamingResult>> DownloadStreamingAsync(BlobDownloadOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (text is null)
            {
                throw new RequestFailedException(404, "The specified blob does not exist.", "BlobNotFound", null);
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            var details = BlobsModelFactory.BlobDownloadDetails(
                contentLength: declaredLength ?? bytes.Length,
                contentType: "text/plain; charset=utf-8",
                lastModified: new DateTimeOffset(2024, 1, 16, 8, 0, 0, TimeSpan.Zero),
                metadata: metadata ?? new Dictionary<string, string>());
            var result = BlobsModelFactory.BlobDownloadStreamingResult(body ?? new MemoryStream(bytes), details);
            return Task.FromResult(Response.FromValue(result, null!));
        }
    }

    /// <summary>A body that counts what was read from it, served in chunks as a network stream is.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer[..Math.Min(buffer.Length, 8192)], cancellationToken);
            BytesRead += read;
            return read;
        }
    }
}
