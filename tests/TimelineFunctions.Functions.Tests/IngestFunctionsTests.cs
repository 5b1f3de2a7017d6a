using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Functions.Ingest;

namespace TimelineFunctions.Functions.Tests;

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
        public override Task<Response<BlobDownloadResult>> DownloadContentAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The blob was read.");
    }

    /// <summary>One blob version in memory; <c>null</c> text is a blob that no longer exists.</summary>
    private sealed class MemoryBlob(string? text, IDictionary<string, string>? metadata = null) : BlobClient
    {
        public override Task<Response<BlobDownloadResult>> DownloadContentAsync(CancellationToken cancellationToken = default)
        {
            if (text is null)
            {
                throw new RequestFailedException(404, "The specified blob does not exist.", "BlobNotFound", null);
            }

            var details = BlobsModelFactory.BlobDownloadDetails(
                contentType: "text/plain; charset=utf-8",
                lastModified: new DateTimeOffset(2024, 1, 16, 8, 0, 0, TimeSpan.Zero),
                metadata: metadata ?? new Dictionary<string, string>());
            var result = BlobsModelFactory.BlobDownloadResult(new BinaryData(Encoding.UTF8.GetBytes(text)), details);
            return Task.FromResult(Response.FromValue(result, null!));
        }
    }
}
