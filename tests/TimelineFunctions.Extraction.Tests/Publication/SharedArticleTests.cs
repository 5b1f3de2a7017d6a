using System.Text.Json;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.Extraction.Tests.Reading;

namespace TimelineFunctions.Extraction.Tests.Publication;

/// <summary>Required behaviour on the real articles in ../shared (read at run time, never copied).</summary>
public class SharedArticleTests
{
    private static (RawArticle Raw, CleanedArticle Cleaned, PublicationDating Dating) Analyze(string file, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var raw = ArticleReader.Read(SharedArticles.Input(file, metadata));
        var cleaned = ArticleCleaner.Clean(raw);
        return (raw, cleaned, PublicationDateResolver.Resolve(raw, cleaned));
    }

    private static string DevArticle(string id) => SharedArticles.Path("eval", "dev", "articles", $"{id}.txt");

    private static (string? Url, DateOnly? Published) Meta(string txt)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(txt[..^4] + ".meta.json"));
        var published = doc.RootElement.GetProperty("published");
        return (doc.RootElement.GetProperty("url").GetString(),
            published.ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(published.GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static (RawArticle Raw, CleanedArticle Cleaned, PublicationDating Dating) AnalyzeDev(string id)
    {
        var file = DevArticle(id);
        return Analyze(file, new Dictionary<string, string> { ["url"] = Meta(file).Url! });
    }

    public static TheoryData<string> DevArticles()
    {
        var data = new TheoryData<string>();
        var root = SharedArticles.Path("eval", "dev", "articles");
        foreach (var file in Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file)[..^4].Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Dev_set_has_twenty_eight_articles()
    {
        Assert.Equal(28, DevArticles().Count);
    }

    [Theory]
    [MemberData(nameof(DevArticles))]
    public void Dev_article_publication_date_matches_its_meta(string id)
    {
        var (_, published) = Meta(DevArticle(id));
        var (_, _, dating) = AnalyzeDev(id);
        if (published is { } expected)
        {
            Assert.Equal(expected, dating.Date?.Date);
            Assert.NotEqual(PublicationDateSource.EmbeddedPost, dating.Date?.Source);
        }
        else if (dating.Date is { } date)
        {
            Assert.Equal(PublicationDateSource.EmbeddedPost, date.Source);
            Assert.True(date.Confidence <= 0.4, $"embedded-post confidence {date.Confidence}");
        }
    }

    [Theory]
    [MemberData(nameof(DevArticles))]
    public void Dev_article_crawler_header_is_not_in_the_cleaned_text(string id)
    {
        var (_, cleaned, _) = AnalyzeDev(id);
        Assert.DoesNotMatch(@"^\s*date \d{4}-\d{2}-\d{2}", cleaned.Text);
        Assert.False(char.IsWhiteSpace(cleaned.Text[0]));
    }

    [Fact]
    public void Wgmd_page_has_three_dated_blocks()
    {
        var (_, cleaned, dating) = AnalyzeDev("baltimore-key-bridge/04-wgmd");
        Assert.Equal([new DateOnly(2024, 5, 20), new DateOnly(2024, 5, 20), new DateOnly(2024, 5, 19)], dating.Blocks.Select(b => b.Reference.Date));
        Assert.Equal(new DateOnly(2024, 5, 19), dating.Date?.Date);
        Assert.Contains(dating.Candidates, c => c.IsUpdate && c.Date == new DateOnly(2024, 5, 20));
        Assert.StartsWith("ORIGINAL STORY – 05/19/24", cleaned.Text[dating.Blocks[2].Start..], StringComparison.Ordinal);
        Assert.StartsWith("UPDATED – 05/20/24 – The Dali", cleaned.Text[dating.Blocks[1].Start..], StringComparison.Ordinal);
        Assert.Equal(cleaned.Text.Length, dating.Blocks.Sum(b => b.Length));
        Assert.Contains("Actual work to re-float the Dali will begin around midday today(Sunday).", cleaned.Text[dating.Blocks[2].Start..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("baltimore-key-bridge/03-baltimore-banner", "is a trademark registered in the U.S.")]
    [InlineData("baltimore-key-bridge/03-baltimore-banner", "This is a developing story.")]
    [InlineData("baltimore-key-bridge/04-wgmd", "CLICK HERE")]
    [InlineData("baltimore-key-bridge/04-wgmd", "=====")]
    [InlineData("baltimore-key-bridge/02-virginislandsnewsonline", "Leave a Reply")]
    [InlineData("baltimore-key-bridge/01-yahoo-news", "Credit: Baltimore County Police Department via Storyful")]
    [InlineData("baltimore-key-bridge/05-baltimorejewishlife", "Read More")]
    [InlineData("baltimore-key-bridge/06-landline", "(@USACEBaltimore) June 10, 2024")]
    public void Dev_furniture_is_removed(string id, string furniture)
    {
        var (_, cleaned, _) = AnalyzeDev(id);
        Assert.DoesNotContain(furniture, cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text.Contains(furniture, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("baltimore-key-bridge/01-yahoo-news", "Maryland Governor Wes Moore said recovery operations would begin Wednesday morning.")]
    [InlineData("baltimore-key-bridge/03-baltimore-banner", "Livestreamed footage of the Key Bridge crash site around 7 a.m. showed the Dali slowly shifting direction in the water.")]
    [InlineData("baltimore-key-bridge/05-baltimorejewishlife", "cancel the additional safety requirements that were implemented because of the reduced channel width.")]
    [InlineData("baltimore-key-bridge/06-landline", "“The partnerships that endured through this response made this pivotal mission successful.”")]
    [InlineData("sbf-trial/06-indiatoday", "- Jury found Bankman-Fried guilty on seven fraud and conspiracy counts")]
    [InlineData("sbf-trial/01-fastcompany", "For much of the day, the presiding judge was giving a master class on how not to let")]
    public void Dev_story_text_is_kept(string id, string sentence)
    {
        var (_, cleaned, _) = AnalyzeDev(id);
        Assert.Contains(sentence, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reuters_sample_is_dated_by_its_stamp_and_loses_caption_and_teasers()
    {
        var file = SharedArticles.Sample("004_1632e96a3086f46c.txt");
        var (raw, cleaned, dating) = Analyze(file);

        Assert.Equal((new DateOnly(2023, 10, 13), PublicationDateSource.Stamp), (dating.Date?.Date, dating.Date?.Source));
        Assert.DoesNotContain(dating.Candidates, c => c.Date != new DateOnly(2023, 10, 13));
        Assert.Contains(cleaned.Removed, r => r.Text.EndsWith(" - REUTERS/Filepic", StringComparison.Ordinal));
        Assert.DoesNotContain("REUTERS/Filepic", cleaned.Text, StringComparison.Ordinal);

        var lines = raw.Body.Split('\n');
        var signOff = Array.IndexOf(lines, "Reuters");
        Assert.True(signOff > 0);
        var storyLines = lines[..signOff];
        Assert.EndsWith("she was about to be sent to back to North Korea.", storyLines[^1], StringComparison.Ordinal);
        Assert.Equal(string.Join('\n', storyLines), cleaned.Text);

        foreach (var line in lines[(signOff + 3)..].Where(l => l.Trim().Length > 0))
        {
            Assert.DoesNotContain(line.Trim(), cleaned.Text, StringComparison.Ordinal);
            Assert.Contains(cleaned.Removed, r => r.Text == line.Trim() && r.Rule == "trailing-teasers");
        }

        foreach (var teaser in new[] { "COP29", "Gatwick", "Kelantan", "Elon Musk", "Nov 15, 2024", "Oct 2024", "Nov. 20" })
        {
            Assert.DoesNotContain(teaser, cleaned.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Undated_sample_loses_ads_must_read_and_breadcrumb_and_has_no_date()
    {
        var (raw, cleaned, dating) = Analyze(SharedArticles.Sample("000_8335d1d819094a8d.txt"));
        Assert.Null(dating.Date);
        Assert.DoesNotContain("Advertisement", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Must Read", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal(2, cleaned.Removed.Count(r => r.Rule == "ad-marker"));
        Assert.DoesNotContain("HomeWorld", cleaned.Text, StringComparison.Ordinal);
        Assert.StartsWith("Chinese foreign ministry denies presence of North Korean defectors in response to Reuters", cleaned.Text, StringComparison.Ordinal);

        var kept = raw.Body.Split('\n').Where(l => l.Length > 0 && l != "- Advertisement -" && l != "Must Read").Skip(1);
        foreach (var line in kept)
        {
            Assert.Contains(line, cleaned.Text, StringComparison.Ordinal);
        }
    }
}
