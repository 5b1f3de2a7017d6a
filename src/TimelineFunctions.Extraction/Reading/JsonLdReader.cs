using System.Text.Json;
using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Reads schema.org JSON-LD: the first article object (@type NewsArticle, Article, ReportageNewsArticle, BlogPosting, …
/// — any type ending in "Article" or "Posting", also inside @graph or arrays) gives datePublished, dateModified,
/// headline, publisher.name and url.
/// </summary>
/// <remarks>
/// Malformed blocks are skipped.
/// </remarks>
public static class JsonLdReader
{
    private const int MaxDepth = 32;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth + 8,
    };

    public static JsonLdFacts Read(IEnumerable<string> blocks)
    {
        foreach (var block in blocks)
        {
            try
            {
                using var document = JsonDocument.Parse(block, Options);
                if (FindArticle(document.RootElement, 0) is { } article)
                {
                    return Facts(article);
                }
            }
            catch (Exception ex) when (ex is JsonException || (ex is InvalidOperationException && ex.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase)))
            {
                // A broken JSON-LD block (bad syntax, or a string escaping half a character) is common on real pages;
                // the rest of the page is still readable.
            }
        }

        return new JsonLdFacts(null, null, null, []);
    }

    private static JsonLdFacts Facts(JsonElement article)
    {
        var dates = new List<PublicationDate>();
        var type = TypeOf(article).FirstOrDefault(IsArticleType) ?? "Article";
        if (String(article, "datePublished") is { } published && DateText.ParseStructured(published) is { } date)
        {
            dates.Add(new PublicationDate(date, PublicationDateSource.JsonLd, $"JSON-LD {type}.datePublished \"{published}\"", 0.9));
        }

        if (String(article, "dateModified") is { } modified && DateText.ParseStructured(modified) is { } updated)
        {
            dates.Add(new PublicationDate(updated, PublicationDateSource.JsonLd, $"updated: JSON-LD {type}.dateModified \"{modified}\"", 0.45, IsUpdate: true));
        }

        string? publisher = null;
        if (article.TryGetProperty("publisher", out var p))
        {
            publisher = p.ValueKind == JsonValueKind.Object ? String(p, "name") : p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        }

        var url = String(article, "url");
        if (url is null && article.TryGetProperty("mainEntityOfPage", out var main))
        {
            url = main.ValueKind == JsonValueKind.String ? main.GetString() : main.ValueKind == JsonValueKind.Object ? String(main, "@id") : null;
        }

        return new JsonLdFacts(String(article, "headline"), publisher, url, dates);
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (TypeOf(element).Any(IsArticleType))
            {
                return element;
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                return FindArticle(graph, depth + 1);
            }
        }

        return null;
    }

    private static bool IsArticleType(string type)
    {
        var name = type[(type.LastIndexOf('/') + 1)..];
        return name.EndsWith("Article", StringComparison.Ordinal) || name.EndsWith("Posting", StringComparison.Ordinal) || name == "Report";
    }

    private static IEnumerable<string> TypeOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String && type.GetString() is { } single)
        {
            yield return single;
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } name)
                {
                    yield return name;
                }
            }
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s.Trim() : null;
}
