using TimelineFunctions.Application.Merging;
using static TimelineFunctions.Application.Tests.Merging.Reports;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>An article's untyped details and undated plans of the one action it tells on a day (<see cref="ArticleDayDetails"/>).</summary>
public sealed class ArticleDayDetailsTests
{
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

    [Theory]
    [InlineData("banner", "restoration", 1)]
    [InlineData("wire", "restoration", 3)]
    [InlineData("banner", "plan", 3)]
    public void An_articles_untyped_details_of_the_one_action_it_tells_on_a_day_join_that_action(string detailArticle, string actionType, int expectedEvents)
    {
        var reports = new[]
        {
            Report("banner", actionType, "The massive cargo vessel became buoyant around 6:40 a.m. on Monday.", Day("2024-05-20")) with { Trigger = "became buoyant" },
            Report(detailArticle, "occurrence", "Tugboats began moving the ship around 7 a.m. thanks to favorable conditions.", Day("2024-05-20")) with { Ordinal = 1 },
            Report(detailArticle, "occurrence", "The governor watched the effort Monday morning from a boat.", Day("2024-05-20")) with { Ordinal = 2 },
        };

        var (dated, _) = Assemble(reports);

        Assert.Equal(expectedEvents, dated.Count);
        Assert.Equal(actionType, dated.Single(e => e.Sources.Any(s => s.Quote.StartsWith("The massive", StringComparison.Ordinal))).Type);
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }

    [Fact]
    public void An_articles_plan_with_no_date_of_its_own_is_a_detail_of_the_one_action_it_tells_that_day()
    {
        var (dated, _) = Assemble(
            Report("banner", "restoration", "The harbour channel reopened to cargo ships on Monday after the wreck was lifted.", Day("2024-05-20")) with { Trigger = "reopened" },
            Report("banner", "plan", "Divers will keep clearing steel from the riverbed until the channel reaches its full width.", Day("2024-05-20")) with { Ordinal = 1 });

        var merged = Assert.Single(dated);
        Assert.Equal("restoration", merged.Type);
    }

    [Fact]
    public void A_plan_for_a_date_of_its_own_stays_apart_from_the_action_of_its_day()
    {
        var (dated, _) = Assemble(
            Report("banner", "restoration", "The harbour channel reopened to cargo ships on Monday after the wreck was lifted.", Day("2024-05-20")) with { Trigger = "reopened" },
            Report("banner", "plan", "The full channel will reopen on June 10, officials said.", Day("2024-05-20")) with { Ordinal = 1, PlannedFor = Day("2024-06-10") });

        Assert.Equal(2, dated.Count);
    }

    [Fact]
    public void A_detail_of_a_day_with_two_actions_joins_the_one_it_shares_words_with()
    {
        var reports = new[]
        {
            Report("banner", "restoration", "The harbour channel reopened to cargo ships on Monday.", Day("2024-05-20")) with { Trigger = "reopened" },
            Report("banner", "investigation", "Federal investigators boarded the crane barge on Monday to inspect its cables.", Day("2024-05-20")) with { Ordinal = 1, Trigger = "inspect" },
            Report("banner", "plan", "Dredging will continue until the harbour channel reaches its full width.", Day("2024-05-20")) with { Ordinal = 2 },
        };

        var (dated, _) = Assemble(reports);

        Assert.Equal(2, dated.Count);
        var reopening = dated.Single(e => e.Type == "restoration");
        Assert.Equal(2, reopening.Sources.Count);
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }

    [Fact]
    public void An_untyped_detail_stays_apart_when_its_article_tells_two_actions_that_day()
    {
        var (dated, _) = Assemble(
            Report("banner", "restoration", "The massive cargo vessel became buoyant around 6:40 a.m. on Monday.", Day("2024-05-20")) with { Trigger = "became buoyant" },
            Report("banner", "investigation", "Federal investigators boarded the crane barge on Monday to inspect its cables.", Day("2024-05-20")) with { Ordinal = 1, Trigger = "inspect" },
            Report("banner", "occurrence", "The governor watched from a boat on Monday morning.", Day("2024-05-20")) with { Ordinal = 2 });

        Assert.Equal(3, dated.Count);
    }

    [Fact]
    public void A_detail_dated_in_words_stays_apart_from_an_action_its_article_put_on_that_day_only_by_its_date()
    {
        var reports = new[]
        {
            Report("courier", "rescue", "Officials have contacted the Norwegian firm that rescued the stranded miners, the province said.", Day("2025-02-12") with { Texts = [] }),
            Report("courier", "occurrence", "A second boring rig was flown in from the capital on Wednesday.", Day("2025-02-12", "on Wednesday")) with { Ordinal = 1 },
        };

        var (dated, _) = Assemble(reports);

        Assert.Equal(2, dated.Count);
        Assert.Equal(Describe((dated, [])), Describe(Assemble([.. reports.Reverse()])));
    }

    [Fact]
    public void A_detail_with_no_date_of_its_own_joins_an_action_put_on_its_day_by_the_articles_date()
    {
        var (dated, _) = Assemble(
            Report("courier", "rescue", "Crews have pulled the last three miners from the flooded shaft, the province said.", Day("2025-02-12") with { Texts = [] }),
            Report("courier", "plan", "Engineers will keep pumping water out of the lower galleries until the shaft is dry.", Day("2025-02-12") with { Texts = [] }) with { Ordinal = 1 });

        Assert.Equal("rescue", Assert.Single(dated).Type);
    }
}
