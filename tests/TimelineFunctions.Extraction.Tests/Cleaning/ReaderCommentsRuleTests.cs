using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>A readers' comment thread under the article (invented text).</summary>
public class ReaderCommentsRuleTests
{
    [Fact]
    public void The_thread_from_its_first_header_to_the_end_is_removed()
    {
        var cleaned = Clean($"{Story}\n{Story2} At 18:20 14th Feb 2024, tramfan wrote: Best news all year.\nIt will cut my commute.\nAt 19:02 14th Feb 2024, Hollis_B wrote: A waste of money.");

        Assert.Contains(Story2, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote:", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("commute", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Rule == "reader-comments");
    }

    [Fact]
    public void One_header_alone_is_left()
    {
        const string letter = "At 09:15 on 12 Feb 2024, Mayor_Office wrote: the tram will be built.";
        var cleaned = Clean($"{Story}\n{letter}\n{Story2}");

        Assert.Contains(letter, cleaned.Text, StringComparison.Ordinal);
    }
}
