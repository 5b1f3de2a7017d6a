using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Publication;

public class PublicationDateResolverTests
{
    private static PublicationDating Resolve(string body, string? url = null, params PublicationDate[] structured)
    {
        var raw = new RawArticle(ArticleFormat.Text, body, null, url, null, structured);
        return PublicationDateResolver.Resolve(raw, ArticleCleaner.Clean(raw));
    }

    private const string Body = "The harbour ferry resumed service on Tuesday after weeks of repairs.\n\nCommuters said they were relieved.";

    [Fact]
    public void No_evidence_gives_null()
    {
        var dating = Resolve(Body);
        Assert.Null(dating.Date);
        Assert.Empty(dating.Candidates);
    }

    [Fact]
    public void Dates_inside_story_sentences_are_not_publication_dates()
    {
        Assert.Null(Resolve("The bridge collapsed on March 26, 2024, officials said.\n\nRepairs began on April 2, 2024.").Date);
    }

    [Theory]
    [InlineData("https://news.example/2023/10/04/ferry-returns/", 2023, 10, 4)]
    [InlineData("https://news.example/business/story/ferry-returns-2520518-2024-03-28", 2024, 3, 28)]
    [InlineData("https://news.example/20240329/ferry-returns", 2024, 3, 29)]
    public void Url_dates_are_used(string url, int y, int m, int d)
    {
        var dating = Resolve(Body, url);
        Assert.Equal((new DateOnly(y, m, d), PublicationDateSource.Url), (dating.Date?.Date, dating.Date?.Source));
    }

    [Theory]
    [InlineData("https://news.example/90957982/ferry-returns")]
    [InlineData("https://news.example/2024/13/45/ferry")]
    [InlineData("https://news.example/ferry?date=2024-03-28")]
    public void Urls_without_a_valid_path_date_give_nothing(string url)
    {
        Assert.Null(Resolve(Body, url).Date);
    }

    [Fact]
    public void Full_dateline_dates_the_article()
    {
        var dating = Resolve("PORTHAVEN, Maine - Feb. 11, 2025 - The harbour ferry resumed service today.");
        Assert.Equal((new DateOnly(2025, 2, 11), PublicationDateSource.Dateline), (dating.Date?.Date, dating.Date?.Source));
    }

    [Theory]
    [InlineData("PORTHAVEN, Maine -- Feb. 11, 2025 -- The harbour ferry resumed service today.")]
    [InlineData("Exhibit 12.4\nHarbour Ferry Holders Approve Merger\nPORTHAVEN, Maine -- Feb. 11, 2025 – The holders approved the merger today.")]
    public void A_dateline_with_double_hyphens_dates_the_article(string text)
    {
        var dating = Resolve(text);
        Assert.Equal((new DateOnly(2025, 2, 11), PublicationDateSource.Dateline), (dating.Date?.Date, dating.Date?.Source));
    }

    [Fact]
    public void Dateline_on_the_line_after_the_headline_is_found()
    {
        var dating = Resolve("Ferry returns to the harbour\nPORTHAVEN, March 3, 2025 (Ledger) — The ferry resumed service today.");
        Assert.Equal((new DateOnly(2025, 3, 3), PublicationDateSource.Dateline), (dating.Date?.Date, dating.Date?.Source));
    }

    [Fact]
    public void Dateline_without_year_takes_the_year_of_other_evidence()
    {
        var dating = Resolve("SEOUL, Dec 30 (Reuters) - The ferry resumed service.", "https://news.example/2025/01/02/ferry/");
        Assert.Contains(dating.Candidates, c => c.Source == PublicationDateSource.Dateline && c.Date == new DateOnly(2024, 12, 30));
    }

    [Fact]
    public void Dateline_without_year_and_nothing_else_gives_null()
    {
        Assert.Null(Resolve("SEOUL, Oct 13 (Reuters) - The ferry resumed service.").Date);
    }

    [Fact]
    public void Dateline_without_year_and_nothing_else_gives_the_pages_month_and_day()
    {
        Assert.Equal(new YearlessDay(10, 13), Resolve("SEOUL, Oct 13 (Reuters) - The ferry resumed service.").PageDay);
        Assert.Null(Resolve("SEOUL, Dec 30 (Reuters) - The ferry resumed service.", "https://news.example/2025/01/02/ferry/").PageDay);
        Assert.Null(Resolve("SEOUL, Oct 13, 2025 (Reuters) - The ferry resumed service.").PageDay);
    }

