using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Reading;

public class HtmlReaderTests
{
    private static (RawArticle Raw, CleanedArticle Cleaned, PublicationDating Dating) Analyze(string html)
    {
        var raw = ArticleReader.Read(SharedArticles.Text(html, "page.html"));
        var cleaned = ArticleCleaner.Clean(raw);
        return (raw, cleaned, PublicationDateResolver.Resolve(raw, cleaned));
    }

    [Fact]
    public void Saved_page_keeps_headline_byline_and_story_paragraphs()
    {
        var (raw, cleaned, _) = Analyze(HtmlFixtures.SavedPage);
        Assert.Equal(ArticleFormat.Html, raw.Format);
        Assert.Equal("Harbour ferry service resumes after storm repairs", cleaned.Headline);
        Assert.StartsWith("Harbour ferry service resumes after storm repairs\n\nBy Mara Okafor, Transport Reporter", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("PORTHAVEN — The harbour ferry carried its first passengers in three weeks on Tuesday morning", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nRepairs ahead of schedule\n\n", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("said harbour master Teodor Lindqvist.", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sport")]
    [InlineData("Home › News")]
    [InlineData("Share on Facebook")]
    [InlineData("Photo: Ledger staff")]
    [InlineData("Advertisement")]
    [InlineData("Great news for commuters")]
    [InlineData("Bridge tolls to rise")]
    [InlineData("morning newsletter")]
    [InlineData("All rights reserved")]
    [InlineData("dataLayer")]
    [InlineData("display:flex")]
    public void Saved_page_furniture_is_not_in_the_text(string furniture)
    {
        var (_, cleaned, _) = Analyze(HtmlFixtures.SavedPage);
        Assert.DoesNotContain(furniture, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Saved_page_furniture_is_reported_with_its_rule()
    {
        var (_, cleaned, _) = Analyze(HtmlFixtures.SavedPage);
        Assert.Contains(cleaned.Removed, r => r.Rule == "html-caption" && r.Text.Contains("landing stage at the north quay", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Rule == "html-aside" && r.Text.Contains("Bridge tolls", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Rule == "html-share");
        Assert.Contains(cleaned.Removed, r => r.Rule == "html-comments");
        Assert.Contains(cleaned.Removed, r => r.Rule == "html-footer");
        Assert.Contains(cleaned.Removed, r => r.Rule == "html-header");
    }

    [Fact]
    public void Saved_page_fields_come_from_meta_link_and_json_ld()
    {
        var (raw, _, dating) = Analyze(HtmlFixtures.SavedPage);
        Assert.Equal("The Coastal Ledger", raw.Outlet);
        Assert.Equal("https://coastal-ledger.example/2025/02/11/harbour-ferry-resumes/", raw.Url);
        Assert.Contains(raw.StructuredDates, d => d.Source == PublicationDateSource.JsonLd && d.Date == new DateOnly(2025, 2, 11) && !d.IsUpdate);
        Assert.Contains(raw.StructuredDates, d => d.Source == PublicationDateSource.HtmlMeta && d.Date == new DateOnly(2025, 2, 12) && d.IsUpdate);

        Assert.Equal(new DateOnly(2025, 2, 11), dating.Date?.Date);
        Assert.Equal(PublicationDateSource.HtmlMeta, dating.Date?.Source);
        Assert.DoesNotContain(dating.Candidates, c => c.Date == new DateOnly(2025, 1, 3));
    }

    [Fact]
    public void Blog_page_keeps_the_entry_and_dates_it_by_its_posted_on_line()
    {
        var (raw, cleaned, dating) = Analyze(HtmlFixtures.BlogPage);
        Assert.Equal("Library roof repaired before winter", raw.Title);
        Assert.Equal(
            "Library roof repaired before winter\n\n"
            + "Roofers finished patching the Riverside library on Friday, two weeks before the first frost was forecast.\n\n"
            + "The repair cost the town $84,000, less than the $120,000 the council had set aside in January.\n\n"
            + "Librarian Ana Ruiz said the reading room would reopen on Monday.",
            cleaned.Text);
        Assert.Equal((new DateOnly(2025, 3, 3), PublicationDateSource.Stamp), (dating.Date?.Date, dating.Date?.Source));
        Assert.Single(dating.Candidates);
        Assert.Contains(cleaned.Removed, r => r.Rule == "publication-stamp" && r.Text == "Posted on March 3, 2025 by Lee Park");
        Assert.Contains(cleaned.Removed, r => r.Rule == "html-related" && r.Text.Contains("Pool opening", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Rule == "html-comments" && r.Text.Contains("Leave a Reply", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Rule == "html-share");
    }

    [Fact]
    public void Time_element_by_the_headline_dates_the_page_but_times_elsewhere_do_not()
    {
        const string html = """
            <html><body>
              <div class="latest"><span class="timestamp">June 1, 2024</span> <time datetime="2024-06-01">Jun 1</time></div>
              <div class="story-header"><h1>Dam inspection finds cracks</h1><span class="meta"><time datetime="2024-09-30T08:00:00Z">Sept 30</time></span></div>
              <div class="story"><p>Inspectors found two cracks in the spillway of the valley dam during the yearly check on Monday.</p>
              <p>Repairs will start next month, the water board said.</p></div>
            </body></html>
            """;
        var (_, cleaned, dating) = Analyze(html);
        Assert.Equal((new DateOnly(2024, 9, 30), PublicationDateSource.HtmlMeta), (dating.Date?.Date, dating.Date?.Source));
        Assert.DoesNotContain(dating.Candidates, c => c.Date == new DateOnly(2024, 6, 1));
        Assert.DoesNotContain("June 1, 2024", cleaned.Text, StringComparison.Ordinal);
        Assert.StartsWith("Dam inspection finds cracks\n\nSept 30\n\nInspectors found", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_alone_dates_a_page_and_gives_the_publisher()
    {
        const string html = """
            <html><head><script type="application/ld+json">[{"@type":["ReportageNewsArticle"],"datePublished":"2024-09-30","headline":"Dam inspection finds cracks","publisher":{"name":"Valley Post"}}]</script></head>
            <body><div><p>Inspectors found two cracks in the spillway of the valley dam during the yearly check on Monday.</p></div></body></html>
            """;
        var (raw, _, dating) = Analyze(html);
        Assert.Equal("Valley Post", raw.Outlet);
        Assert.Equal("Dam inspection finds cracks", raw.Title);
        Assert.Equal((new DateOnly(2024, 9, 30), PublicationDateSource.JsonLd), (dating.Date?.Date, dating.Date?.Source));
    }

    [Fact]
    public void A_json_ld_block_with_an_unpaired_surrogate_is_skipped_and_the_page_still_read()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-09-30","headline":"\ud800 Dam"}</script></head>
            <body><div><p>Inspectors found two cracks in the spillway of the valley dam during the yearly check on Monday.</p></div></body></html>
            """;
        var (raw, _, _) = Analyze(html);
        Assert.Contains("two cracks", raw.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(raw.StructuredDates, d => d.Source == PublicationDateSource.JsonLd);
    }

    [Theory]
    [InlineData("parsely-pub-date", "2024-04-02T10:00:00Z")]
    [InlineData("sailthru.date", "2024-04-02 10:00:00")]
    [InlineData("DC.date", "2024-04-02")]
    [InlineData("pubdate", "20240402")]
    [InlineData("date", "Tue, 02 Apr 2024 10:00:00 GMT")]
    public void Meta_date_names_are_read(string name, string value)
    {
        var html = $"<html><head><meta name=\"{name}\" content=\"{value}\"></head><body><p>The county opened its new library branch to readers on Tuesday.</p></body></html>";
        var (_, _, dating) = Analyze(html);
        Assert.Equal((new DateOnly(2024, 4, 2), PublicationDateSource.HtmlMeta), (dating.Date?.Date, dating.Date?.Source));
    }

    [Fact]
    public void Malformed_html_is_read_without_throwing()
    {
        const string html = "<html><body><div><p>Fire crews <b>contained the blaze<p>by nightfall, officials said.</div></span></table><p>Unclosed <i>italics";
        var (raw, cleaned, _) = Analyze(html);
        Assert.Equal(ArticleFormat.Html, raw.Format);
        Assert.Contains("Fire crews contained the blaze", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("by nightfall, officials said.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Depth_guard_blanks_only_tags_beyond_the_limit_and_keeps_their_text()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", HtmlDepthGuard.MaxDepth + 10)) + "<p>Core text.</p>" + string.Concat(Enumerable.Repeat("</div>", HtmlDepthGuard.MaxDepth + 10));
        var limited = HtmlDepthGuard.Limit(deep);
        Assert.Contains("Core text.", limited, StringComparison.Ordinal);
        Assert.Equal(HtmlDepthGuard.MaxDepth, limited.Split("<div>").Length - 1);
        Assert.Equal(HtmlDepthGuard.MaxDepth, limited.Split("</div>").Length - 1);

        const string shallow = "<div><p>One<p>Two<br><img src=x></div>";
        Assert.Same(shallow, HtmlDepthGuard.Limit(shallow));
    }

    [Fact]
    public void Many_unclosed_paragraphs_stay_separate_paragraphs()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"<p>Paragraph number {i} of the council report.")) + "</body></html>";
        var raw = ArticleReader.Read(SharedArticles.Text(html, "p.html"));
        Assert.Equal(1000, raw.Body.Split("\n\n").Length);
    }

    [Fact]
    public void Html_without_story_text_is_rejected_as_no_text()
    {
        const string html = "<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script></head><body><nav>Home News</nav><footer>© 2024</footer></body></html>";
        var ex = Assert.Throws<UnreadableArticleException>(() => ArticleReader.Read(SharedArticles.Text(html, "empty.html")));
        Assert.Equal("no-text", ex.Code);
    }
}
