using System.Globalization;

namespace TimelineFunctions.Storage.Tables;

/// <summary>Row keys inside a story's partition of the timeline table.</summary>
/// <remarks>
/// Contributions carry the article's content hash, so a new version never overwrites the rows of the version the
/// timeline still shows. <code> article|{articleId} the article record event|{articleId}|{hash}|{ordinal:00000} one
/// event contribution actor|{articleId}|{hash}|{actorId} one actor contribution
/// detail|{articleId}|{hash}|{chunk:000} the article's analysis detail (cleaned text, furniture), chunked </code>
/// </remarks>
internal static class RowKeys
{
    public const string Article = "article|";
    public const string Event = "event|";
    public const string Actor = "actor|";
    public const string Detail = "detail|";

    /// <summary>Kinds of rows that belong to one article version.</summary>
    public static readonly string[] ContributionKinds = [Event, Actor, Detail];

    public static string ForArticle(string articleId) => Article + articleId;

    public static string ForEvent(string articleId, string hash, int ordinal) =>
        $"{Event}{articleId}|{hash}|{ordinal.ToString("00000", CultureInfo.InvariantCulture)}";

    public static string ForActor(string articleId, string hash, string actorId) => $"{Actor}{articleId}|{hash}|{actorId}";

    public static string ForDetail(string articleId, string hash, int chunk) =>
        $"{Detail}{articleId}|{hash}|{chunk.ToString("000", CultureInfo.InvariantCulture)}";

    /// <summary>The prefix shared by every row of one kind for one article, whatever its version.</summary>
    public static string ArticlePrefix(string kind, string articleId) => $"{kind}{articleId}|";

    /// <summary>The (article id, content hash) a contribution row key belongs to.</summary>
    public static (string ArticleId, string Hash) Owner(string rowKey)
    {
        var parts = rowKey.Split('|');
        return (parts[1], parts[2]);
    }
}
