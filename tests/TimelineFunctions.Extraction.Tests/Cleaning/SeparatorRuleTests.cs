using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>Lines made only of separator characters.</summary>
public class SeparatorRuleTests
{
    [Fact]
    public void Separator_lines_are_removed_but_paragraphs_kept()
    {
        var cleaned = Clean($"{Story}\n==========\n{Story2}");
        Assert.Equal($"{Story}\n{Story2}", cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Rule == "separator");
    }
}
