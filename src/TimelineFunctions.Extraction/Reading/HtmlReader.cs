using AngleSharp.Html.Parser;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>Reads a saved news page into its story text, title, outlet, canonical URL and publication dates.</summary>
/// <remarks>
/// It drops the page furniture (<see cref="HtmlFurnitureRemover"/>), picks the element that holds the story's
/// paragraphs (<see cref="HtmlMainContent"/>) and turns it into plain text (<see cref="HtmlBlockText"/>: paragraphs
/// separated by blank lines; the headline first, then byline/dateline lines). Meta tags, &lt;time&gt;
/// (<see cref="HtmlMetadataReader"/>) and JSON-LD (<see cref="JsonLdReader"/>) give the title, outlet, canonical URL and dates.
/// </remarks>
public static class HtmlReader
{
    public static HtmlExtraction Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(HtmlDepthGuard.Limit(html, out var pastTagLimit));
        var dates = new List<PublicationDate>();
        var dropped = new List<RemovedFurniture>();
        if (pastTagLimit > 0)
        {
            dropped.Add(new RemovedFurniture($"{pastTagLimit:N0} tags", ArticleLimits.Rule, $"the page has more than the {HtmlDepthGuard.MaxTags:N0} tags read per page; the markup of the rest was ignored (its text kept)"));
        }

        var meta = HtmlMetadataReader.Values(document);
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent));
        dates.AddRange(HtmlMetadataReader.Dates(meta));
        dates.AddRange(HtmlMetadataReader.TimeElementDates(document));
        dates.AddRange(jsonLd.Dates);

        var docTitle = HtmlText.Normalize(document.QuerySelector("title")?.TextContent);
        var outlet = HtmlMetadataReader.First(meta, "og:site_name") ?? jsonLd.Publisher ?? HtmlMetadataReader.First(meta, "application-name");
        var url = document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")?.Trim() is { Length: > 0 } canonical
            ? canonical
            : HtmlMetadataReader.First(meta, "og:url") ?? jsonLd.Url;

        var body = document.Body;
        if (body is null)
        {
            return new HtmlExtraction("", docTitle, url, outlet, dates, dropped);
        }

        HtmlFurnitureRemover.Remove(body, dropped);
        var h1 = body.QuerySelector("article h1") ?? body.QuerySelector("h1");
        var headline = HtmlText.Normalize(h1?.TextContent);
        var title = headline is { Length: > 0 } ? headline : HtmlMetadataReader.First(meta, "og:title") ?? jsonLd.Headline ?? docTitle;

        var root = HtmlMainContent.Find(body);
        var paragraphs = new List<string>();
        if (headline is { Length: > 0 } && (h1 is null || !HtmlText.IsInside(h1, root)))
        {
            paragraphs.Add(headline);
        }

        var scope = HtmlMainContent.HeadlineScope(h1, root);
        if (HtmlMetadataReader.HeadlineTime(scope ?? root) is { } time)
        {
            dates.Add(time);
        }

        foreach (var line in HtmlMainContent.BylineElements(scope, root))
        {
            paragraphs.Add(line);
        }

        paragraphs.AddRange(HtmlBlockText.Paragraphs(root));
        return new HtmlExtraction(string.Join("\n\n", paragraphs), title, url, outlet, dates, dropped);
    }
}
