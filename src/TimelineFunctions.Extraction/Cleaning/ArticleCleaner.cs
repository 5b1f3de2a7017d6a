using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// Removes page furniture from the body, rule by rule (each rule one job; phrase lists and patterns are data under
/// Resources/Cleaning).
/// </summary>
/// <remarks>
/// Every removal is recorded with its rule and reason; furniture the HTML reader already left out is reported first.
/// The kept text has "\n\n" between paragraphs and "\n" between lines.
/// </remarks>
public static class ArticleCleaner
{
    private const int HeadlineLines = 3;
    private const int MinHeadlineWords = 4;

    /// <summary>The rules in the order they run. Later rules see only what earlier ones kept.</summary>
    public static IReadOnlyList<ICleaningRule> Rules { get; } =
    [
        new CrawlerHeaderRule(),
        new MarkupResidueRule(),
        new SeparatorRule(),
        new BreadcrumbRule(),
        new HeadlineRepeatRule(),
        // Every live sign-off leaves or ends "coverage", a "blog" or "updates", says "be back", thanks or stops; every
        // boilerplate line names a trademark, a copyright or its rights, says what may "not be" done with the text or
        // where it "originally" or "first" appeared (no text holds a "k": see RequiredTexts).
        new PatternLineRule("furniture-lines.txt", new RequiredTexts(new Dictionary<string, string[]>
        {
            ["live-sign-off"] = ["coverage", "blog", "updates", "be bac", "than", "stop"],
            ["boilerplate"] = ["tradema", "©", "(c)", "copyright", "all rights reserved", "not be", "originally", "first"],
        })),
        // Every read-more suffix says "read" ("read more", "continue reading"); every share suffix is a pic.twitter.com link.
        new SearchPatternRule("suffixes.txt", SearchMode.CutMatch, new RequiredTexts(new Dictionary<string, string[]>
        {
            ["read-more"] = ["read"],
            ["share-follow"] = ["pic.twitter.com/"],
        })),
        // Every caption or credit has an agency's slash, a label's colon, a picture agency's name, Storyful, or says
        // photo, image or picture.
        new SearchPatternRule("captions.txt", SearchMode.RemoveLine, new RequiredTexts(new Dictionary<string, string[]>
        {
            ["caption"] = ["/", ":", "getty", "shutterst", "istoc", "alamy", "epa-efe", "storyful", "photo", "image", "picture"],
        })),
        new EmbeddedPostRule(),
        new ReaderCommentsRule(),
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
        var headline = document.Title ?? document.Headline ?? HeadlineOf(text);
        return new CleanedArticle(text, headline is null ? null : HeadlineLabel.Without(headline), [.. raw.DroppedOrEmpty, .. document.Removed]);
    }

    /// <summary>
    /// The headline of a plain text: among its first <see cref="HeadlineLines"/> lines, the first that reads as a
    /// headline (short, no sentence punctuation) with at least <see cref="MinHeadlineWords"/> words of letters and no
    /// bars between sections, so that a label above it ("Exhibit 12.4", "Menu", "13/04/2027 22:18 | World | Sarrowa")
    /// is not taken for the title; else the first line when it reads as a headline.
    /// More text must follow.
    /// </summary>
    private static string? HeadlineOf(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim().TrimStart('#', ' ')).Where(l => l.Length > 0).Take(HeadlineLines + 1).ToList();
        if (lines.Count < 2)
        {
            return null;
        }

        return lines.Take(Math.Min(HeadlineLines, lines.Count - 1)).FirstOrDefault(l => LineShape.IsHeadlineLike(l) && LetterWords(l) >= MinHeadlineWords && !l.Contains(" | ", StringComparison.Ordinal))
            ?? (LineShape.IsHeadlineLike(lines[0]) ? lines[0] : null);
    }

    /// <summary>
    /// The words of a line that start with a letter: a stamp and section line ("13/04/2027 22:18 | World | Sarrowa") has
    /// numbers and bars where a headline has words.
    /// </summary>
    private static int LetterWords(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => char.IsLetter(word[0]) || (word.Length > 1 && char.IsLetter(word[1])));
}
