using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Storage.Blobs;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

public static class Articles
{
    /// <summary>Uploads (or overwrites) an article blob through the real Azure Storage SDK.</summary>
    public static async Task UploadAsync(FunctionAppProcess app, string name, string text, IDictionary<string, string>? metadata = null)
    {
        var blobs = new ArticleBlobs(app.Storage.Clients);
        await blobs.EnsureContainerAsync(CancellationToken.None);
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await blobs.UploadAsync(name, stream, "text/plain; charset=utf-8", metadata, CancellationToken.None);
    }

    /// <summary>Waits until the app has ingested this exact version of the blob (whatever the outcome), failing with the host's log.</summary>
    public static async Task WaitUntilIngestedAsync(FunctionAppProcess app, string name, string text, IDictionary<string, string>? metadata = null, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await IsIngestedAsync(app, name, text, metadata))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{name} was not ingested in {seconds} s.\n{app.Output}");
            await Task.Delay(200);
        }
    }

    public static async Task<bool> IsIngestedAsync(FunctionAppProcess app, string name, string text, IDictionary<string, string>? metadata = null)
    {
        var fingerprint = ContentFingerprint.Compute(Encoding.UTF8.GetBytes(text), new Dictionary<string, string>(metadata ?? new Dictionary<string, string>()));
        var store = new TableTimelineStore(app.Storage.Clients, TimeProvider.System, NullLoggerFactory.Instance);
        var versions = new IngestedVersions(store.Articles, store.Assignments);
        return await versions.FindAsync(name, fingerprint, CancellationToken.None) is not null;
    }
}
