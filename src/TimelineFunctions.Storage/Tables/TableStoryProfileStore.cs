using Azure;
using Azure.Data.Tables;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Storage.Tables;

/// <summary><see cref="IStoryProfileStore"/> on Azure Tables: one small row per story in the stories table.</summary>
public sealed class TableStoryProfileStore(TimelineTables tables, TimeProvider clock) : IStoryProfileStore
{
    public async Task<IReadOnlyList<StoryProfile>> ListProfilesAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var profiles = new List<StoryProfile>();
        await foreach (var e in tables.Stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {StoryProfileRows.Partition}"), cancellationToken: cancellationToken))
        {
            profiles.Add(StoryProfileRows.FromEntity(e));
        }

        return profiles;
    }

    public async Task<StoryProfile> UpdateProfileAsync(string storyId, Func<StoryProfile, StoryProfile> update, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await tables.Stories.GetEntityIfExistsAsync<TableEntity>(StoryProfileRows.Partition, storyId, cancellationToken: cancellationToken);
            var current = existing.HasValue ? StoryProfileRows.FromEntity(existing.Value!) : StoryProfile.Empty(storyId, null, clock.GetUtcNow());
            var updated = update(current) with { StoryId = storyId };
            var entity = StoryProfileRows.ToEntity(updated);
            try
            {
                if (existing.HasValue)
                {
                    await tables.Stories.UpdateEntityAsync(entity, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await tables.Stories.AddEntityAsync(entity, cancellationToken);
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
