using TimelineFunctions.Extraction.Temporal;
using static TimelineFunctions.Extraction.Tests.Temporal.TemporalTestHelpers;

namespace TimelineFunctions.Extraction.Tests.Temporal;

/// <summary>One or more focused cases per rule of rules.txt (value, type and rule name).</summary>
public class TemporalRuleTests
{
    private const string Dct = "2023-10-13"; // a Friday

    [Theory]
    // absolute and partial calendar dates
    [InlineData("The report is dated 2023-10-12 in the archive.", "2023-10-12", "2023-10-12", "iso-date")]
    [InlineData("Filed on 10/13/2023 by the clerk.", "10/13/2023", "2023-10-13", "numeric-date")]
    [InlineData("Posted 05/19/24 online.", "05/19/24", "2024-05-19", "numeric-date")]
    [InlineData("Posted 19/05/24 online.", "19/05/24", "2024-05-19", "numeric-date")]
    [InlineData("The attack began Oct. 9 at dawn.", "Oct. 9", "2023-10-09", "month-day")]
    [InlineData("The attack began on 9 October 2023 at dawn.", "9 October 2023", "2023-10-09", "day-month")]
    [InlineData("The attack began on October 9th.", "October 9th", "2023-10-09", "month-day")]
    [InlineData("The attack began on Oct 9, 2023, officials said.", "Oct 9, 2023", "2023-10-09", "month-day")]
    [InlineData("Logged Fri Oct 13 2023 by the server.", "Fri Oct 13 2023", "2023-10-13", "month-day")]
    [InlineData("The treaty was signed on the fourth of July.", "the fourth of July", "2023-07-04", "ordinal-of-month")]
    [InlineData("She died on the last day of September, her son said.", "the last day of September", "2023-09-30", "month-edge-day")]
    [InlineData("The plant shut on the first day of September 2022.", "the first day of September 2022", "2022-09-01", "month-edge-day")]
    [InlineData("The lease ran out on the last day of February 2024.", "the last day of February 2024", "2024-02-29", "month-edge-day")]
    [InlineData("Voting starts on March eighth.", "March eighth", "2024-03-08", "month-ordinal")]
    [InlineData("The factory closed in April.", "April", "2023-04", "month")]
    [InlineData("Shops were shut on Christmas Day.", "Christmas Day", "2022-12-25", "holiday")]
    [InlineData("The bank was founded in March 1998.", "March 1998", "1998-03", "month-year")]
    [InlineData("Output peaked in June last year.", "June last year", "2022-06", "month-relative-year")]
    [InlineData("Prices spiked last July.", "last July", "2023-07", "relative-month")]
    [InlineData("The vote will be held next March.", "next March", "2024-03", "relative-month")]
    // weekdays and day words
    [InlineData("Talks collapsed last Friday.", "last Friday", "2023-10-06", "weekday")]
    [InlineData("Talks resume next Monday.", "next Monday", "2023-10-16", "weekday")]
    [InlineData("The re-run a week last Sunday was calm.", "a week last Sunday", "2023-10-01", "weekday")]
    [InlineData("Talks began last Thursday.", "last Thursday", "2023-10-05", "weekday")]
    [InlineData("The hearing resumes a week on Monday.", "a week on Monday", "2023-10-23", "weekday")]
    [InlineData("Officials said the strike will continue Tuesday.", "Tuesday", "2023-10-17", "weekday")]
    [InlineData("The market is expected to open Friday.", "Friday", "2023-10-13", "weekday")]
    [InlineData("Rain fell today.", "today", "2023-10-13", "day-word")]
    [InlineData("Rain fell yesterday.", "yesterday", "2023-10-12", "day-word")]
    [InlineData("Rain will fall tomorrow.", "tomorrow", "2023-10-14", "day-word")]
    [InlineData("A vigil is planned tonight.", "tonight", "2023-10-13", "day-word")]
    [InlineData("Sirens sounded last night.", "last night", "2023-10-12TNI", "relative-part-of-day")]
    // calendar units relative to the DCT
    [InlineData("Prices rose this week.", "this week", "2023-W41", "relative-unit")]
    [InlineData("Prices rose last month.", "last month", "2023-09", "relative-unit")]
    [InlineData("Prices will rise next month.", "next month", "2023-11", "relative-unit")]
    [InlineData("Prices rose last year.", "last year", "2022", "relative-unit")]
    [InlineData("Growth slowed this quarter.", "this quarter", "2023-Q4", "relative-unit")]
    [InlineData("Crowds gathered this weekend.", "this weekend", "2023-W41-WE", "relative-unit")]
    [InlineData("The war ended two days ago.", "two days ago", "2023-10-11", "offset")]
    [InlineData("The war ended three weeks ago.", "three weeks ago", "2023-W38", "offset")]
    [InlineData("The war ended five years ago.", "five years ago", "2018", "offset")]
    [InlineData("The war ended several years ago.", "several years ago", "PAST_REF", "offset")]
    [InlineData("It is nine days since the bank shut its doors.", "nine days", "2023-10-04", "elapsed-since")]
    [InlineData("It's now three weeks since the talks collapsed.", "three weeks", "2023-W38", "elapsed-since")]
    [InlineData("Sales rose from the year-earlier level.", "the year-earlier", "2022", "year-ago-adjective")]
    [InlineData("Profit fell in the quarter, analysts said.", "the quarter", "2023-Q3", "the-unit")]
    // years, decades, centuries, quarters, seasons
    [InlineData("Inflation was high in the 1970s.", "the 1970s", "197", "decade")]
    [InlineData("Inflation was high in the eighties.", "the eighties", "198", "decade")]
    [InlineData("Cities grew in the 19th century.", "the 19th century", "18", "century")]
    [InlineData("Revenue for fiscal 2022 rose.", "fiscal 2022", "2022", "fiscal-year")]
    [InlineData("It happened in nineteen ninety-four.", "nineteen ninety-four", "1994", "spoken-year")]
    [InlineData("The plant opened in 1998.", "1998", "1998", "year")]
    [InlineData("Profit rose in the third quarter.", "the third quarter", "2023-Q3", "quarter")]
    [InlineData("Third-quarter profit rose.", "Third-quarter", "2023-Q3", "quarter")]
    [InlineData("Profit rose in the first half of 2022.", "the first half of 2022", "2022-H1", "quarter")]
    [InlineData("Sales fell in Q2.", "Q2", "2023-Q2", "quarter-code")]
    [InlineData("Crowds came this summer.", "this summer", "2023-SU", "season")]
    [InlineData("Crowds came last winter.", "last winter", "2022-WI", "season")]
    [InlineData("Snow fell in the winter of 1994.", "winter of 1994", "1994-WI", "season")]
    // times of day
    [InlineData("The blast came at 1:30 am local time.", "1:30 am", "2023-10-13T01:30", "clock-ampm")]
    [InlineData("Polls close at 7:30 pm.", "7:30 pm", "2023-10-13T19:30", "clock-ampm")]
    [InlineData("The curfew starts at 22:15 sharp.", "22:15", "2023-10-13T22:15", "clock-24h")]
    [InlineData("The meeting began at noon.", "noon", "2023-10-13T12:00", "clock-word")]
    [InlineData("The shooting started at 9:05 p.m. near the station.", "9:05 p.m.", "2023-10-13T21:05", "clock-ampm")]
    // durations, sets, vague references
    [InlineData("He led the party for 25 years.", "25 years", "P25Y", "duration")]
    [InlineData("The 31-year-old was arrested.", "31-year-old", "P31Y", "age")]
    [InlineData("The hearing lasted 20 minutes.", "20 minutes", "PT20M", "duration")]
    [InlineData("He received a 150-year sentence.", "150-year", "P150Y", "duration")]
    [InlineData("The strike lasted 2 1/2 years.", "2 1/2 years", "P2Y6M", "duration")]
    [InlineData("Searches continued for weeks.", "weeks", "PXW", "duration-plural")]
    [InlineData("Inspectors visit every week.", "every week", "P1W", "set-every")]
    [InlineData("Inspectors visit each Thursday.", "each Thursday", "XXXX-WXX-4", "set-every")]
    [InlineData("The paper is published daily.", "daily", "P1D", "set-adverb")]
    [InlineData("The contract pays 5 percent a year.", "a year", "P1Y", "set-rate")]
    [InlineData("Prices are rising now.", "now", "PRESENT_REF", "reference")]
    [InlineData("Prices have risen recently.", "recently", "PAST_REF", "reference")]
    [InlineData("The camp grew in recent days.", "recent days", "PAST_REF", "reference")]
    [InlineData("Talks may resume in the near future.", "the near future", "FUTURE_REF", "reference")]
    // anaphora: the date the sentence named before
    [InlineData("The fire started on March 3, 2021, and crews left that same day.", "that same day", "2021-03-03", "anaphoric-same")]
    [InlineData("The fire started on March 3, 2021, and crews returned the next day.", "the next day", "2021-03-04", "anaphoric-next")]
    [InlineData("The hearing is set for the week of March 6, 2000.", "the week of March 6, 2000", "2000-W10", "week-of")]
    public void Rule_normalises_its_expression(string sentence, string expression, string value, string rule)
    {
        var t = Single(sentence, expression, sentence.Contains("March eighth", StringComparison.Ordinal) ? "2024-03-05" : Dct);
        Assert.Equal(value, t.Value);
        Assert.Equal(rule, t.Rule);
    }

