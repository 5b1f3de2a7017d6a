using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Reading;

/// <summary>Lint and use of Resources/Cleaning/html-furniture-endings.txt, the endings glued to a furniture word in a class name.</summary>
public class HtmlFurnitureEndingsTests
{
    private static readonly IReadOnlyList<string> Endings = ResourceText.Lines("Cleaning", "html-furniture-endings.txt");

    [Fact]
    public void Endings_are_lower_case_single_words_listed_once()
    {
        Assert.NotEmpty(Endings);
        Assert.All(Endings, e => Assert.Matches("^[a-z]+$", e));
        Assert.Equal(Endings.Count, Endings.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("relatedposts")]
    [InlineData("sharebar")]
    [InlineData("relatedstories")]
    public void A_furniture_word_with_a_glued_ending_is_furniture(string className)
    {
        var page = HtmlReader.Read(Page(className));
        Assert.DoesNotContain("Other headline", page.Body, StringComparison.Ordinal);
        Assert.Contains(page.Dropped, d => d.Text.Contains("Other headline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_furniture_word_with_another_ending_is_not()
    {
        var page = HtmlReader.Read(Page("relatedness"));
        Assert.Contains("Other headline", page.Body, StringComparison.Ordinal);
    }

    private static string Page(string className) =>
        $"""
        <html><body><article><h1>Ferry resumes</h1>
        <p>The harbour ferry carried its first passengers in three weeks on Tuesday morning after storm repairs.</p>
        <p>Repairs to the landing stage finished two days ahead of schedule, the harbour master said on Monday.</p>
        <div class="{className}"><p>Other headline</p></div>
        </article></body></html>
        """;
}
