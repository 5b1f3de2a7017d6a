using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Reading;
using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>A trailing list of other stories after the story ends.</summary>
public class TrailingTeasersRuleTests
{
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
}
