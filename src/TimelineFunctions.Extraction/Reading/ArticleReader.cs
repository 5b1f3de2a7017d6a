namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Turns input bytes into a <see cref="RawArticle"/>: rejects what is not an article (empty, too large, binary),
/// decodes the bytes (<see cref="EncodingDetector"/>), detects the format (<see cref="FormatDetector"/>) and hands
/// over to the text, HTML or JSON reader; blob metadata then fills in missing fields and adds its dates.
/// </summary>
public static class ArticleReader
{
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <exception cref="UnreadableArticleException">The input is not a readable article.</exception>
    public static RawArticle Read(ArticleInput input)
    {
        var bytes = input.Content.Span;
        if (bytes.IsEmpty)
        {
            throw new UnreadableArticleException("empty", $"\"{input.Name}\" is empty (0 bytes).");
        }

        if (bytes.Length > MaxBytes)
        {
            throw new UnreadableArticleException("too-large", $"\"{input.Name}\" is {bytes.Length:N0} bytes; articles may be at most {MaxBytes:N0} bytes (5 MiB).");
        }

        if (BinarySniffer.DetectSignature(bytes) is { } kind)
        {
            throw new UnreadableArticleException("binary", $"\"{input.Name}\" is a {kind}, not an article; upload the article as text, HTML or JSON.");
        }

        var decoded = EncodingDetector.Decode(bytes);
        if (BinarySniffer.DescribeBinaryText(decoded.Text) is { } why)
        {
            throw new UnreadableArticleException("binary", $"\"{input.Name}\" looks like binary data, not article text: {why}.");
        }

        if (string.IsNullOrWhiteSpace(decoded.Text.Replace('\uFEFF', ' ').Replace('\u200B', ' ')))
        {
            throw new UnreadableArticleException("empty", $"\"{input.Name}\" holds only whitespace.");
        }

        var format = FormatDetector.Detect(input.Name, input.ContentType, decoded.Text);
        var notes = new List<string> { $"encoding: {decoded.EncodingName} ({decoded.Reason})", $"format: {format}" };
        var raw = format switch
        {
            ArticleFormat.Json => JsonArticleReader.Read(decoded.Text),
            ArticleFormat.Html => ReadHtml(decoded.Text),
            _ => new RawArticle(ArticleFormat.Text, TextArticleReader.Normalize(decoded.Text), null, null, null, []),
        };

        raw = raw with { Notes = [.. notes, .. raw.NotesOrEmpty.Where(n => !n.StartsWith("format:", StringComparison.Ordinal))] };
        return BlobMetadataReader.Apply(raw, input.MetadataOrEmpty);
    }

    private static RawArticle ReadHtml(string html)
    {
        var page = HtmlReader.Read(html);
        if (string.IsNullOrWhiteSpace(page.Body))
        {
            throw new UnreadableArticleException("no-text", "The HTML page has no extractable article text (no paragraphs outside navigation, scripts and page furniture).");
        }

        return new RawArticle(ArticleFormat.Html, page.Body, page.Title, page.Url, page.Outlet, [.. page.Dates], [.. page.Dropped]);
    }
}
