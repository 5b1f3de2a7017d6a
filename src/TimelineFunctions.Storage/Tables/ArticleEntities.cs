using System.Globalization;
using Azure.Data.Tables;
using TimelineFunctions.Application.Articles;

namespace TimelineFunctions.Storage.Tables;

/// <summary>Maps <see cref="ArticleRecord"/> to and from its table entity (the large analysis detail is stored apart).</summary>
internal static class ArticleEntities
{
    public static TableEntity ToEntity(ArticleRecord a)
    {
        var entity = new TableEntity(a.StoryId, RowKeys.ForArticle(a.ArticleId))
        {
            ["ArticleId"] = a.ArticleId,
            ["BlobName"] = a.BlobName,
            ["ContentHash"] = a.ContentHash,
            ["Status"] = a.Status.ToString(),
            ["ReasonCode"] = a.ReasonCode,
            ["Reason"] = Truncate(a.Reason, 4000),
            ["Title"] = Truncate(a.Title, 1000),
            ["Outlet"] = Truncate(a.Outlet, 500),
            ["Url"] = Truncate(a.Url, 2000),
            ["Format"] = a.Format,
            ["EventCount"] = a.EventCount,
            ["ActorCount"] = a.ActorCount,
            ["ProcessedAt"] = a.ProcessedAt,
            ["BlobLastModified"] = a.BlobLastModified,
        };
        if (a.Assignment is { } s)
        {
            entity["AssignedBy"] = s.Method;
            entity["AssignmentScore"] = s.Score;
            entity["AssignmentReason"] = Truncate(s.Reason, 1000);
        }

        if (a.FailedVersion is { } f)
        {
            entity["FailedVersionHash"] = f.ContentHash;
            entity["FailedVersionAt"] = f.FailedAt;
            entity["FailedVersionCode"] = f.ReasonCode;
            entity["FailedVersionReason"] = Truncate(f.Reason, 1000);
            entity["FailedVersionModified"] = f.BlobLastModified;
        }

        if (a.ProfileTerms.Count > 0)
        {
            entity["ProfileTerms"] = ProfileTermsJson(a.ProfileTerms);
        }

        if (a.Published is { } p)
        {
            entity["Published"] = p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            entity["PublishedSource"] = p.Source;
            entity["PublishedEvidence"] = Truncate(p.Evidence, 1000);
            entity["PublishedConfidence"] = p.Confidence;
        }

        return entity;
    }

    public static ArticleRecord FromEntity(TableEntity e)
    {
        PublishedInfo? published = null;
        if (e.GetString("Published") is { } date)
        {
            published = new PublishedInfo(
                DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.GetString("PublishedSource") ?? "",
                e.GetString("PublishedEvidence") ?? "",
                e.GetDouble("PublishedConfidence") ?? 0);
        }

        return new ArticleRecord
        {
            StoryId = e.PartitionKey,
            ArticleId = e.GetString("ArticleId"),
            BlobName = e.GetString("BlobName"),
            ContentHash = e.GetString("ContentHash"),
            Status = Enum.Parse<ArticleStatus>(e.GetString("Status")),
            ReasonCode = e.GetString("ReasonCode"),
            Reason = e.GetString("Reason"),
            Title = e.GetString("Title"),
            Outlet = e.GetString("Outlet"),
            Url = e.GetString("Url"),
            Format = e.GetString("Format"),
            Published = published,
            EventCount = e.GetInt32("EventCount") ?? 0,
            ActorCount = e.GetInt32("ActorCount") ?? 0,
            ProcessedAt = e.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.MinValue,
            BlobLastModified = e.GetDateTimeOffset("BlobLastModified"),
            Assignment = e.GetString("AssignedBy") is { } method
                ? new StoryAssignment(method, e.GetDouble("AssignmentScore"), e.GetString("AssignmentReason") ?? "")
                : null,
            ProfileTerms = EntityJson.Read<List<string>>(e.GetString("ProfileTerms"), []),
            FailedVersion = e.GetString("FailedVersionHash") is { } failedHash
                ? new FailedVersion(failedHash, e.GetDateTimeOffset("FailedVersionAt") ?? DateTimeOffset.MinValue, e.GetString("FailedVersionCode") ?? "", e.GetString("FailedVersionReason") ?? "", e.GetDateTimeOffset("FailedVersionModified"))
                : null,
        };
    }

    /// <summary>The terms as JSON that fits one property: past 30,000 characters the last terms are left out.</summary>
    private static string ProfileTermsJson(IReadOnlyList<string> terms)
    {
        var kept = terms.ToList();
        var json = EntityJson.Write(kept);
        while (json.Length > 30_000 && kept.Count > 0)
        {
            kept.RemoveRange(kept.Count / 2, kept.Count - (kept.Count / 2));
            json = EntityJson.Write(kept);
        }

        return json;
    }

    internal static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..(max - 1)] + "…";
}
