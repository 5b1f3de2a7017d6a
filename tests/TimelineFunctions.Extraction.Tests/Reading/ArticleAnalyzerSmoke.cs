using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Reading;

/// <summary>Reads and cleans a text article, for the tests that look only at the cleaned text.</summary>
internal static class ArticleAnalyzerSmoke
{
    public static string CleanText(string text) =>
        ArticleCleaner.Clean(ArticleReader.Read(SharedArticles.Text(text))).Text;
}
