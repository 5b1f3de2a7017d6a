using System.Text.Json;
using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// JSON articles: {"title", "url", "source", "published", "text" | "html"} (field names case-insensitive; common
/// synonyms are accepted: schema.org's NewsArticle names "headline", "datePublished", "articleBody", JSON Feed's
/// "date_published", "content_text", "content_html", and "outlet", "body", "content").
/// </summary>
/// <remarks>
/// An "html" field goes through the HTML reader.
/// </remarks>
public static class JsonArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>A numeric date field read as Unix time (seconds, or milliseconds when too large for seconds).</summary>
    private static (DateOnly Date, string Raw)? EpochField(Dictionary<string, JsonElement> fields, params string[] names)
    {
        foreach (var name in names)
        {
            if (fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number > 0)
            {
                var instant = number > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(Math.Min(number, 4_102_444_800_000)) : DateTimeOffset.FromUnixTimeSeconds(Math.Min(number, 4_102_444_800));
                return DateText.TryMake(instant.Year, instant.Month, instant.Day) is { } date ? (date, value.GetRawText()) : null;
            }
        }

        return null;
    }

    public static RawArticle Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : "";
            throw new UnreadableArticleException("malformed-json", $"The JSON article cannot be parsed{where}: {ex.Message}");
        }

        using (document)
        {
            try
            {
                return ReadArticle(document.RootElement);
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
            {
                // Valid JSON can escape half a character ("\ud800"), which is no text: the article is unreadable, not a failure to retry.
                throw new UnreadableArticleException("malformed-json", "The JSON article holds a string that is not valid text (an unpaired surrogate escape such as \\ud800).");
            }
        }
    }

    private static RawArticle ReadArticle(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            var kind = root.ValueKind switch
            {
                JsonValueKind.Array => "an array",
                JsonValueKind.String => "a string",
                JsonValueKind.Number => "a number",
                JsonValueKind.Null => "null",
                _ => "a true/false value",
            };
            throw new UnreadableArticleException("no-text", $"The JSON document is {kind}, not an article object with a \"text\" or \"html\" field.");
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            fields.TryAdd(property.Name, property.Value);
        }

        string? Field(params string[] names)
        {
            foreach (var name in names)
            {
                if (fields.TryGetValue(name, out var value))
                {
                    if (value.ValueKind == JsonValueKind.String && value.GetString() is { } s && !string.IsNullOrWhiteSpace(s))
                    {
                        return s.Trim();
                    }

                    if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                    {
                        return n.GetString();
                    }
                }
            }

            return null;
        }

        var dates = new List<PublicationDate>();
        var notes = new List<string> { "format: JSON article" };
        if (Field("published", "publishedAt", "datePublished", "date_published", "date", "pubDate") is { } published)
        {
            if (DateText.ParseStructured(published) is { } date)
            {
                dates.Add(new PublicationDate(date, PublicationDateSource.StructuredField, $"JSON field published=\"{published}\"", 0.95));
            }
            else
            {
                notes.Add($"JSON field published=\"{published}\" is not a date; ignored");
            }
        }

        else if (EpochField(fields, "published", "publishedAt", "datePublished", "date_published", "date", "pubDate") is { } epoch)
        {
            dates.Add(new PublicationDate(epoch.Date, PublicationDateSource.StructuredField, $"JSON field published={epoch.Raw} (Unix time, UTC)", 0.9));
        }

        var title = Field("title", "headline");
        var url = Field("url", "link", "canonical_url");
        var outlet = Field("source", "outlet", "publisher", "site_name");
        if (Field("text", "articleBody", "content_text", "body", "content") is { } text)
        {
            return new RawArticle(ArticleFormat.Json, TextArticleReader.Normalize(text), title, url, outlet, dates, [], notes);
        }

        if (Field("html", "content_html") is { } html)
        {
            var page = HtmlReader.Read(html);
            if (string.IsNullOrWhiteSpace(page.Body))
            {
                throw new UnreadableArticleException("no-text", "The JSON article's \"html\" field holds no extractable text.");
            }

            dates.AddRange(page.Dates);
            return new RawArticle(ArticleFormat.Json, page.Body, title ?? page.Title, url ?? page.Url, outlet ?? page.Outlet, dates, [.. page.Dropped], notes);
        }

        throw new UnreadableArticleException("no-text", "The JSON article has neither a \"text\" (or \"articleBody\", \"content_text\", \"body\", \"content\") nor an \"html\" (or \"content_html\") field with content.");
    }
}
