using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

public sealed class EventMergingTests
{
    private static readonly EventActor China = Actor("china", "country");
    private static readonly EventActor Defectors = Actor("north-korean-defectors", "group", "target");
    private static readonly EventActor Ministry = Actor("unification-ministry");

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
    public void Within_one_article_an_undated_retelling_joins_the_dated_event()
    {
        var (events, undated) = Assemble(
            Report("wire", "deportation", "Beijing deported about 600 North Korean defectors this week.", Week("2023-W41", "2023-10-09", "this week"), Defectors),
            Report("wire", "deportation", "Chinese authorities had forced back more than 500 North Koreans, Human Rights Watch said.", null, Actor("north-koreans", "group", "target")) with { Ordinal = 1 });

        Assert.Empty(undated);
        var merged = Assert.Single(events);
        Assert.Equal((1, 2), (merged.SourceCount, merged.Sources.Count));
    }

    [Fact]
    public void Within_one_article_a_second_deed_of_one_kind_stays_apart_and_a_near_copy_joins()
    {
        var (events, _) = Assemble(
            Report("wire", "deportation", "Beijing deported North Korean defectors from Dandong on Monday.", Day("2023-10-09"), Defectors),
            Report("wire", "deportation", "A second group of defectors was deported from Hunchun on Monday.", Day("2023-10-09"), Defectors) with { Ordinal = 1 },
            Report("wire", "deportation", "Beijing deported North Korean defectors from Dandong on Monday night.", Day("2023-10-09"), Defectors) with { Ordinal = 2 });

        Assert.Equal([2, 1], events.Select(e => e.Sources.Count).OrderDescending());
    }

    [Theory]
    [InlineData("Fourteen cars of the freight train left the track near Velmont Ford late on Monday.", 1)]
    [InlineData("A second freight train left the track near Velmont Ford late on Monday.", 2)]
    public void Within_one_article_a_deed_told_again_in_other_words_joins_unless_told_as_another(string retelling, int expectedEvents)
    {
        var (events, _) = Assemble(
            Report("wire", "incident", "A freight train derailed near Velmont Ford on Monday night, spilling chemicals into the river.", Day("2025-03-03")),
            Report("wire", "incident", retelling, Day("2025-03-03")) with { Ordinal = 1 });

        Assert.Equal(expectedEvents, events.Count);
    }

    [Theory]
    [InlineData("were suspended", 1)]
    [InlineData("were called off", 2)]
    public void Within_one_article_a_deed_told_again_with_the_same_word_joins_though_worded_apart(string secondTrigger, int expectedEvents)
    {
        var (events, _) = Assemble(
            Report("wire", "suspension", "Officials said they were suspending the search for six workers missing after the collapse of the bridge.", Day("2024-03-26")) with { Trigger = "were suspending" },
            Report("wire", "suspension", $"Active search and rescue efforts {secondTrigger} at 7:30 pm, a coast guard admiral told reporters.", Day("2024-03-26")) with { Ordinal = 1, Trigger = secondTrigger });

        Assert.Equal(expectedEvents, events.Count);
    }

