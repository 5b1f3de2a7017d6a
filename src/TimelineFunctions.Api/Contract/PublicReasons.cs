using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;

namespace TimelineFunctions.Api.Contract;

/// <summary>The reason an API response gives for an article's status.</summary>
/// <remarks>
/// A failed delivery's error text stays in the log (rows written before the reason was fixed text may still hold
/// it): callers get the public message of its code.
/// </remarks>
public static class PublicReasons
{
    public static string? For(ArticleRecord article) =>
        article.Status == ArticleStatus.Failed ? FailedDeliveries.PublicReason : article.Reason;
}
