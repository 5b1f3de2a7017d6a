using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>Decides whether an input is plain text, HTML or a JSON article: content type, then name extension, then sniffing.</summary>
public static partial class FormatDetector
{
    public static ArticleFormat Detect(string? name, string? contentType, string text)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant() ?? "";
        if (type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal))
        {
            return ArticleFormat.Json;
        }

        if (type is "text/html" or "application/xhtml+xml")
        {
            return ArticleFormat.Html;
        }

        var extension = Path.GetExtension(name ?? "").ToLowerInvariant();
        switch (extension)
        {
            case ".json":
                return ArticleFormat.Json;
            case ".html" or ".htm" or ".xhtml" or ".shtml" or ".mhtml":
                return ArticleFormat.Html;
        }

        // A declared text type or a .txt name still yields to an unmistakable HTML document.
        if (LooksLikeHtmlDocument(text))
        {
            return ArticleFormat.Html;
        }

        if (type is "text/plain" || extension is ".txt" or ".text" or ".md")
        {
            return ArticleFormat.Text;
        }

        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("{") && start.TrimEnd().EndsWith("}"))
        {
            return ArticleFormat.Json;
        }

        return start.StartsWith("<") && MarkupTags().Count(text[..Math.Min(text.Length, 20000)]) >= 3 ? ArticleFormat.Html : ArticleFormat.Text;
    }

    private static bool LooksLikeHtmlDocument(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"</?(?:p|div|br|span|a|h[1-6]|body|head|article|section|li|ul|table)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkupTags();
}
