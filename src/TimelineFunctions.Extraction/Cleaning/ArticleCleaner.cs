using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// Removes page furniture from the body, rule by rule (each rule one job; phrase lists and patterns are data
/// under Resources/Cleaning). Every removal is recorded with its rule and reason; furniture the HTML reader
/// already left out is reported first. The kept text has "\n\n" between paragraphs and "\n" between lines.
/// </summary>
public static class ArticleCleaner
{
    /// <summary>The rules in the order they run. Later rules see only what earlier ones kept.</summary>
    public static IReadOnlyList<ICleaningRule> Rules { get; } =
    [
        new CrawlerHeaderRule(),
        new MarkupResidueRule(),
        new SeparatorRule(),
        new BreadcrumbRule(),
        new HeadlineRepeatRule(),
        new PatternLineRule("furniture-lines.txt"),
        new SearchPatternRule("suffixes.txt", SearchMode.CutMatch),
        new SearchPatternRule("captions.txt", SearchMode.RemoveLine),
        new EmbeddedPostRule(),
        new PublicationStampRule(),
        new PatternLineRule("sign-offs.txt"),
        new DuplicateBlockRule(),
        new TrailingTeasersRule(),
    ];

    public static CleanedArticle Clean(RawArticle raw)
    {
        var document = new CleaningDocument(raw.Body, raw.Title);
        foreach (var rule in Rules)
        {
            rule.Apply(document);
        }

        var text = document.ToText();
        return new CleanedArticle(text, document.Title ?? document.Headline ?? HeadlineOf(text), [.. raw.DroppedOrEmpty, .. document.Removed]);
    }

    /// <summary>The first line when it reads as a headline (short, no sentence punctuation) and more text follows.</summary>
    private static string? HeadlineOf(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var first = text[..end].Trim().TrimStart('#', ' ');
        return LineShape.IsHeadlineLike(first) ? first : null;
    }
}
