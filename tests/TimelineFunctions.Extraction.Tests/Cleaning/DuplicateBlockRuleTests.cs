using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>A paragraph repeated verbatim later.</summary>
public class DuplicateBlockRuleTests
{
    [Fact]
    public void Repeated_paragraph_with_a_credit_suffix_is_removed_as_duplicate()
    {
        var cleaned = Clean($"{Story}\n{Story2}\nMore text follows about the depot and the tracks.\n{Story2} - City/Archive");
        Assert.Contains(cleaned.Removed, r => r.Rule is "duplicate" or "caption");
        Assert.Equal($"{Story}\n{Story2}\nMore text follows about the depot and the tracks.", cleaned.Text);
    }
}
