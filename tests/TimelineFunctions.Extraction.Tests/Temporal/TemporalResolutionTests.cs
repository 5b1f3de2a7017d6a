using static TimelineFunctions.Extraction.Tests.Temporal.TemporalTestHelpers;

namespace TimelineFunctions.Extraction.Tests.Temporal;

/// <summary>DCT anchoring: tense cues, anaphora refiners, holidays, weekends.</summary>
public class TemporalResolutionTests
{
    private const string Friday = "2023-10-13";

    [Theory]
    [InlineData("The council will vote on Tuesday.", "2023-10-17")]
    [InlineData("The council is expected to vote on Tuesday.", "2023-10-17")]
    [InlineData("The vote is scheduled for Tuesday.", "2023-10-17")]
    [InlineData("The council is set to vote Tuesday.", "2023-10-17")]
    [InlineData("The council voted on Tuesday.", "2023-10-10")]
    [InlineData("The council said on Tuesday it had voted.", "2023-10-10")]
    [InlineData("Until Tuesday, the council had not voted.", "2023-10-10")]
    public void Weekday_direction_follows_the_nearest_tense_cue(string sentence, string value) =>
        Assert.Equal(value, Single(sentence, "Tuesday", Friday).Value);

    [Theory]
    [InlineData("The port authority expects to lift and tow the damaged crane from the north quay to a repair yard across the harbour Tuesday.", "2023-10-17")]
    [InlineData("The port authority plans to lift and tow the damaged crane from the north quay to a repair yard across the harbour Tuesday.", "2023-10-17")]
    [InlineData("The port authority would have lifted and towed the damaged crane from the north quay to a repair yard across the harbour Tuesday.", "2023-10-10")]
    [InlineData("The port authority expected to lift the crane, but engineers said the damaged arm of the crane had to be cut in two Tuesday.", "2023-10-10")]
    public void A_future_cue_before_to_reaches_to_the_end_of_its_clause(string sentence, string value) =>
        Assert.Equal(value, Single(sentence, "Tuesday", Friday).Value);

    [Theory]
    [InlineData("Lawyers for the residents say they will file a class action against the operator and its contractor at the regional High Court on Tuesday.", "2023-10-17")]
    [InlineData("Lawyers for the residents say they will file soon. Then the operator and its contractor at the regional High Court replied on Tuesday.", "2023-10-10")]
    [InlineData("Lawyers for the residents say they will file one against the West. So the operator and its contractor at the regional High Court replied on Tuesday.", "2023-10-10")]
    public void A_future_modal_reaches_to_the_end_of_its_clause_but_not_past_a_dot(string sentence, string value) =>
        Assert.Equal(value, Single(sentence, "Tuesday", Friday).Value);

    [Fact]
    public void Tense_cues_do_not_cross_sentence_boundaries()
    {
        Assert.Equal("2023-10-10", Single("Talks will continue. Rebels attacked Tuesday.", "Tuesday", Friday).Value);
    }

    [Fact]
    public void Tense_cues_stop_at_a_comma()
    {
        Assert.Equal("2023-06-04", Single("Elections are due next year, and the party met on June 4th.", "June 4th", Friday).Value);
    }

    [Fact]
    public void A_capitalised_word_ending_in_ed_is_not_a_past_cue()
    {
        Assert.Equal("2023-10-19", Single("The minister would be travelling to the United States Thursday.", "Thursday", Friday).Value);
    }

    [Fact]
    public void Clock_time_without_a_day_takes_the_last_mentioned_day()
    {
        var found = Tag("The bomb exploded on Wednesday. Police arrived at 10:35 a.m. and sealed the area.", Friday);
        Assert.Contains(found, t => t.Text == "10:35 a.m." && t.Value == "2023-10-11T10:35");
    }

    [Fact]
    public void Holidays_take_the_nearest_occurrence()
    {
        Assert.Equal("2023-11-23", Single("Stores expect crowds at Thanksgiving.", "Thanksgiving", "2023-11-02").Value);
        Assert.Equal("2022-12-25", Single("Sales fell at Christmas.", "Christmas", "2023-03-10").Value);
        Assert.Equal("2023-11-07", Single("Voters go to the polls on Election Day.", "Election Day", "2023-10-26").Value);
    }

