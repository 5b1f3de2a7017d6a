using Azure.Data.Tables;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Storage.Tables;

/// <summary><see cref="IStoryIndex"/> on Azure Tables.</summary>
/// <remarks>
/// A story's change marker is the ETag of its row in the story index (touched by every save of one of its articles,
/// before the save's rows) joined with the ETag of its profile row (updated after every switch that adds or removes
/// a processed article, a withdrawal and a move), so any change of the story's processed articles changes it after
/// the change is visible. The summaries live in their own partition of the stories table
/// (<see cref="StorySummaryRows"/>). Listing reads three partitions of that small table (the ETags alone of the
/// story and profile rows); no story partition is read.
/// </remarks>
public sealed class TableStoryIndex(TimelineTables tables) : IStoryIndex
{
    private TableClient Timeline => tables.Timeline;

    private TableClient Stories => tables.Stories;

    public async Task<IReadOnlyDictionary<string, StoryIndexEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var storyTags = await EtagsAsync(TimelineTables.StoriesPartition, cancellationToken);
        var profileTags = await EtagsAsync(StoryProfileRows.Partition, cancellationToken);
        var summaries = new Dictionary<string, (StoryFacts Facts, string? Marker)>(StringComparer.Ordinal);
        await foreach (var e in Stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {StorySummaryRows.Partition}"), cancellationToken: cancellationToken))
        {
            summaries[e.RowKey] = StorySummaryRows.FromEntity(e);
        }

        var entries = new Dictionary<string, StoryIndexEntry>(StringComparer.Ordinal);
        foreach (var (storyId, storyTag) in storyTags)
        {
            var marker = Marker(storyTag, profileTags.GetValueOrDefault(storyId));
            entries[storyId] = summaries.TryGetValue(storyId, out var s)
                ? new StoryIndexEntry(marker, s.Facts, s.Marker)
                : new StoryIndexEntry(marker, null, null);
        }

        return entries;
    }

    public async Task<string> GetMarkerAsync(string storyId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var story = await Stories.GetEntityIfExistsAsync<TableEntity>(TimelineTables.StoriesPartition, storyId, ["RowKey"], cancellationToken);
        var profile = await Stories.GetEntityIfExistsAsync<TableEntity>(StoryProfileRows.Partition, storyId, ["RowKey"], cancellationToken);
        return Marker(story.HasValue ? story.Value!.ETag.ToString() : null, profile.HasValue ? profile.Value!.ETag.ToString() : null);
    }

    public async Task SaveAsync(string storyId, StoryFacts facts, string marker, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        await Stories.UpsertEntityAsync(StorySummaryRows.ToEntity(storyId, facts, marker), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<ArticleVersionKey>> ListArticleVersionsAsync(string storyId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {storyId} and RowKey ge {RowKeys.Article} and RowKey lt {TableKeys.PrefixEnd(RowKeys.Article)}");
        var versions = new List<ArticleVersionKey>();
        await foreach (var e in Timeline.QueryAsync<TableEntity>(filter, select: ["ArticleId", "ContentHash", "Status"], cancellationToken: cancellationToken))
        {
            versions.Add(new ArticleVersionKey(e.GetString("ArticleId"), e.GetString("ContentHash"), Enum.Parse<ArticleStatus>(e.GetString("Status"))));
        }

        return versions;
    }

    private async Task<Dictionary<string, string>> EtagsAsync(string partition, CancellationToken cancellationToken)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var e in Stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            tags[e.RowKey] = e.ETag.ToString();
        }

        return tags;
    }

    private static string Marker(string? storyTag, string? profileTag) => $"{storyTag}|{profileTag}";
}
