using System.Text;
using System.Text.Json;
using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Turns input bytes into a <see cref="RawArticle"/>. FIRST CUT: UTF-8 text and the JSON article shape only;
/// the readers work (encoding detection, HTML main-content extraction) replaces this.
/// </summary>
public static class ArticleReader
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static RawArticle Read(ArticleInput input)
    {
        if (input.Content.IsEmpty)
        {
            throw new UnreadableArticleException("empty", "The blob is empty.");
        }

        if (input.Content.Length > MaxBytes)
        {
            throw new UnreadableArticleException("too-large", $"The blob is {input.Content.Length:N0} bytes; articles may be at most {MaxBytes:N0} bytes.");
        }

        if (input.Content.Span.IndexOf((byte)0) >= 0)
        {
            throw new UnreadableArticleException("binary", "The blob holds binary data (NUL bytes), not article text.");
        }

        var text = new UTF8Encoding(false, false).GetString(input.Content.Span).TrimStart('\uFEFF');
        var structured = new List<PublicationDate>();
        foreach (var (key, value) in input.MetadataOrEmpty)
        {
            if (key.Equals("published", StringComparison.OrdinalIgnoreCase) && DateOnly.TryParse(value, out var date))
            {
                structured.Add(new PublicationDate(date, PublicationDateSource.BlobMetadata, $"blob metadata published={value}", 1.0));
            }
        }

        if (input.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(text, structured);
        }

        return new RawArticle(ArticleFormat.Text, text, null, null, null, structured);
    }

    private static RawArticle ReadJson(string text, List<PublicationDate> structured)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            string? Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var published = Field("published");
            if (published is not null && DateOnly.TryParse(published[..Math.Min(10, published.Length)], out var date))
            {
                structured.Add(new PublicationDate(date, PublicationDateSource.StructuredField, $"JSON field published={published}", 0.95));
            }

            var body = Field("text") ?? Field("html") ?? throw new UnreadableArticleException("no-text", "The JSON article has neither a \"text\" nor an \"html\" field.");
            return new RawArticle(ArticleFormat.Json, body, Field("title"), Field("url"), Field("source"), structured);
        }
        catch (JsonException ex)
        {
            throw new UnreadableArticleException("malformed-json", $"The JSON article cannot be parsed: {ex.Message}");
        }
    }
}
