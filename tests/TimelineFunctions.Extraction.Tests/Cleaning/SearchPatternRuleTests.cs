using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>Captions and credits (captions.txt) and glued read-more links (suffixes.txt).</summary>
public class SearchPatternRuleTests
{
    [Theory]
    [InlineData("The new tram depot seen from the river on Tuesday. - REUTERS/Jane Doe")]
    [InlineData("Drone footage shows the flooded depot. Credit: City of Brookfield via Storyful")]
    [InlineData("The mayor at the vote. (Photo: Sam Lee/Daily Tram)")]
    [InlineData("FILE PHOTO: A tram passes the old depot in Brookfield.")]
    [InlineData("Workers lay tracks near the station. Getty Images")]
    [InlineData("Image source, Brookfield City Council")]
    [InlineData("Photo caption: Commuters wait at the old depot in Brookfield on Monday, March 3, 2025. Daily Tram photo/Ann Roe")]
    public void Photo_captions_and_credits_are_removed(string line)
    {
        var cleaned = Clean($"{Story}\n{line}\n{Story2}");
        AssertRemoved(cleaned, "caption", line);
        Assert.Equal($"{Story}\n{Story2}", cleaned.Text);
    }

    [Fact]
    public void Read_more_glued_to_a_paragraph_is_cut_and_the_paragraph_kept()
    {
        var cleaned = Clean($"{Story}\n\nThe tram will be free in its first week.... Read More: DAILYTRAM");
        Assert.Equal($"{Story}\n\nThe tram will be free in its first week.", cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Rule == "read-more");
    }
}
