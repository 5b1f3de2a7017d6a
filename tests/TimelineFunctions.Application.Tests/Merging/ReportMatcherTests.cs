using TimelineFunctions.Application.Merging;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>When two reports of actions are one event (<see cref="ReportMatcher"/>): retellings within one article and the same trigger word.</summary>
public sealed class ReportMatcherTests
{
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

    /// <summary>
    /// An undated report of a deed told with the same word as another article's dated one, and with a good part of its
    /// words, is that deed whoever its sentence names ("She" for "Ferrow"); another word, or one more of its kind, is not.
    /// </summary>
    [Theory]
    [InlineData("was detained", "She was detained at Kaval International Airport, about to board a flight home to Wenhaven with her notebooks and camera after three weeks of reporting.", 1)]
    [InlineData("was held", "She was held at Kaval International Airport, about to board a flight home to Wenhaven with her notebooks and camera after three weeks of reporting.", 2)]
    [InlineData("was detained", "A second reporter was detained at Kaval International Airport, about to board a flight home to Wenhaven with her notebooks and camera after three weeks of reporting.", 2)]
    public void An_undated_deed_told_with_the_dated_ones_word_joins_it(string trigger, string quote, int expectedEvents)
    {
        var airport = Actor("kaval-international-airport", "location", "target");
        var (events, undated) = Assemble(
            Report("wire", "arrest", "Nadia Ferrow was detained at Kaval International Airport on 11 April.", Day("2027-04-11"), Actor("nadia-ferrow", "person", "target"), airport) with { Trigger = "was detained" },
            Report("explainer", "arrest", quote, null, airport) with { Trigger = trigger });

        Assert.Equal(expectedEvents, events.Count + undated.Count);
    }

    [Fact]
    public void Within_one_article_a_second_action_of_one_kind_stays_apart_and_a_near_copy_joins()
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
    public void Within_one_article_a_action_told_again_in_other_words_joins_unless_told_as_another(string retelling, int expectedEvents)
    {
        var (events, _) = Assemble(
            Report("wire", "incident", "A freight train derailed near Velmont Ford on Monday night, spilling chemicals into the river.", Day("2025-03-03")),
            Report("wire", "incident", retelling, Day("2025-03-03")) with { Ordinal = 1 });

        Assert.Equal(expectedEvents, events.Count);
    }

    [Theory]
    [InlineData("were suspended", 1)]
    [InlineData("were called off", 2)]
    public void Within_one_article_a_action_told_again_with_the_same_word_joins_though_worded_apart(string secondTrigger, int expectedEvents)
    {
        var (events, _) = Assemble(
            Report("wire", "suspension", "Officials said they were suspending the search for six workers missing after the collapse of the bridge.", Day("2024-03-26")) with { Trigger = "were suspending" },
            Report("wire", "suspension", $"Active search and rescue efforts {secondTrigger} at 7:30 pm, a coast guard admiral told reporters.", Day("2024-03-26")) with { Ordinal = 1, Trigger = secondTrigger });

        Assert.Equal(expectedEvents, events.Count);
    }

    [Theory]
    [InlineData("The union said 78% of members who voted backed the deal, which gives a 6% rise this year.", 1)]
    [InlineData("The union said 78% of members who voted backed the deal, a 6% rise this year and a further 4% next April.", 1)]
    [InlineData("Crews at the second port voted separately to reject it, the union said.", 2)]
    public void Within_one_article_a_deed_of_a_day_told_twice_with_the_same_word_joins_whatever_else_is_said(string second, int expectedEvents)
    {
        var (events, _) = Assemble(
            Report("wire", "vote", "Dockers at the Port of Harlow voted on Wednesday to accept a revised pay offer, ending a nine-day strike.", Day("2025-05-14")) with { Trigger = "voted" },
            Report("wire", "vote", second, Day("2025-05-14")) with { Ordinal = 1, Trigger = "voted" });

        Assert.Equal(expectedEvents, events.Count);
    }

    [Theory]
    [InlineData("Monday's breakthrough involved pushing a camera cable and a wider pipe through the debris.", 1)]
    [InlineData("Relatives of the trapped men waited at the camp gates through Monday.", 2)]
    public void Within_one_article_two_untyped_clauses_of_one_day_join_when_they_share_their_words(string second, int expectedEvents)
    {
        var (events, _) = Assemble(
            Report("page", "occurrence", "A wider pipe was inserted into the tunnel on Monday.", Day("2023-11-20")),
            Report("page", "occurrence", second, Day("2023-11-20")) with { Ordinal = 1 });

        Assert.Equal(expectedEvents, events.Count);
    }

    [Fact]
    public void Two_articles_untyped_clauses_of_one_day_need_the_content_of_any_two_reports()
    {
        var (events, _) = Assemble(
            Report("a", "occurrence", "A wider pipe was inserted into the tunnel on Monday.", Day("2023-11-20")),
            Report("b", "occurrence", "Monday's breakthrough involved pushing a camera cable and a wider pipe through the debris.", Day("2023-11-20")));

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Two_reports_of_one_action_on_one_day_told_with_the_same_word_are_one_event_though_worded_apart()
    {
        var (dated, _) = Assemble(
            Report("a", "restoration", "The massive cargo vessel became buoyant around 6:40 a.m. on Monday.", Day("2024-05-20")) with { Trigger = "became buoyant" },
            Report("b", "restoration", "The Dali was refloated early on Monday and pushed by tugs to a marine terminal.", Day("2024-05-20")) with { Trigger = "refloated" });

        Assert.Equal(2, Assert.Single(dated).SourceCount);
    }

    [Fact]
    public void Two_actions_of_one_type_on_one_day_told_with_different_words_stay_apart()
    {
        var (dated, _) = Assemble(
            Report("a", "restoration", "The massive cargo vessel was lifted clear around 6:40 a.m. on Monday.", Day("2024-05-20")) with { Trigger = "lifted" },
            Report("b", "restoration", "The rail line was reopened early on Monday and a cargo train crossed the river.", Day("2024-05-20")) with { Trigger = "reopened" });

        Assert.Equal(2, dated.Count);
    }

    [Theory]
    [InlineData("Staff found that files on the ward records system could not be opened late on Sunday, and nurses switched to paper charts overnight.", 1)]
    [InlineData("Records staff on the ward worked through Sunday.", 2)]
    public void An_untyped_clause_joins_another_articles_deed_of_its_day_when_it_shares_a_good_part_of_its_words_and_three_of_them(string clause, int expectedEvents)
    {
        var (events, _) = Assemble(
            Report("bulletin", "occurrence", clause, Day("2025-10-12")),
            Report("wire", "incident", "The clinic was hit late on Sunday, when files on its ward records system were scrambled.", Day("2025-10-12")) with { Trigger = "hit" });

        Assert.Equal(expectedEvents, events.Count);
    }

    [Theory]
    [InlineData("corin-aldana", 1)]
    [InlineData("lena-rhee", 2)]
    public void A_plain_statement_agrees_with_a_denial_of_its_speaker_that_day(string denier, int expectedEvents)
    {
        var (events, _) = Assemble(
            Report("brief", "statement", "Aldana tells the legislature she did nothing wrong.", Day("2025-06-03"), Actor("corin-aldana", "person", "speaker")),
            Report("coast", "denial", "Aldana, who denied any wrongdoing in the legislature on Tuesday", Day("2025-06-03"), Actor(denier, "person", "speaker")));

        Assert.Equal(expectedEvents, events.Count);
    }
}
