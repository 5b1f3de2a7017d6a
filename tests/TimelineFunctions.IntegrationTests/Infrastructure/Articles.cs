using System.Text;
using TimelineFunctions.Storage.Blobs;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

public static class Articles
{
    /// <summary>Uploads (or overwrites) an article blob through the real Azure Storage SDK.</summary>
    public static async Task UploadAsync(HandlerProcess handler, string name, string text, IDictionary<string, string>? metadata = null)
    {
        var blobs = new ArticleBlobs(handler.Storage.Clients);
        await blobs.EnsureContainerAsync(CancellationToken.None);
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await blobs.UploadAsync(name, stream, "text/plain; charset=utf-8", metadata, CancellationToken.None);
    }
}
