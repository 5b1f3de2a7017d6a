using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>Each rule on sentences written for the test.</summary>
public class CleaningRuleTests
{
    private static CleanedArticle Clean(string body, string? title = null) =>
        ArticleCleaner.Clean(new RawArticle(ArticleFormat.Text, body, title, null, null, []));

    private static void AssertRemoved(CleanedArticle cleaned, string rule, string text)
    {
        Assert.Contains(cleaned.Removed, r => r.Rule == rule && r.Text == text);
        Assert.DoesNotContain(text, cleaned.Text, StringComparison.Ordinal);
    }

    private const string Story = "The city council approved the new tram line on Wednesday after a six-hour debate.";
    private const string Story2 = "Construction is expected to start next spring and last two years, the mayor said.";

    [Theory]
    [InlineData("- Advertisement -", "ad-marker")]
    [InlineData("ADVERTISEMENT", "ad-marker")]
    [InlineData("Sponsored", "ad-marker")]
    [InlineData("Story continues below advertisement", "ad-marker")]
    [InlineData("Must Read", "must-read")]
    [InlineData("You may also like", "must-read")]
    [InlineData("Read More…", "read-more")]
    [InlineData("Read more: Tram plans explained", "read-more")]
    [InlineData("Leave a Reply", "leave-a-reply")]
    [InlineData("This is a developing story.", "developing-story")]
    [InlineData("This story will be updated as more information becomes available.", "developing-story")]
    [InlineData("CLICK HERE TO WATCH THE COUNCIL MEETING LIVE", "click-here")]
    [InlineData("Share this article", "share-follow")]
    [InlineData("Facebook Twitter Email", "share-follow")]
    [InlineData("Follow us on Instagram for more local news", "share-follow")]
    [InlineData("Sign up for our free morning newsletter", "newsletter")]
    [InlineData("Subscribe now", "newsletter")]
    [InlineData("The Daily Tram is a registered trademark of Tram Media LLC in the U.S.", "boilerplate")]
    [InlineData("© 2024 Tram Media. All rights reserved.", "boilerplate")]
    [InlineData("Copyright 2023 The Daily Tram", "boilerplate")]
    [InlineData("This article was originally published by Tram Weekly on its website.", "boilerplate")]
    [InlineData("ALSO READ | Tram fares to stay frozen next year", "must-read")]
    [InlineData("Continue reading", "read-more")]
    [InlineData("Skip to main content", "navigation")]
    [InlineData("Listen to this article", "navigation")]
    [InlineData("4 min read", "navigation")]
    public void Furniture_lines_are_removed_by_their_rule(string line, string rule)
    {
        var cleaned = Clean($"{Story}\n\n{line}\n\n{Story2}");
        AssertRemoved(cleaned, rule, line);
        Assert.Equal($"{Story}\n\n{Story2}", cleaned.Text);
    }

    [Theory]
    [InlineData("Copyright lawsuits against the tram maker rose sharply last year, the report said.")]
    [InlineData("Readers can click here and there on the interactive map, the designers joked.")]
    [InlineData("Share prices of the tram maker rose 4% after the vote.")]
    [InlineData("The advertisement campaign for the tram cost the city $2 million.")]
    [InlineData("Subscribers to the transit pass will ride free for a month.")]
    [InlineData("Search teams found the missing tram driver late on Tuesday.")]
    [InlineData("Watch: the council vote was broadcast live, and 2,000 people tuned in.")]
    public void Story_sentences_that_mention_furniture_words_are_kept(string sentence)
    {
        var cleaned = Clean($"{Story}\n\n{sentence}\n\n{Story2}");
        Assert.Contains(sentence, cleaned.Text, StringComparison.Ordinal);
        Assert.Empty(cleaned.Removed);
    }

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

