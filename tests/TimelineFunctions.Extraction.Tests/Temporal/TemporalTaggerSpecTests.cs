using TimelineFunctions.Extraction.Temporal;
using static TimelineFunctions.Extraction.Tests.Temporal.TemporalTestHelpers;

namespace TimelineFunctions.Extraction.Tests.Temporal;

/// <summary>The behaviours the product relies on (news dated by its DCT).</summary>
public class TemporalTaggerSpecTests
{
    private const string Friday = "2023-10-13";

    [Fact]
    public void Bare_weekday_in_past_tense_is_the_most_recent_one()
    {
        var t = Single("The minister said on Thursday that talks had stalled.", "Thursday", Friday);
        Assert.Equal("2023-10-12", t.Value);
        Assert.Equal(Granularity.Day, t.Granularity);
        Assert.Equal(D("2023-10-12"), t.RangeStart);
        Assert.Equal(D("2023-10-12"), t.RangeEnd);
    }

    [Theory]
    [InlineData("He told the broadcaster Hallowdene Today that the bank was solid.", false)]
    [InlineData("The paper USA Today reported the fine.", false)]
    [InlineData("Polls closed\nToday the count begins.", true)]
    [InlineData("The count began. Today the board meets.", true)]
    public void A_capitalized_day_word_after_a_capitalized_word_is_part_of_a_name(string sentence, bool tagged)
    {
        Assert.Equal(tagged, Tag(sentence, Friday).Any(t => t.Text == "Today"));
    }

    [Theory]
    [InlineData("Two days before the doors closed, he had called the bank solid.", false)]
    [InlineData("He had called the bank solid two days before.", true)]
    public void A_count_before_an_event_is_anchored_to_it_not_to_the_page(string sentence, bool tagged)
    {
        Assert.Equal(tagged, Tag(sentence, Friday).Any(t => t.Value == "2023-10-11"));
    }

    [Fact]
    public void Weekday_with_part_of_day_keeps_the_day_value()
    {
        var t = Single("Rockets hit the town on Monday night.", "Monday night", Friday);
        Assert.Equal("2023-10-09", t.Value);
        Assert.Equal(Granularity.Day, t.Granularity);
        Assert.Equal("NI", t.PartOfDay);
    }

    [Fact]
    public void This_week_is_the_iso_week_of_the_dct()
    {
        var t = Single("Prices rose this week.", "this week", Friday);
        Assert.Equal("2023-W41", t.Value);
        Assert.Equal(Granularity.Week, t.Granularity);
        Assert.Equal(D("2023-10-09"), t.RangeStart);
        Assert.Equal(D("2023-10-15"), t.RangeEnd);
    }

    [Fact]
    public void Month_without_year_in_past_context_is_this_years()
    {
        var t = Single("The factory closed in April.", "April", Friday);
        Assert.Equal("2023-04", t.Value);
        Assert.Equal(Granularity.Month, t.Granularity);
        Assert.Equal(D("2023-04-01"), t.RangeStart);
        Assert.Equal(D("2023-04-30"), t.RangeEnd);
    }

    [Fact]
    public void Last_month_name_later_in_the_year_than_the_dct_is_last_years()
    {
        Assert.Equal("2022-12", Single("Prices peaked last December.", "last December", Friday).Value);
    }

    [Fact]
    public void For_25_years_is_a_duration_not_a_date()
    {
        var t = Single("He led the party for 25 years.", "25 years", Friday);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Equal("P25Y", t.Value);
        Assert.Null(t.RangeStart);
        Assert.False(t.IsResolvedDate);
    }

    [Fact]
    public void Bare_year()
    {
        var t = Single("The plant opened in 2001.", "2001", Friday);
        Assert.Equal("2001", t.Value);
        Assert.Equal(Granularity.Year, t.Granularity);
        Assert.Equal(D("2001-01-01"), t.RangeStart);
        Assert.Equal(D("2001-12-31"), t.RangeEnd);
    }

    [Fact]
    public void On_thursday_in_a_friday_article_in_november()
    {
        Assert.Equal("2023-11-02", Single("Troops crossed the border on Thursday.", "Thursday", "2023-11-03").Value);
    }

    [Fact]
    public void Yesterday_at_sentence_start()
    {
        Assert.Equal("2024-03-28", Single("Yesterday the bridge collapsed.", "Yesterday", "2024-03-29").Value);
    }

    [Fact]
    public void Month_day_of_next_year()
    {
        Assert.Equal("2024-03-28", Single("The trial opens on March 28th of next year.", "March 28th of next year", "2023-12-03").Value);
    }

    [Fact]
    public void Month_day_without_year_shortly_before_the_dct()
    {
        Assert.Equal("2023-11-02", Single("The ship sank on November 2nd.", "November 2nd", "2023-12-03").Value);
    }

    [Fact]
    public void Ordinal_day_of_the_dct_month()
    {
        Assert.Equal("2024-06-04", Single("Voting ended on June 4th.", "June 4th", "2024-06-10").Value);
    }

    [Fact]
    public void Weekday_equal_to_the_dct_weekday_is_the_dct()
    {
        Assert.Equal("2024-06-10", Single("Officials confirmed the result on Monday.", "Monday", "2024-06-10").Value);
    }

    [Fact]
    public void Today_followed_by_a_parenthesis()
    {
        Assert.Equal("2024-05-19", Single("The vote was held today(Sunday) in all districts.", "today", "2024-05-19").Value);
    }

    [Fact]
    public void Last_week_from_a_sunday_is_the_previous_iso_week()
    {
        var t = Single("Protests spread last week.", "last week", "2024-05-19");
        Assert.Equal("2024-W19", t.Value);
        Assert.Equal(D("2024-05-06"), t.RangeStart);
        Assert.Equal(D("2024-05-12"), t.RangeEnd);
    }

    [Fact]
    public void Weekday_and_month_day_without_year()
    {
        var t = Single("The ship struck the bridge on Tuesday, March 26, officials said.", "Tuesday, March 26", "2024-03-27");
        Assert.Equal("2024-03-26", t.Value);
        Assert.Equal(Granularity.Day, t.Granularity);
    }

    [Fact]
    public void Weekday_after_would_begin_is_future()
    {
        var t = Single("The governor said recovery operations would begin Wednesday morning.", "Wednesday morning", "2024-03-27");
        Assert.Equal("2024-03-27", t.Value);
        Assert.Equal(Granularity.Day, t.Granularity);
    }

    [Fact]
    public void Decade()
    {
        var t = Single("The 1990s were calmer.", "The 1990s", Friday);
        Assert.Equal("199", t.Value);
        Assert.Equal(Granularity.Decade, t.Granularity);
        Assert.Equal(D("1990-01-01"), t.RangeStart);
        Assert.Equal(D("1999-12-31"), t.RangeEnd);
    }

    [Fact]
    public void Quarter_code_with_year()
    {
        var t = Single("Sales fell in Q3 2023.", "Q3 2023", Friday);
        Assert.Equal("2023-Q3", t.Value);
        Assert.Equal(Granularity.Quarter, t.Granularity);
        Assert.Equal(D("2023-07-01"), t.RangeStart);
        Assert.Equal(D("2023-09-30"), t.RangeEnd);
    }

    [Fact]
    public void Mid_year_carries_the_mid_modifier()
    {
        var t = Single("The merger closed in mid-2023.", "mid-2023", Friday);
        Assert.Equal("2023", t.Value);
        Assert.Equal("MID", t.Modifier);
        Assert.Equal(Granularity.Year, t.Granularity);
    }
}