    [Fact]
    public void A_report_that_matches_two_events_of_one_deed_on_one_day_makes_them_one()
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
    public void What_was_said_and_what_was_done_stay_two_events_when_the_speaker_did_not_tell_the_deed()
    {
        var (dated, _) = Assemble(
            Report("a", "statement", "The ministry said China deported the defectors on Monday.", Day("2023-10-09"), Ministry),
            Report("b", "deportation", "China deported the defectors on Monday, the ministry said.", Day("2023-10-09"), Ministry));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void An_untyped_report_joins_a_typed_event_which_keeps_its_type()
    {
        var (dated, _) = Assemble(
            Report("a", "occurrence", "The Dali was refloated early Monday and moved away from the bridge.", Day("2024-05-20"), Actor("dali", "object")),
            Report("b", "restoration", "The cargo ship Dali was re-floated on Monday morning and moved to a terminal.", Day("2024-05-20"), Actor("dali", "object")));

        var merged = Assert.Single(dated);
        Assert.Equal("restoration", merged.Type);
        Assert.Equal(2, merged.SourceCount);
    }

    [Fact]
    public void One_speakers_statements_on_one_day_in_two_outlets_are_one_statement()
    {
        var speaker = Actor("wang-wenbin", "person", "speaker");
        var (dated, _) = Assemble(
            Report("a", "statement", "Wang Wenbin denied that there were defectors in China.", Day("2023-10-12"), speaker),
            Report("b", "statement", "The spokesman said Beijing handles illegal migrants under domestic law.", Day("2023-10-12"), speaker));

        Assert.Equal(2, Assert.Single(dated).SourceCount);
    }

    [Fact]
    public void One_speakers_statements_on_one_day_in_one_article_are_one_statement_with_each_sentence_as_a_source()
    {
        var speaker = Actor("wang-wenbin", "person", "speaker");
        var (dated, _) = Assemble(
            Report("a", "statement", "Wang Wenbin denied that there were defectors in China.", Day("2023-10-12"), speaker),
            Report("a", "statement", "The spokesman said Beijing handles illegal migrants under domestic law.", Day("2023-10-12"), speaker) with { Ordinal = 1 },
            Report("a", "statement", "Another spokesman said the border was calm.", Day("2023-10-12"), Actor("mao-ning", "person", "speaker")) with { Ordinal = 2 });

        var statement = Assert.Single(dated, e => e.Sources.Count == 2);
        Assert.Equal((1, 2), (statement.SourceCount, dated.Count));
    }

    [Fact]
    public void Two_different_deeds_one_speaker_told_of_on_one_day_stay_apart()
    {
        var speaker = Actor("imelda-strauch", "person", "speaker");
        var (dated, _) = Assemble(
            Report("a", "restoration", "Crews cleared the last tank car from the track on Tuesday.", Day("2025-03-04"), speaker),
            Report("b", "restoration", "The water intake at the pumping station reopened on Tuesday.", Day("2025-03-04"), speaker));

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void Two_reports_of_one_deed_on_one_day_told_with_the_same_word_are_one_event_though_worded_apart()
    {
        var (dated, _) = Assemble(
            Report("a", "restoration", "The massive cargo vessel became buoyant around 6:40 a.m. on Monday.", Day("2024-05-20")) with { Trigger = "became buoyant" },
            Report("b", "restoration", "The Dali was refloated early on Monday and pushed by tugs to a marine terminal.", Day("2024-05-20")) with { Trigger = "refloated" });

        Assert.Equal(2, Assert.Single(dated).SourceCount);
    }

    [Fact]
    public void Two_deeds_of_one_type_on_one_day_told_with_different_words_stay_apart()
    {
        var (dated, _) = Assemble(
            Report("a", "restoration", "The massive cargo vessel was lifted clear around 6:40 a.m. on Monday.", Day("2024-05-20")) with { Trigger = "lifted" },
            Report("b", "restoration", "The rail line was reopened early on Monday and a cargo train crossed the river.", Day("2024-05-20")) with { Trigger = "reopened" });

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void Sharing_only_a_country_does_not_make_two_different_events_one()
    {
        var (dated, _) = Assemble(
            Report("a", "attack", "Rockets hit a market in the north of the country, killing four.", Day("2024-01-10"), China),
            Report("b", "attack", "Gunmen attacked a police station near the border overnight.", Day("2024-01-10"), China));

        Assert.Equal(2, dated.Count);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("speaker")]
    public void What_the_parties_of_a_hearing_said_on_its_day_is_one_event_beside_the_hearing_and_anyone_elses_words_stay_apart(string judgeRole)
    {
        var reports = SentencingDay(occasionType: "sentencing", occasionDay: "2024-03-28", judgeRole);

        var (dated, _) = Assemble(reports);

        Assert.Equal(3, dated.Count);
        Assert.Equal(1, Assert.Single(dated, e => e.Type == "sentencing").SourceCount);
        var remarks = Assert.Single(dated, e => e.SourceCount == 2);
        Assert.Equal(["\"He knew", "Bankman-Fried apologized"], remarks.Sources.Select(s => string.Join(' ', s.Quote.Split(' ')[..2])).Order(StringComparer.Ordinal));
        Assert.Single(dated, e => e.Sources.Any(s => s.Quote.StartsWith("U.S. Attorney", StringComparison.Ordinal)) && e.SourceCount == 1);
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }

    [Theory]
    [InlineData("sentencing", "2024-03-27")]
    [InlineData("collapse", "2024-03-28")]
    public void Two_speakers_words_stay_apart_without_an_occasion_of_theirs_that_day(string occasionType, string occasionDay)
    {
        var (dated, _) = Assemble(SentencingDay(occasionType, occasionDay));

        Assert.Equal(4, dated.Count);
    }

    /// <summary>A day's reports: an event the judge and the defendant take part in, their words on 28 March, and a prosecutor's.</summary>
    private static EventContribution[] SentencingDay(string occasionType, string occasionDay, string judgeRole = "agent") =>
    [
        Report("wire", occasionType, "Judge Lewis Kaplan sentenced Sam Bankman-Fried to 25 years in prison.", Day(occasionDay), Actor("lewis-kaplan", "person", judgeRole), Actor("sam-bankman-fried", "person", "target")),
        Report("wire", "statement", "\"He knew it was wrong,\" Kaplan said to the court before handing down the sentence.", Day("2024-03-28"), Actor("kaplan", "person", "speaker")),
        Report("brief", "apology", "Bankman-Fried apologized to his former colleagues during his remarks.", Day("2024-03-28"), Actor("bankman-fried", "person", "speaker")),
        Report("brief", "statement", "U.S. Attorney Damian Williams said to reporters outside the courthouse that the sentence sent a message.", Day("2024-03-28"), Actor("damian-williams", "person", "speaker")),
    ];

    [Theory]
    [InlineData("shannon-gilreath", "2024-03-26", 1)]
    [InlineData("wes-moore", "2024-03-26", 2)]
    [InlineData("shannon-gilreath", "2024-03-27", 2)]
    public void What_someone_said_on_the_day_they_told_of_a_deed_joins_that_deed(string speaker, string day, int expectedEvents)
    {
        var reports = new[]
        {
            Report("wire", "suspension", "Active search and rescue efforts were suspended at 7:30 pm, Rear Admiral Shannon Gilreat told reporters.", Day("2024-03-26"), Actor("shannon-gilreat", "person", "speaker"), Actor("us-coast-guard")),
            Report("daily", "statement", "\"We do not believe that we're going to find any of these individuals still alive,\" he said.", Day(day), Actor(speaker, "person", "speaker")),
        };

        var (dated, _) = Assemble(reports);

        Assert.Equal(expectedEvents, dated.Count);
        Assert.Single(dated, e => e.Type == "suspension");
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }

    [Theory]
    [InlineData("banner", "restoration", 1)]
    [InlineData("wire", "restoration", 3)]
    [InlineData("banner", "plan", 3)]
    public void An_articles_untyped_details_of_the_one_deed_it_tells_on_a_day_join_that_deed(string detailArticle, string deedType, int expectedEvents)
    {
        var reports = new[]
        {
            Report("banner", deedType, "The massive cargo vessel became buoyant around 6:40 a.m. on Monday.", Day("2024-05-20")) with { Trigger = "became buoyant" },
            Report(detailArticle, "occurrence", "Tugboats began moving the ship around 7 a.m. thanks to favorable conditions.", Day("2024-05-20")) with { Ordinal = 1 },
            Report(detailArticle, "occurrence", "The governor watched the effort Monday morning from a boat.", Day("2024-05-20")) with { Ordinal = 2 },
        };

        var (dated, _) = Assemble(reports);

        Assert.Equal(expectedEvents, dated.Count);
        Assert.Equal(deedType, dated.Single(e => e.Sources.Any(s => s.Quote.StartsWith("The massive", StringComparison.Ordinal))).Type);
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }

    [Fact]
    public void An_untyped_detail_stays_apart_when_its_article_tells_two_deeds_that_day()
    {
        var (dated, _) = Assemble(
            Report("banner", "restoration", "The massive cargo vessel became buoyant around 6:40 a.m. on Monday.", Day("2024-05-20")) with { Trigger = "became buoyant" },
            Report("banner", "investigation", "Federal investigators boarded the crane barge on Monday to inspect its cables.", Day("2024-05-20")) with { Ordinal = 1, Trigger = "inspect" },
            Report("banner", "occurrence", "The governor watched from a boat on Monday morning.", Day("2024-05-20")) with { Ordinal = 2 });

        Assert.Equal(3, dated.Count);
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

    private static (IReadOnlyList<TimelineEvent> Dated, IReadOnlyList<TimelineEvent> Undated) Assemble(params EventContribution[] reports) =>
        TimelineAssembler.Assemble([.. reports.Select(r => r.ArticleId).Distinct().Select(id => Article(id))], reports);

    private static List<string> Describe((IReadOnlyList<TimelineEvent> Dated, IReadOnlyList<TimelineEvent> Undated) timeline) =>
        [.. timeline.Dated.Concat(timeline.Undated).Select(e =>
            $"{e.Id} {e.Date?.Value} {e.Type} [{string.Join(",", e.Sources.Select(s => s.ArticleId))}] {string.Join("|", e.Date?.Texts ?? [])}")];
}
