using Azure;
using Azure.Data.Tables;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Storage.Tables;

/// <summary>The assignment index and the story profiles, both small rows of the stories table.</summary>
public sealed partial class TableTimelineStore
{
    public async Task<BlobAssignment?> GetAssignmentAsync(string blobName, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var row = await Stories.GetEntityIfExistsAsync<TableEntity>(AssignmentRows.Partition, TableKeys.Encode(blobName), cancellationToken: cancellationToken);
        return row.HasValue ? AssignmentRows.FromEntity(row.Value!) : null;
    }

    public async Task<BlobAssignment> AddAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        try
        {
            await Stories.AddEntityAsync(AssignmentRows.ToEntity(assignment), cancellationToken);
            return assignment;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await GetAssignmentAsync(assignment.BlobName, cancellationToken) ?? assignment;
        }
    }

    public async Task SetAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await Stories.UpsertEntityAsync(AssignmentRows.ToEntity(assignment), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<StoryProfile>> ListProfilesAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var profiles = new List<StoryProfile>();
        await foreach (var e in Stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {StoryProfileRows.Partition}"), cancellationToken: cancellationToken))
        {
            profiles.Add(StoryProfileRows.FromEntity(e));
        }

        return profiles;
    }

    public async Task<StoryProfile> UpdateProfileAsync(string storyId, Func<StoryProfile, StoryProfile> update, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await Stories.GetEntityIfExistsAsync<TableEntity>(StoryProfileRows.Partition, storyId, cancellationToken: cancellationToken);
            var current = existing.HasValue ? StoryProfileRows.FromEntity(existing.Value!) : StoryProfile.Empty(storyId, null, _clock.GetUtcNow());
            var updated = update(current) with { StoryId = storyId };
            var entity = StoryProfileRows.ToEntity(updated);
            try
            {
                if (existing.HasValue)
                {
                    await Stories.UpdateEntityAsync(entity, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await Stories.AddEntityAsync(entity, cancellationToken);
                }

                return updated;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 50)
            {
                // Another ingest updated the profile between our read and write: apply the change to its version.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 + (attempt * 10))), cancellationToken);
            }
        }
    }
}
