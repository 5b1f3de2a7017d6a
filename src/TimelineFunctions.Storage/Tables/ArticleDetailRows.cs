using Azure.Data.Tables;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Extraction.Cleaning;

namespace TimelineFunctions.Storage.Tables;

/// <summary>
/// The article's analysis detail (cleaned text and removed furniture) can be far larger than one table property
/// (32K characters) or entity (1 MiB) may hold, so it is stored as JSON cut into chunks, one row each.
/// </summary>
internal static class ArticleDetailRows
{
    private const int ChunkChars = 30_000;

    private sealed record Detail(string? CleanedText, IReadOnlyList<RemovedFurniture> Removed);

    public static IEnumerable<TableEntity> ToEntities(ArticleRecord article)
    {
        var json = EntityJson.Write(new Detail(article.CleanedText, article.RemovedFurniture));
        for (int offset = 0, chunk = 0; offset < json.Length; offset += ChunkChars, chunk++)
        {
            yield return new TableEntity(article.StoryId, RowKeys.ForDetail(article.ArticleId, article.ContentHash, chunk))
            {
                ["Json"] = json.Substring(offset, Math.Min(ChunkChars, json.Length - offset)),
            };
        }
    }

    public static ArticleRecord WithDetail(ArticleRecord article, IEnumerable<TableEntity> chunks)
    {
        var json = string.Concat(chunks.OrderBy(c => c.RowKey, StringComparer.Ordinal).Select(c => c.GetString("Json")));
        var detail = EntityJson.Read<Detail?>(json, null);
        return detail is null ? article : article with { CleanedText = detail.CleanedText, RemovedFurniture = detail.Removed };
    }
}
