using Azure.Data.Tables;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Storage.Tables;

/// <summary>
/// A story profile as one row of the stories table (partition <c>profiles</c>, row key the story id).
/// </summary>
/// <remarks>
/// The term counts are JSON cut into properties Terms0, Terms1, … of at most 30,000 characters (a property holds
/// 32K).
/// </remarks>
internal static class StoryProfileRows
{
    public const string Partition = "profiles";
    private const int ChunkChars = 30_000;
    private const string TermsPrefix = "Terms";

    public static TableEntity ToEntity(StoryProfile profile)
    {
        var entity = new TableEntity(Partition, profile.StoryId)
        {
            ["Title"] = ArticleEntities.Truncate(profile.Title, 1000),
            ["ArticleCount"] = profile.ArticleCount,
            ["CreatedAt"] = profile.CreatedAt,
            ["MergedInto"] = profile.MergedInto,
            ["Generated"] = profile.Generated,
        };
        var json = EntityJson.Write(profile.Terms);
        for (int offset = 0, chunk = 0; offset < json.Length; offset += ChunkChars, chunk++)
        {
            entity[$"{TermsPrefix}{chunk}"] = json.Substring(offset, Math.Min(ChunkChars, json.Length - offset));
        }

        return entity;
    }

    public static StoryProfile FromEntity(TableEntity e)
    {
        var json = string.Concat(Enumerable.Range(0, 100).Select(i => e.GetString($"{TermsPrefix}{i}")).TakeWhile(c => c is not null));
        var terms = EntityJson.Read<Dictionary<string, int>>(json, []);
        return new StoryProfile(
            e.RowKey,
            e.GetString("Title"),
            e.GetInt32("ArticleCount") ?? 0,
            new Dictionary<string, int>(terms, StringComparer.Ordinal),
            e.GetDateTimeOffset("CreatedAt") ?? e.Timestamp ?? DateTimeOffset.MinValue,
            e.GetString("MergedInto"))
        {
            Generated = e.GetBoolean("Generated") ?? false,
        };
    }
}
