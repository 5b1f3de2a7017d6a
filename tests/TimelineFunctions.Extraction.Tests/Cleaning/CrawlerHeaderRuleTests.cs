using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>The crawler header at the very start of the text.</summary>
public class CrawlerHeaderRuleTests
{
    [Fact]
    public void Crawler_header_is_cut_from_the_first_line_and_recorded()
    {
        var cleaned = Clean($" date 2024-02-14 {Story}\n\n{Story2}");
        Assert.Equal($"{Story}\n\n{Story2}", cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Rule == "crawler-header" && r.Text == "date 2024-02-14");
    }

    [Fact]
    public void A_date_word_later_in_the_text_is_not_a_crawler_header()
    {
        var body = $"{Story}\n\n date 2024-02-14 was chosen for the opening.";
        Assert.Equal($"{Story}\n\ndate 2024-02-14 was chosen for the opening.", Clean(body).Text);
    }
}