    [Theory]
    [InlineData("He led the party for 25 years.", "25 years", TimexType.Duration)]
    [InlineData("Inspectors visit every week.", "every week", TimexType.Set)]
    [InlineData("Polls close at 7:30 pm.", "7:30 pm", TimexType.Time)]
    [InlineData("Prices are rising now.", "now", TimexType.Date)]
    public void Types(string sentence, string expression, TimexType type) => Assert.Equal(type, Single(sentence, expression, Dct).Type);

    [Theory]
    [InlineData("The charter was sealed in 1215 at Runnymede.", "1215")]
    [InlineData("No quake this strong has hit the islands since 1843.", "1843")]
    [InlineData("The plague of 1347 killed millions.", "1347")]
    [InlineData("The mill stood from 1784 to 1865.", "1865")]
    [InlineData("1918 was the worst year of the century.", "1918")]
    public void Old_years_after_a_word_that_takes_a_year_stay_years(string sentence, string year) =>
        Assert.Equal(year, Single(sentence, year, Dct).Value);

    [Fact]
    public void Time_has_time_granularity_and_the_day_as_range()
    {
        var t = Single("The blast came at 1:30 am local time.", "1:30 am", "2024-03-26");
        Assert.Equal("2024-03-26T01:30", t.Value);
        Assert.Equal(Granularity.Time, t.Granularity);
        Assert.Equal(D("2024-03-26"), t.RangeStart);
        Assert.Equal(D("2024-03-26"), t.RangeEnd);
    }

