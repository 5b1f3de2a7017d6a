namespace TimelineFunctions.Evaluation.Mixed;

/// <summary>A story that formed from root blobs, with its articles in ingest order.</summary>
public sealed record FormedStory(string Id, string? Title, IReadOnlyList<PlacedArticle> Articles)
{
    /// <summary>The gold story most of its articles belong to.</summary>
    public string MajorityGold => Articles.GroupBy(a => a.GoldStory, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
}
