using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>Removes page furniture from the body. FIRST CUT: keeps the text as it is.</summary>
public static class ArticleCleaner
{
    public static CleanedArticle Clean(RawArticle raw) => new(raw.Body.Trim(), raw.Title, []);
}
