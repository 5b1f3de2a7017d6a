using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>The cleaner run on sentences written for the tests, and the stories they share.</summary>
internal static class CleaningTestText
{
    public static CleanedArticle Clean(string body, string? title = null) =>
        ArticleCleaner.Clean(new RawArticle(ArticleFormat.Text, body, title, null, null, []));

    public static void AssertRemoved(CleanedArticle cleaned, string rule, string text)
    {
        Assert.Contains(cleaned.Removed, r => r.Rule == rule && r.Text == text);
        Assert.DoesNotContain(text, cleaned.Text, StringComparison.Ordinal);
    }

    public const string Story = "The city council approved the new tram line on Wednesday after a six-hour debate.";

    public const string Story2 = "Construction is expected to start next spring and last two years, the mayor said.";

    public const string TramStory = """
        Brookfield approves tram line after marathon council debate
        The Brookfield city council approved the new tram line on Wednesday after a six-hour debate.
        The tram line will link the harbour with the university and the hospital, the council said.
        Opponents of the tram argued the line was too expensive and would disrupt traffic for years.
        The mayor said construction of the tram line would start next spring.
        """;

    public const string Teasers = """
        Snowstorm closes mountain passes ahead of holiday weekend
        Drivers were told to avoid the northern highways until Sunday.
        Chess prodigy wins national title at age twelve
        The youngest champion in the tournament's history beat three grandmasters.
        Bakery chain recalls rye bread over labelling error
        Some loaves were sold without an allergen warning, the agency said on Nov 3, 2024.
        """;
}
