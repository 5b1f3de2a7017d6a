using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>Breadcrumbs before the headline, glued or separated.</summary>
public class BreadcrumbRuleTests
{
    [Fact]
    public void Glued_breadcrumb_is_cut_and_a_truncated_headline_copy_dropped()
    {
        var body = "HomeLocalCouncil approves tram line after long debate over...\n\nCouncil approves tram line after long debate over costs and routes.\n\n" + Story;
        var cleaned = Clean(body);
        Assert.Contains(cleaned.Removed, r => r.Rule == "breadcrumb" && r.Text == "HomeLocal");
        Assert.Contains(cleaned.Removed, r => r.Rule == "headline-repeat");
        Assert.StartsWith("Council approves tram line after long debate over costs and routes.\n\n", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal("Council approves tram line after long debate over costs and routes.", cleaned.Headline);
    }

    [Fact]
    public void Separated_breadcrumb_line_is_removed()
    {
        var cleaned = Clean($"Home › News › Transport\n\n{Story}");
        AssertRemoved(cleaned, "breadcrumb", "Home › News › Transport");
    }

    [Fact]
    public void Ordinary_first_words_are_not_breadcrumbs()
    {
        const string body = "McDonald's opened a branch at the station. NewsCorp reported it first.";
        Assert.Equal(body, Clean(body).Text);
    }
}
