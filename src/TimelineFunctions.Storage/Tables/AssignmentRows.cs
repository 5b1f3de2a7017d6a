using Azure.Data.Tables;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Storage.Tables;

/// <summary>The assignment index: one row per placed blob in the stories table (partition <c>assignments</c>, row key the encoded blob name).</summary>
internal static class AssignmentRows
{
    public const string Partition = "assignments";

    public static TableEntity ToEntity(BlobAssignment a) => new(Partition, TableKeys.Encode(a.BlobName))
    {
        ["BlobName"] = ArticleEntities.Truncate(a.BlobName, 2000),
        ["StoryId"] = a.StoryId,
        ["Method"] = a.Method,
        ["Score"] = a.Score,
        ["Reason"] = ArticleEntities.Truncate(a.Reason, 1000),
        ["MovedFrom"] = a.MovedFrom,
    };

    public static BlobAssignment FromEntity(TableEntity e) => new(
        e.GetString("BlobName"),
        e.GetString("StoryId"),
        e.GetString("Method"),
        e.GetDouble("Score"),
        e.GetString("Reason") ?? "",
        e.GetString("MovedFrom"));
}
