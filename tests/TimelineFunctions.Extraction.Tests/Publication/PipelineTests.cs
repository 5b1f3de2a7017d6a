using System.Text.Json;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Tests.Reading;

namespace TimelineFunctions.Extraction.Tests.Publication;

/// <summary>The reading, cleaning and dating steps inside the whole <see cref="ArticleAnalyzer"/> pipeline.</summary>
public class PipelineTests
{
    [Fact]
    public void Analyzer_dates_a_multi_stamp_page_and_tags_every_block()
    {
        var file = SharedArticles.Path("eval", "dev", "articles", "baltimore-key-bridge", "04-wgmd.txt");
        using var meta = JsonDocument.Parse(File.ReadAllText(file[..^4] + ".meta.json"));
        var input = SharedArticles.Input(file, new Dictionary<string, string> { ["url"] = meta.RootElement.GetProperty("url").GetString()! });

        var analysis = ArticleAnalyzer.Default.Analyze(input);

        Assert.Equal((new DateOnly(2024, 5, 19), PublicationDateSource.Stamp), (analysis.Publication.Date?.Date, analysis.Publication.Date?.Source));
        Assert.Equal(3, analysis.Publication.Blocks.Count);
        Assert.All(analysis.TemporalExpressions, t => Assert.InRange(t.Start, 0, analysis.Cleaned.Text.Length - 1));
        Assert.DoesNotContain("CLICK HERE", analysis.Cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyzer_never_uses_the_upload_time_when_an_article_has_no_date()
    {
        var analysis = ArticleAnalyzer.Default.Analyze(SharedArticles.Input(SharedArticles.Sample("000_8335d1d819094a8d.txt")));
        Assert.Null(analysis.Publication.Date);
        Assert.Empty(analysis.Publication.Blocks);
    }
}
