using TimelineFunctions.Extraction;

namespace TimelineFunctions.Application.Stories;

/// <summary>The title of a story an article starts: its headline, or else the opening words of its text.</summary>
public static class StoryTitle
{
    private const int MaxWords = 12;

    public static string? For(ArticleAnalysis analysis)
    {
        if ((analysis.Cleaned.Headline ?? analysis.Raw.Title) is { Length: > 0 } headline)
        {
            return headline;
        }

        var words = analysis.Cleaned.Text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words.Take(MaxWords)) + (words.Length > MaxWords ? "…" : "");
    }
}
