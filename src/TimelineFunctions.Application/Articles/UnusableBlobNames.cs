using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Articles;

/// <summary>
/// Lists a blob whose name cannot be an article's (see <see cref="ArticleLocation.TryParse"/>) under the rejected
/// blobs, before anything reads it: a name with a '..' segment would be read as another blob.
/// </summary>
public sealed class UnusableBlobNames(IRejectedBlobStore rejectedBlobStore, TimeProvider clock)
{
    public const string UnlistableCode = "unlistable-folder";

    /// <summary>True when the name was unusable and is now recorded; false when it names an article.</summary>
    public async Task<bool> RecordIfUnusableAsync(string blobName, CancellationToken cancellationToken)
    {
        if (ArticleLocation.TryParse(blobName, out _, out var problem))
        {
            return false;
        }

        await rejectedBlobStore.RecordRejectedBlobAsync(new RejectedBlob(blobName, ArticleLocation.ProblemCode(blobName), problem!, clock.GetUtcNow()), cancellationToken);
        return true;
    }

    /// <summary>Lists a folder the storage service cannot list (a blob name there breaks its listing) under the rejected blobs.</summary>
    public Task RecordUnlistableAsync(string folder, string reason, CancellationToken cancellationToken) =>
        rejectedBlobStore.RecordRejectedBlobAsync(new RejectedBlob(folder, UnlistableCode, reason, clock.GetUtcNow()), cancellationToken);
}