    [Fact]
    public void Agency_dateline_without_date_gives_null()
    {
        Assert.Null(Resolve("NEW YORK (AP) — The ferry resumed service on Tuesday.").Date);
    }

    [Fact]
    public void Structured_sources_outrank_text_sources()
    {
        var meta = new PublicationDate(new DateOnly(2025, 2, 12), PublicationDateSource.BlobMetadata, "test", 1.0);
        var dating = Resolve($" date 2025-02-11 {Body}", "https://news.example/2025/02/10/ferry/", meta);
        Assert.Equal((new DateOnly(2025, 2, 12), PublicationDateSource.BlobMetadata), (dating.Date?.Date, dating.Date?.Source));
        Assert.Equal(3, dating.Candidates.Count);
        Assert.Contains("outranks CrawlerHeader 2025-02-11, Url 2025-02-10", dating.Date!.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreeing_sources_raise_confidence()
    {
        var alone = Resolve($" date 2025-02-11 {Body}");
        var agreeing = Resolve($" date 2025-02-11 {Body}", "https://news.example/2025/02/11/ferry/");
        Assert.Equal(PublicationDateSource.CrawlerHeader, agreeing.Date?.Source);
        Assert.True(agreeing.Date!.Confidence > alone.Date!.Confidence);
    }

    [Theory]
    [InlineData("Posted on March 3, 2025 by Lee Park", true)]
    [InlineData("Published: 3 March 2025, 10:15 GMT", true)]
    [InlineData("Tue Mar 4 2025", true)]
    [InlineData("Updated 3:45 PM EDT, Tue March 4, 2025", true)]
    [InlineData("By Lee Park | March 3, 2025", true)]
    [InlineData("By Lee Park · Published 3 March 2025", true)]
    [InlineData("By Lee Park • Posted on March 3, 2025", true)]
    [InlineData("Lee Park · 03/03/2025", true)]
    [InlineData("Riverside News | March 3, 2025", true)]
    [InlineData("Riverside Wire | 3 Mar 2025 10:14 GMT | Europe / Regional", true)]
    [InlineData("March 3, 2025 | Politics / Local government", true)]
    [InlineData("the river bank · March 3, 2025", false)]
    [InlineData("March 3, 2025 / 3:45 PM / Riverside News", true)]
    [InlineData("Monday 3 March 2025, 2.30pm (updated 4.10pm)", true)]
    [InlineData("Monday 3 March 2025, 2.30pm (the day the river rose)", false)]
    [InlineData("Publié le 3 mars 2025 à 10h15", true)]
    [InlineData("Publié le 3 mars 2025", true)]
    [InlineData("Actualizado: 3 de marzo de 2025, 10:15", true)]
    [InlineData("Published: March 3, 2025 9:40 AM /", true)]
    [InlineData("March 3, 2025 | ", true)]
    [InlineData("March 3, 2025 by the river bank", false)]
    [InlineData("By the end of March 3, 2025 the work was done", false)]
    [InlineData("Published in March 2025, the report found flaws.", false)]
    public void Standalone_stamp_lines_are_recognised(string line, bool isStamp)
    {
        var dating = Resolve($"{Body}\n{line}");
        Assert.Equal(isStamp, dating.Date?.Source == PublicationDateSource.Stamp);
        if (isStamp)
        {
            Assert.Equal(line.Contains("Mar 4", StringComparison.Ordinal) || line.Contains("March 4", StringComparison.Ordinal) ? 4 : 3, dating.Date!.Date.Day);
        }
    }

    [Fact]
    public void Date_headings_of_a_timeline_article_stay_in_the_text_and_are_not_stamps()
    {
        const string body = """
            Timeline of the tram project
            The Riverside tram took years of planning.
            Here is how it unfolded.
            Published: April 2, 2025
            March 3, 2024
            The council first proposed the tram line.
            June 10, 2024
            Engineers surveyed the route.
            January 15, 2025
            The council approved the budget.
            """;
        var raw = new RawArticle(ArticleFormat.Text, body, null, null, null, []);
        var cleaned = ArticleCleaner.Clean(raw);
        var dating = PublicationDateResolver.Resolve(raw, cleaned);
        Assert.Contains("March 3, 2024\nThe council first proposed", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("January 15, 2025\nThe council approved", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 4, 2), dating.Date?.Date);
        Assert.Single(dating.Candidates);
    }

    [Fact]
    public void Labelled_stamps_give_dated_blocks_and_the_original_is_the_date()
    {
        const string body = """
            Ferry back in service
            UPDATED – 03/12/25 – 6:15pm – The ferry completed its tenth crossing this evening.
            UPDATED – 03/12/25 – The first ferry left the quay this morning.
            ORIGINAL STORY – 03/11/25 – The council expects the ferry to resume tomorrow.
            """;
        var dating = Resolve(body);
        Assert.Equal((new DateOnly(2025, 3, 11), PublicationDateSource.Stamp), (dating.Date?.Date, dating.Date?.Source));
        Assert.Contains(dating.Candidates, c => c.IsUpdate && c.Date == new DateOnly(2025, 3, 12));
        Assert.Equal([new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 11)], dating.Blocks.Select(b => b.Reference.Date));
        Assert.Equal(0, dating.Blocks[0].Start);
    }

    [Fact]
    public void Day_first_page_convention_settles_ambiguous_stamps()
    {
        const string body = "Updated: 05/04/2025 - The ferry ran late.\nPublished: 25/03/2025 - The ferry plan was announced.";
        var dating = Resolve(body);
        Assert.Equal(new DateOnly(2025, 3, 25), dating.Date?.Date);
        Assert.Contains(dating.Candidates, c => c.IsUpdate && c.Date == new DateOnly(2025, 4, 5));
    }

    [Fact]
    public void A_label_after_a_byline_says_whether_its_date_is_an_update()
    {
        var dating = Resolve($"By Lee Park · Updated March 4, 2025\n{Body}\nBy Lee Park · Published March 3, 2025");
        Assert.Equal(new DateOnly(2025, 3, 3), dating.Date?.Date);
        Assert.Contains(dating.Candidates, c => c.IsUpdate && c.Date == new DateOnly(2025, 3, 4));
    }

    [Fact]
    public void Update_stamp_alone_is_returned_as_a_low_confidence_date()
    {
        var dating = Resolve($"{Body}\nLast updated: March 3, 2025");
        Assert.True(dating.Date?.IsUpdate);
        Assert.True(dating.Date!.Confidence < 0.5);
    }

    [Fact]
    public void Embedded_post_date_is_only_a_low_confidence_fallback()
    {
        var body = $"{Body}\nThe ferry is back!\n— Harbour Board (@HarbourBoard) February 11, 2025";
        var dating = Resolve(body);
        Assert.Equal(PublicationDateSource.EmbeddedPost, dating.Date?.Source);
        Assert.True(dating.Date!.Confidence <= 0.4);

        var withUrl = Resolve(body, "https://news.example/2025/02/13/ferry/");
        Assert.Equal((new DateOnly(2025, 2, 13), PublicationDateSource.Url), (withUrl.Date?.Date, withUrl.Date?.Source));
        Assert.Contains(withUrl.Candidates, c => c.Source == PublicationDateSource.EmbeddedPost);
    }

    [Fact]
    public void Dates_in_trailing_teasers_and_captions_are_never_candidates()
    {
        const string body = """
            The harbour ferry resumed service on Tuesday after weeks of repairs.
            Commuters said they were relieved to be back on the water.
            Reuters
            The ferry at the quay on Jan. 5, 2025. - REUTERS/Staff
            Snowstorm closes mountain passes ahead of holiday weekend
            Drivers were told on Dec 20, 2024 to avoid the northern highways.
            Chess prodigy wins national title at age twelve
            Published: Nov 15, 2024
            Bakery chain recalls rye bread over labelling error
            Some loaves were sold without an allergen warning.
            """;
        var dating = Resolve(body);
        Assert.Null(dating.Date);
        Assert.Empty(dating.Candidates);
    }
}
