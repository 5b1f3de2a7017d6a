using TimelineFunctions.Application.Merging;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>Merging reports into events (<see cref="EventMerger"/>): dates, conflicts, undated reports and order.</summary>
public sealed class EventMergerTests
{
    [Fact]
    public void A_this_week_report_and_a_dated_report_of_one_deportation_are_one_event_with_the_day_and_both_expressions()
    {
        var (dated, undated) = Assemble(
            Report("wire", "deportation", "China deported about 600 North Korean defectors this week, activists said.", Week("2023-W41", "2023-10-09", "this week"), China, Defectors),
            Report("daily", "deportation", "Chinese authorities forcibly deported North Korean defectors on Oct. 9.", Day("2023-10-09", "Oct. 9"), China, Defectors));

        var merged = Assert.Single(dated);
        Assert.Empty(undated);
        Assert.Equal(("2023-10-09", "day"), (merged.Date!.Value, merged.Date.Granularity));
        Assert.Equal(["Oct. 9", "this week"], merged.Date.Texts.Order(StringComparer.Ordinal));
        Assert.Equal(["daily", "wire"], merged.Sources.Select(s => s.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal("2023-W41", merged.Sources.Single(s => s.ArticleId == "wire").Date!.Value);
    }

    [Fact]
    public void Reports_of_one_kind_on_different_days_stay_two_events()
    {
        var (dated, _) = Assemble(
            Report("wire", "protest", "South Korea lodged a protest with China over the deportations.", Day("2023-10-13"), Ministry),
            Report("daily", "protest", "Seoul protested to Beijing about the forced repatriations.", Day("2023-10-20"), Ministry));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void Sources_that_disagree_on_a_figure_keep_both_versions_as_a_conflict()
    {
        var (dated, _) = Assemble(
            Report("wire", "deportation", "China deported more than 500 North Korean defectors on Monday night.", Day("2023-10-09"), China, Defectors),
            Report("daily", "deportation", "China deported about 600 North Korean defectors on Monday, a rights group said.", Day("2023-10-09"), China, Defectors));

        var conflict = Assert.Single(Assert.Single(dated).Conflicts);
        Assert.Equal("people", conflict.Aspect);
        Assert.Equal([("more than 500", "wire"), ("about 600", "daily")], conflict.Versions.Select(v => (v.Value, Assert.Single(v.ArticleIds))));
    }

    [Fact]
    public void Near_identical_reports_a_day_apart_are_one_event_with_a_date_conflict_and_the_date_most_sources_give()
    {
        const string quote = "Chinese authorities deported hundreds of North Korean defectors from detention centres in Jilin province";
        var (dated, _) = Assemble(
            Report("a", "deportation", quote + " on Monday.", Day("2023-10-09"), China, Defectors),
            Report("b", "deportation", quote + ", witnesses said.", Day("2023-10-09"), China, Defectors),
            Report("c", "deportation", quote + " on Tuesday.", Day("2023-10-10"), China, Defectors));

        var merged = Assert.Single(dated);
        Assert.Equal("2023-10-09", merged.Date!.Value);
        var conflict = Assert.Single(merged.Conflicts, c => c.Aspect == "date");
        Assert.Equal([("2023-10-09", 2), ("2023-10-10", 1)], conflict.Versions.Select(v => (v.Value, v.ArticleIds.Count)));
    }

    [Fact]
    public void An_undated_report_that_clearly_matches_joins_the_dated_event_as_a_source()
    {
        var (dated, undated) = Assemble(
            Report("dated", "verdict", "A jury found Bankman-Fried guilty of fraud and conspiracy on Nov. 2.", Day("2023-11-02"), Actor("sam-bankman-fried", "person", "target")),
            Report("undated", "verdict", "Bankman-Fried was found guilty of fraud and conspiracy by a jury in Manhattan.", null, Actor("bankman-fried", "person", "target")));

        Assert.Empty(undated);
        Assert.Equal(2, Assert.Single(dated).SourceCount);
    }

    [Fact]
    public void An_undated_report_with_no_shared_actor_stays_undated()
    {
        var (dated, undated) = Assemble(
            Report("dated", "verdict", "A jury found Bankman-Fried guilty of fraud and conspiracy on Nov. 2.", Day("2023-11-02"), Actor("sam-bankman-fried", "person", "target")),
            Report("undated", "verdict", "A jury found the former mayor guilty of fraud and conspiracy.", null, Actor("former-mayor", "person", "target")));

        Assert.Single(dated);
        Assert.Single(undated);
    }

    [Fact]
    public void An_undated_report_that_names_no_one_joins_the_dated_event_it_words_alike()
    {
        var channel = Actor("fort-mchenry-channel", "location", "target");
        var (dated, undated) = Assemble(
            Report("dated", "restoration", "It was announced Monday that the Fort McHenry Channel has fully reopened.", Day("2024-06-10"), channel),
            Report("undated", "restoration", "The Fort McHenry Federal Channel at the Port of Baltimore has been fully restored.", null, Actor("fort-mchenry-federal-channel", "location", "agent")));

        Assert.Empty(undated);
        Assert.Equal(2, Assert.Single(dated).SourceCount);
    }

    [Fact]
    public void An_undated_report_of_someone_else_stays_undated_however_alike_its_words()
    {
        var manhattan = Actor("manhattan", "location", "target");
        var (dated, undated) = Assemble(
            Report("dated", "verdict", "A jury in Manhattan found Bankman-Fried guilty of fraud and conspiracy on Nov. 2.", Day("2023-11-02"), Actor("sam-bankman-fried", "person", "target"), manhattan),
            Report("undated", "verdict", "A jury in Manhattan found the former mayor guilty of fraud and conspiracy.", null, Actor("former-mayor", "person", "target"), manhattan));

        Assert.Single(dated);
        Assert.Single(undated);
    }

    [Theory]
    [InlineData("shannon-gilreath", true)]
    [InlineData("shannon-gilroy", false)]
    public void An_actor_misspelt_by_one_letter_is_the_same_actor(string otherId, bool same)
    {
        var (dated, undated) = Assemble(
            Report("dated", "statement", "We do not believe that we're going to find any of these individuals still alive, the admiral said.", Day("2024-03-26"), Actor("shannon-gilreat", "person", "speaker")),
            Report("undated", "statement", "At this point we do not believe that we are going to find any of these individuals alive, the admiral told a press conference.", null, Actor(otherId, "person", "speaker")));

        Assert.Equal(same ? 0 : 1, undated.Count);
        Assert.Equal(same ? 2 : 1, Assert.Single(dated).SourceCount);
    }

    [Fact]
    public void A_report_that_matches_two_events_of_one_action_on_one_day_makes_them_one()
    {
        // The lede of "b" shares too little with "a" to join it, and forms an event of its own; the release quoted
        // later in "b" matches both, so all three tell one reopening.
        var (events, _) = Assemble(
            Report("a", "restoration", "It was announced Monday that the harbour channel has fully reopened to ships.", Day("2024-06-10")) with { Trigger = "reopened" },
            Report("b", "restoration", "The Monday announcement of a return to the original operating dimensions of 700 feet wide and 50 feet deep.", Day("2024-06-10")) with { Trigger = "return to the original" },
            Report("b", "restoration", "Crews today restored the harbour channel to its original operational specs, 700 feet wide and 50 feet deep.", Day("2024-06-10")) with { Ordinal = 1, Trigger = "restored" });

        var merged = Assert.Single(events);
        Assert.Equal(3, merged.Sources.Count);
    }

    [Fact]
    public void A_deed_that_matches_an_event_of_untyped_clauses_and_an_event_of_its_kind_on_its_day_makes_them_the_deeds_event()
    {
        // "a" tells the deed in words no trigger types and forms an event first; "b" shares nothing with it; "c" matches
        // both, so all three tell one incident, summed up by the deed's first report.
        var (events, _) = Assemble(
            Report("a", "occurrence", "Staff found that files on the ward records system could not be opened late on Sunday, and nurses switched to paper charts overnight.", Day("2025-10-12")),
            Report("b", "incident", "The clinic was hit by a power failure on Sunday, its trust confirmed.", Day("2025-10-12")) with { Trigger = "hit" },
            Report("c", "incident", "The clinic was hit late on Sunday, when files on its ward records system were scrambled.", Day("2025-10-12")) with { Trigger = "hit" });

        var merged = Assert.Single(events);
        Assert.Equal(3, merged.Sources.Count);
        Assert.Equal("incident", merged.Type);
        Assert.StartsWith("The clinic was hit by a power failure", merged.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tuesday", 2)]
    [InlineData("Monday", 1)]
    public void An_undated_report_on_a_weekday_nothing_anchors_joins_the_event_of_that_weekday_or_is_left_out(string weekday, int expectedSources)
    {
        // 2024-03-26 is a Tuesday. The undated report names no one, and shares too few words to join by content alone.
        var (events, undated) = Assemble(
            Report("wire", "incident", "The bridge collapsed after a cargo ship hit it just before 1:30 am on Tuesday, March 26.", Day("2024-03-26")),
            Report("islands", "incident", "Eight road workers were on the bridge at the time of the collapse, around 1:30 a.m. local time.", null) with { NamedWeekday = weekday });

        Assert.Equal(expectedSources, Assert.Single(events).Sources.Count);
        Assert.Empty(undated);
    }

    [Fact]
    public void Plans_for_the_same_date_announced_weeks_apart_are_one_plan_without_a_date_conflict()
    {
        var sentencing = Day("2024-03-28", "March 28");
        var (events, _) = Assemble(
            Report("cnn", "plan", "The date of the sentencing hearing will be March 28, 2024.", Day("2023-11-03")) with { PlannedFor = sentencing },
            Report("fr", "plan", "He is scheduled to be sentenced by Judge Lewis Kaplan on March 28th of next year.", Day("2023-12-03")) with { PlannedFor = sentencing },
            Report("wire", "plan", "Jury selection in a second trial will begin on March 11.", Day("2023-11-20")) with { PlannedFor = Day("2024-03-11") });

        var plan = Assert.Single(events, e => e.SourceCount == 2);
        Assert.Equal("2023-11-03", plan.Date!.Value);
        Assert.Empty(plan.Conflicts);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void A_plan_and_a_report_of_it_done_are_one_event_on_the_day_it_was_done()
    {
        // The plan is dated when it was announced (Tuesday); another outlet tells the class action filed on Thursday in
        // an untyped clause that joins the plan by its words and names (a date two days apart, in conflict).
        var lawyers = Actor("ambler-kett");
        var court = Actor("vastmark-high-court");
        var (events, _) = Assemble(
            Report("live", "plan", "Lawyers at Ambler Kett say they will file a class action against the dam operator at the Vastmark High Court on Thursday.", Day("2025-11-04"), lawyers, court) with { PlannedFor = Day("2025-11-06", "on Thursday") },
            Report("explainer", "occurrence", "On 6 November, lawyers at Ambler Kett filed a class action against the dam operator at the Vastmark High Court.", Day("2025-11-06", "On 6 November"), lawyers, court));

        var lawsuit = Assert.Single(events);
        Assert.Equal(("2025-11-06", 2), (lawsuit.Date!.Value, lawsuit.SourceCount));
    }

    [Fact]
    public void Sharing_only_a_country_does_not_make_two_different_events_one()
    {
        var (dated, _) = Assemble(
            Report("a", "attack", "Rockets hit a market in the north of the country, killing four.", Day("2024-01-10"), China),
            Report("b", "attack", "Gunmen attacked a police station near the border overnight.", Day("2024-01-10"), China));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void The_same_reports_in_any_order_give_the_same_timeline()
    {
        var reports = new[]
        {
            Report("a", "deportation", "China deported about 600 North Korean defectors this week.", Week("2023-W41", "2023-10-09", "this week"), China, Defectors),
            Report("b", "deportation", "China forcibly deported North Korean defectors on Oct. 9.", Day("2023-10-09", "Oct. 9"), China, Defectors),
            Report("c", "deportation", "North Korean defectors were sent back by China in October.", Month("2023-10", "in October"), China, Defectors),
            Report("d", "protest", "South Korea lodged a protest with China over the deportations.", Day("2023-10-13"), Ministry),
            Report("e", "protest", "Seoul protested to Beijing over the forced repatriations on Friday.", Day("2023-10-13"), Ministry),
            Report("f", "statement", "The ministry said it would raise the issue at the United Nations.", null, Ministry),
        };
        var expected = Describe(Assemble(reports));

        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(expected, Describe(Assemble([.. reports.OrderBy(_ => random.Next())])));
        }

        Assert.Equal(3, expected.Count);
    }
}
