using AngleSharp.Dom;
using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>Reads a saved page's machine-readable metadata: meta tags, &lt;time&gt; elements and their dates.</summary>
internal static class HtmlMetadataReader
{
    internal static Dictionary<string, string> Values(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content")?.Trim();
            if (key is { Length: > 0 } && content is { Length: > 0 })
            {
                values.TryAdd(key.Trim(), content);
            }
        }

        return values;
    }

    internal static string? First(Dictionary<string, string> meta, string key) => meta.TryGetValue(key, out var v) ? HtmlText.Normalize(v) : null;

    internal static IEnumerable<PublicationDate> Dates(Dictionary<string, string> meta)
    {
        foreach (var (key, value) in meta)
        {
            var kind = DateMetaKeys.Classify(key);
            if (kind is null || DateText.ParseStructured(value) is not { } date)
            {
                continue;
            }

            yield return kind == DateMetaKind.Published
                ? new PublicationDate(date, PublicationDateSource.HtmlMeta, $"<meta {key}=\"{value}\">", 0.9)
                : new PublicationDate(date, PublicationDateSource.HtmlMeta, $"updated: <meta {key}=\"{value}\">", 0.45, IsUpdate: true);
        }
    }

    internal static IEnumerable<PublicationDate> TimeElementDates(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("time[pubdate], [itemprop='datePublished' i]:not(meta)"))
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            if (DateText.ParseStructured(value) is { } date)
            {
                yield return new PublicationDate(date, PublicationDateSource.HtmlMeta, $"<{element.LocalName}> published {value.Trim()}", 0.85);
            }
        }
    }

    /// <summary>The first machine-readable &lt;time datetime&gt; near the headline or at the top of the story container.</summary>
    internal static PublicationDate? HeadlineTime(IElement scope)
    {
        var time = scope.QuerySelector("time[datetime]");
        var value = time?.GetAttribute("datetime");
        return DateText.ParseStructured(value) is { } date
            ? new PublicationDate(date, PublicationDateSource.HtmlMeta, $"<time datetime=\"{value}\"> by the headline", 0.8)
            : null;
    }
}