    [Fact]
    public void Holidays_without_a_dct_keep_what_is_fixed()
    {
        Assert.Equal("XXXX-12-25", Single("Sales fell at Christmas.", "Christmas", null).Value);
        Assert.Equal("XXXX-11-XX", Single("Stores expect crowds at Thanksgiving.", "Thanksgiving", null).Value);
    }

    [Fact]
    public void The_weekend_on_a_weekday_is_the_previous_one_unless_future()
    {
        Assert.Equal("2023-W40-WE", Single("Shops were looted during the weekend.", "the weekend", Friday).Value);
        Assert.Equal("2023-W41-WE", Single("More rain is expected over the weekend.", "the weekend", Friday).Value);
        var range = Single("Shops were looted during the weekend.", "the weekend", Friday);
        Assert.Equal(D("2023-10-07"), range.RangeStart);
        Assert.Equal(D("2023-10-08"), range.RangeEnd);
    }

    [Theory]
    [InlineData("The plant will reopen after inspectors cleared its lines on Monday.", "2023-10-09")]
    [InlineData("The union will strike because members rejected the offer on Monday.", "2023-10-09")]
    [InlineData("The vote will take place after the talks on Monday.", "2023-10-16")]
    [InlineData("The plant will reopen after inspectors finish their checks on Monday.", "2023-10-16")]
    public void A_deed_told_in_the_past_after_a_plan_keeps_its_own_tense(string sentence, string monday)
    {
        Assert.Equal(monday, Single(sentence, "Monday", Friday).Value);
    }

    [Fact]
    public void Comparative_last_year_in_a_quarter_report_is_the_year_ago_quarter()
    {
        var found = Tag("Third-quarter earnings were $24 million, compared with a loss of $3 million last year.", Friday);
        Assert.Contains(found, t => t.Text == "last year" && t.Value == "2022-Q3");
        var plain = Tag("The company last year accounted for 41% of sales.", Friday);
        Assert.Contains(plain, t => t.Text == "last year" && t.Value == "2022");
    }

    [Fact]
    public void Year_ago_after_a_nine_month_period_stays_a_year()
    {
        var found = Tag("Third-quarter profit rose. In the first nine months, profit was $9 million, up from $7 million a year earlier.", Friday);
        Assert.Contains(found, t => t.Text == "a year earlier" && t.Value == "2022");
    }

    [Fact]
    public void Quarter_without_year_is_the_latest_started_even_with_a_future_verb()
    {
        Assert.Equal("2023-Q3", Single("The company expects to report third-quarter results soon.", "third-quarter", Friday).Value);
        Assert.Equal("2023-Q1", Single("Sales grew in the first quarter.", "the first quarter", Friday).Value);
    }

    [Fact]
    public void Two_digit_year_takes_the_century_nearest_the_dct()
    {
        Assert.Equal("1998-05-19", Single("Posted 05/19/98 online.", "05/19/98", "1999-01-01").Value);
        Assert.Equal("2024-05-19", Single("Posted 05/19/24 online.", "05/19/24", "2024-06-01").Value);
    }

    // rule: anaphoric-same
    // rule: anaphoric-next
    [Fact]
    public void That_day_and_the_following_day_follow_the_last_mentioned_date()
    {
        var found = Tag("The fire started on March 3, 2021. That day, crews arrived. The next day the wind turned, and the following week rain came.", Friday);
        Assert.Contains(found, t => t.Text == "That day" && t.Value == "2021-03-03");
        Assert.Contains(found, t => t.Text == "The next day" && t.Value == "2021-03-04");
        Assert.Contains(found, t => t.Text == "the following week" && t.Value == "2021-W10");
    }

    [Fact]
    public void The_following_year_after_a_year()
    {
        var found = Tag("He was elected in 1995 and resigned the following year.", Friday);
        Assert.Contains(found, t => t.Text == "the following year" && t.Value == "1996");
    }

    [Fact]
    public void Anaphora_without_an_antecedent_stays_unresolved()
    {
        var t = Single("That day, nobody slept.", "That day", Friday);
        Assert.Equal("XXXX-XX-XX", t.Value);
        Assert.Null(t.RangeStart);
    }

    // rule: week-of
    [Fact]
    public void The_week_of_a_date_is_its_iso_week()
    {
        var t = Single("The hearing is set for the week of March 6, 2000.", "the week of March 6, 2000", Friday);
        Assert.Equal("2000-W10", t.Value);
        Assert.Equal(D("2000-03-06"), t.RangeStart);
        Assert.Equal(D("2000-03-12"), t.RangeEnd);
    }
}