    [Fact]
    public void Age_is_a_duration_marked_so_the_product_can_ignore_it()
    {
        var t = Single("The 31-year-old was arrested.", "31-year-old", Dct);
        Assert.True(t.IsAge);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Equal("P31Y", t.Value);
        Assert.False(t.IsResolvedDate);
    }

    [Theory]
    [InlineData("You may leave now.", "may")]
    [InlineData("May I ask a question?", "May")]
    [InlineData("They will March on the capital.", "March")]
    [InlineData("The Sunday Times reported the leak.", "Sunday")]
    [InlineData("April Smith won the race.", "April")]
    [InlineData("Ministers met Jan Kavan in Prague.", "Jan")]
    [InlineData("The army sent 1500 troops.", "1500")]
    [InlineData("Turnout rose to 2015 percent of target.", "2015")]
    [InlineData("The index closed at 1462.93 points.", "1462")]
    [InlineData("Iraq imports about three-quarters of its food.", "three-quarters")]
    [InlineData("She watched 60 Minutes on Sunday.", "60 Minutes")]
    [InlineData("He told ABC's This Week that talks had failed.", "This Week")]
    [InlineData("Get updates from Key Bridge Response 2024 online.", "2024")]
    [InlineData("The plan, called Vision 2030, was unveiled.", "2030")]
    [InlineData("The storm peaked around 1400 GMT on the coast.", "1400")]
    [InlineData("The ferry sank at 1830 local time.", "1830")]
    [InlineData("The ferry left at 2015 UTC.", "2015")]
    [InlineData("The port handled 2024 containers.", "2024")]
    [InlineData("The nurse said the pump was switched off between 1040 and 1050.", "1040")]
    [InlineData("The nurse said the pump was switched off between 1040 and 1050.", "1050")]
    [InlineData("He returned shortly after 1100 and raised the alarm.", "1100")]
    [InlineData("Cases have leapt from 297 to 1051.", "1051")]
    [InlineData("We crossed the checkpoint around 1800 yesterday.", "1800")]
    [InlineData("Live page\n2034 The mayor says the bridge will reopen.", "2034")]
    [InlineData("Polling stations will close at 2000, the commission said.", "2000")]
    [InlineData("She was arrested on a Sunday night in April.", "Sunday")]
    [InlineData("One Tuesday last spring the mill closed.", "Tuesday")]
    public void False_positives_are_rejected(string sentence, string word)
    {
        var found = Tag(sentence, Dct);
        Assert.DoesNotContain(found, t => t.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void May_after_a_preposition_is_a_month()
    {
        Assert.Equal("2023-05", Single("Rates were cut in May.", "May", Dct).Value);
    }

    [Fact]
    public void Without_a_dct_relative_expressions_stay_unresolved()
    {
        var april = Single("The factory closed in April.", "April", null);
        Assert.Equal("XXXX-04", april.Value);
        Assert.Null(april.RangeStart);
        Assert.Null(april.RangeEnd);
        Assert.False(april.IsResolvedDate);
        Assert.Equal(Granularity.Month, april.Granularity);

        Assert.Equal("XXXX-WXX-4", Single("Talks ended on Thursday.", "Thursday", null).Value);
        Assert.Equal("XXXX", Single("Prices rose last year.", "last year", null).Value);
        Assert.Equal("PAST_REF", Single("Prices have risen recently.", "recently", null).Value);
        Assert.Equal("2001", Single("The plant opened in 2001.", "2001", null).Value);
    }

    [Fact]
    public void Season_ranges_are_meteorological()
    {
        var t = Single("Crowds came this summer.", "this summer", Dct);
        Assert.Equal(Granularity.Season, t.Granularity);
        Assert.Equal(D("2023-06-01"), t.RangeStart);
        Assert.Equal(D("2023-08-31"), t.RangeEnd);
    }

    [Fact]
    public void Bare_months_lean_to_the_past_but_take_a_near_future_month()
    {
        Assert.Equal("2023-12", Single("Elections are due in December.", "December", Dct).Value);
        Assert.Equal("2023-02", Single("The mine closed in February.", "February", Dct).Value);
    }

    [Fact]
    public void Month_day_soon_after_the_dct_is_this_year_and_long_before_is_next_year()
    {
        Assert.Equal("2023-10-20", Single("The dividend is payable Oct. 20 to holders.", "Oct. 20", Dct).Value);
        Assert.Equal("2023-11-03", Single("The offer was extended to Nov. 3.", "Nov. 3", Dct).Value);
        Assert.Equal("2023-09-28", Single("The plan was announced Sept. 28.", "Sept. 28", Dct).Value);
    }

    [Fact]
    public void Results_are_ordered_and_do_not_overlap()
    {
        var found = Tag("On Tuesday, March 26, and again last week, officials met for two hours; they meet every week in the winter of 2023.", "2024-03-27");
        for (var i = 1; i < found.Count; i++)
        {
            Assert.True(found[i - 1].End <= found[i].Start, $"{found[i - 1].Text} overlaps {found[i].Text}");
        }

        Assert.Equal(["Tuesday, March 26", "last week", "two hours", "every week", "winter of 2023"], found.Select(f => f.Text));
    }

    [Fact]
    public void The_rules_searched_only_where_a_required_character_is_are_the_ones_named()
    {
        // A renamed rule would silently lose its prefilter (slower, same results); one that gains a required
        // character here must hold it in every match.
        Assert.Equal(
            ["numeric-date", "month-day", "day-month", "month-year", "week-of", "clock-24h"],
            TemporalTagger.Default.Rules.Where(r => r.Requires is not null).Select(r => r.Name));
    }

    [Fact]
    public void Every_rule_in_rules_txt_has_a_case_in_this_class()
    {
        var source = File.ReadAllText(Path.Combine(SourceDirectory(), "TemporalRuleTests.cs")) + File.ReadAllText(Path.Combine(SourceDirectory(), "TemporalResolutionTests.cs"));
        var untested = TemporalTagger.Default.Rules.Select(r => r.Name)
            .Where(name => !source.Contains($"\"{name}\"", StringComparison.Ordinal) && !source.Contains($"// rule: {name}", StringComparison.Ordinal))
            .ToList();
        Assert.True(untested.Count == 0, "Rules without a focused test: " + string.Join(", ", untested));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
