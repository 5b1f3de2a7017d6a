using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>Markup left in a text article.</summary>
public class MarkupResidueRuleTests
{
    [Fact]
    public void Markup_in_a_text_article_is_removed()
    {
        var cleaned = Clean($"<div class=\"promo\">\n{Story} <script>track('x')</script>\n</div>");
        Assert.Equal(Story, cleaned.Text);
        Assert.Equal(3, cleaned.Removed.Count(r => r.Rule == "markup"));
    }

    [Fact]
    public void Inline_tags_in_a_text_article_are_stripped_and_their_text_kept()
    {
        var cleaned = Clean("<p>The council <b>approved</b> the <a href=\"/tram\">tram line</a>.</p>\n\nIt costs 5 < 6 million.");
        Assert.Equal("The council approved the tram line.\n\nIt costs 5 < 6 million.", cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Rule == "markup");
    }
}
