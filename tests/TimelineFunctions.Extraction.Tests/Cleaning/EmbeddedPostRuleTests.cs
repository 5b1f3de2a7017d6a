using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>The attribution line of an embedded social-media post.</summary>
public class EmbeddedPostRuleTests
{
    [Fact]
    public void Embedded_post_attribution_is_removed()
    {
        const string line = "— City of Brookfield (@BrookfieldCity) February 14, 2024";
        var cleaned = Clean($"{Story}\nThe tram vote passed! Work starts soon.\n{line}\n{Story2}");
        AssertRemoved(cleaned, "embedded-post", line);
        Assert.Contains("The tram vote passed! Work starts soon.", cleaned.Text, StringComparison.Ordinal);
    }
}
