using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>Standalone publication stamps (and the sign-off beside them).</summary>
public class PublicationStampRuleTests
{
    [Fact]
    public void Standalone_stamp_and_sign_off_are_removed()
    {
        var cleaned = Clean($"{Story}\n{Story2}\nReuters\nWed Feb 14 2024");
        AssertRemoved(cleaned, "sign-off", "Reuters");
        AssertRemoved(cleaned, "publication-stamp", "Wed Feb 14 2024");
        Assert.Equal($"{Story}\n{Story2}", cleaned.Text);
    }
}