    [Fact]
    public void Glued_breadcrumb_is_cut_and_a_truncated_headline_copy_dropped()
    {
        var body = "HomeLocalCouncil approves tram line after long debate over...\n\nCouncil approves tram line after long debate over costs and routes.\n\n" + Story;
        var cleaned = Clean(body);
        Assert.Contains(cleaned.Removed, r => r.Rule == "breadcrumb" && r.Text == "HomeLocal");
        Assert.Contains(cleaned.Removed, r => r.Rule == "headline-repeat");
        Assert.StartsWith("Council approves tram line after long debate over costs and routes.\n\n", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal("Council approves tram line after long debate over costs and routes.", cleaned.Headline);
    }

    [Fact]
    public void A_label_above_the_headline_is_not_the_headline()
    {
        var cleaned = Clean("Exhibit 12.4\nHarbour Ferry Holders Approve Merger With Quillon\nPORTHAVEN -- The holders approved the merger today, the company said.");

        Assert.Equal("Harbour Ferry Holders Approve Merger With Quillon", cleaned.Headline);
    }

    [Fact]
    public void A_short_first_line_followed_by_the_story_stays_the_headline()
    {
        var cleaned = Clean("Ferry returns\nThe harbour ferry returned to service today after storm repairs, the council said.");

        Assert.Equal("Ferry returns", cleaned.Headline);
    }

    [Fact]
    public void Separated_breadcrumb_line_is_removed()
    {
        var cleaned = Clean($"Home › News › Transport\n\n{Story}");
        AssertRemoved(cleaned, "breadcrumb", "Home › News › Transport");
    }

    [Fact]
    public void Ordinary_first_words_are_not_breadcrumbs()
    {
        const string body = "McDonald's opened a branch at the station. NewsCorp reported it first.";
        Assert.Equal(body, Clean(body).Text);
    }

    [Fact]
    public void Embedded_post_attribution_is_removed()
    {
        const string line = "— City of Brookfield (@BrookfieldCity) February 14, 2024";
        var cleaned = Clean($"{Story}\nThe tram vote passed! Work starts soon.\n{line}\n{Story2}");
        AssertRemoved(cleaned, "embedded-post", line);
        Assert.Contains("The tram vote passed! Work starts soon.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Standalone_stamp_and_sign_off_are_removed()
    {
        var cleaned = Clean($"{Story}\n{Story2}\nReuters\nWed Feb 14 2024");
        AssertRemoved(cleaned, "sign-off", "Reuters");
        AssertRemoved(cleaned, "publication-stamp", "Wed Feb 14 2024");
        Assert.Equal($"{Story}\n{Story2}", cleaned.Text);
    }

    [Fact]
    public void Repeated_paragraph_with_a_credit_suffix_is_removed_as_duplicate()
    {
        var cleaned = Clean($"{Story}\n{Story2}\nMore text follows about the depot and the tracks.\n{Story2} - City/Archive");
        Assert.Contains(cleaned.Removed, r => r.Rule is "duplicate" or "caption");
        Assert.Equal($"{Story}\n{Story2}\nMore text follows about the depot and the tracks.", cleaned.Text);
    }

    [Fact]
    public void Separator_lines_are_removed_but_paragraphs_kept()
    {
        var cleaned = Clean($"{Story}\n==========\n{Story2}");
        Assert.Equal($"{Story}\n{Story2}", cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Rule == "separator");
    }

    private const string TramStory = """
        Brookfield approves tram line after marathon council debate
        The Brookfield city council approved the new tram line on Wednesday after a six-hour debate.
        The tram line will link the harbour with the university and the hospital, the council said.
        Opponents of the tram argued the line was too expensive and would disrupt traffic for years.
        The mayor said construction of the tram line would start next spring.
        """;

    private const string Teasers = """
        Snowstorm closes mountain passes ahead of holiday weekend
        Drivers were told to avoid the northern highways until Sunday.
        Chess prodigy wins national title at age twelve
        The youngest champion in the tournament's history beat three grandmasters.
        Bakery chain recalls rye bread over labelling error
        Some loaves were sold without an allergen warning, the agency said on Nov 3, 2024.
        """;

    [Fact]
    public void Trailing_list_of_other_stories_after_a_sign_off_is_removed_line_by_line()
    {
        var cleaned = Clean($"{TramStory}\nReuters\n{Teasers}");
        Assert.Equal(TramStory.TrimEnd(), cleaned.Text);
        Assert.Equal(6, cleaned.Removed.Count(r => r.Rule == "trailing-teasers"));
    }

    [Fact]
    public void Trailing_list_of_dated_headlines_is_removed_and_its_dates_are_not_stamps()
    {
        const string list = """
            Snowstorm closes mountain passes ahead of holiday weekend
            December 20, 2024
            Chess prodigy wins national title at age twelve
            November 2, 2024
            Bakery chain recalls rye bread over labelling error
            October 15, 2024
            """;
        var raw = new RawArticle(ArticleFormat.Text, $"{TramStory}\nReuters\n{list}", null, null, null, []);
        var cleaned = ArticleCleaner.Clean(raw);
        Assert.Equal(TramStory.TrimEnd(), cleaned.Text);
        Assert.Equal(6, cleaned.Removed.Count(r => r.Rule == "trailing-teasers"));
        Assert.Null(Extraction.Publication.PublicationDateResolver.Resolve(raw, cleaned).Date);
    }

    [Fact]
    public void Trailing_list_without_a_boundary_needs_four_unrelated_units()
    {
        var three = Clean($"{TramStory}\n{Teasers}");
        Assert.DoesNotContain(three.Removed, r => r.Rule == "trailing-teasers");

        var four = Clean($"{TramStory}\n{Teasers}\nMuseum reopens its whale hall\nThe skeleton was cleaned for the first time in forty years.");
        Assert.Equal(TramStory.TrimEnd(), four.Text);
    }

    [Fact]
    public void Story_ending_in_a_subheading_keeps_it_when_the_list_follows_a_sign_off()
    {
        const string ending = "What happens next\nThe first trams are due to run in 2027.";
        var cleaned = Clean($"{TramStory}\n{ending}\nReuters\n{Teasers}\nMuseum reopens its whale hall\nThe skeleton was cleaned for the first time in forty years.");
        Assert.Equal($"{TramStory.TrimEnd()}\n{ending}", cleaned.Text);
    }

    [Fact]
    public void A_list_that_would_swallow_the_whole_text_is_left_alone()
    {
        const string body = "Snowstorm closes mountain passes\nDrivers were told to avoid the highways.\nChess prodigy wins national title\nThe champion is twelve years old.\nBakery chain recalls rye bread\nSome loaves lacked a warning.";
        Assert.Equal(body, Clean(body).Text);
    }

    [Fact]
    public void Live_blog_time_headings_are_not_a_teaser_list()
    {
        const string body = """
            Storm live: harbour closed as winds reach 120 km/h
            The harbour authority closed all berths on Sunday morning as the storm arrived.
            Reuters
            10:32 AM
            Ferries were told to stay in port until further notice.
            11:05 AM
            A roof blew off a warehouse on the east quay.
            11:40 AM
            Power cuts hit four districts south of the river.
            12:15 PM
            Schools will stay shut on Monday, the mayor said.
            """;
        var cleaned = Clean(body);
        Assert.DoesNotContain(cleaned.Removed, r => r.Rule == "trailing-teasers");
        Assert.Contains("12:15 PM\nSchools will stay shut on Monday, the mayor said.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Subheadings_and_short_paragraphs_of_the_story_itself_are_kept()
    {
        const string body = """
            Brookfield approves tram line after marathon council debate
            The Brookfield city council approved the new tram line on Wednesday after a six-hour debate.
            Reuters
            Tram line costs
            The tram line will cost the city of Brookfield about $400 million.
            Tram line route
            The tram line will link the Brookfield harbour with the university.
            Tram opponents
            Opponents of the tram line in Brookfield said the debate was rushed.
            """;
        var cleaned = Clean(body);
        Assert.DoesNotContain(cleaned.Removed, r => r.Rule == "trailing-teasers");
        Assert.Contains("Opponents of the tram line in Brookfield said the debate was rushed.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_a_text_article_is_removed()
    {
        var cleaned = Clean($"<div class=\"promo\">\n{Story} <script>track('x')</script>\n</div>");
        Assert.Equal(Story, cleaned.Text);
        Assert.Equal(3, cleaned.Removed.Count(r => r.Rule == "markup"));
    }

    [Fact]
    public void Inline_tags_in_a_text_article_are_stripped_and_their_text_kept()
    {
        var cleaned = Clean("<p>The council <b>approved</b> the <a href=\"/tram\">tram line</a>.</p>\n\nIt costs 5 < 6 million.");
        Assert.Equal("The council approved the tram line.\n\nIt costs 5 < 6 million.", cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Rule == "markup");
    }

    [Fact]
    public void Paragraph_breaks_and_line_breaks_are_preserved()
    {
        var cleaned = Clean($"{Story}\n{Story2}\n\n\n\nADVERTISEMENT\n\nLast paragraph here.");
        Assert.Equal($"{Story}\n{Story2}\n\nLast paragraph here.", cleaned.Text);
    }

    [Fact]
    public void Read_more_glued_to_a_paragraph_is_cut_and_the_paragraph_kept()
    {
        var cleaned = Clean($"{Story}\n\nThe tram will be free in its first week.... Read More: DAILYTRAM");
        Assert.Equal($"{Story}\n\nThe tram will be free in its first week.", cleaned.Text);
        Assert.Contains(cleaned.Removed, r => r.Rule == "read-more");
    }
}
