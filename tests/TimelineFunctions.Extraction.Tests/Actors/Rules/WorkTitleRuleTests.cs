using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors.Rules;

/// <summary>A title-case name with a capitalized function word inside is the title of a work (invented text).</summary>
public sealed class WorkTitleRuleTests
{
    [Theory]
    [InlineData("Sales of Lords Of Tessary rose after the merger.", "Lords Of Tessary")]
    [InlineData("The studio behind Return To The Quay was sold.", "Return To The Quay")]
    public void A_title_case_name_with_a_capitalized_function_word_is_a_work(string text, string title)
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == title);
        Assert.Equal(ActorType.Object, actor.Type);
    }

    [Fact]
    public void Two_names_a_lower_case_connector_joins_are_two_actors()
    {
        var actors = ActorExtractor.Default.Extract("The studio behind Lords Of Tessary and Harbour Quest was sold.").Actors;

        Assert.Contains(actors, a => a.Name == "Lords Of Tessary" && a.Type == ActorType.Object);
        Assert.DoesNotContain(actors, a => a.Name.Contains("and", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_an_organization_head_stays_an_organization()
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract("Shares of Bank Of Tessary fell on Monday.").Actors, a => a.Name.Contains("Tessary", StringComparison.Ordinal));
        Assert.Equal(ActorType.Organization, actor.Type);
    }
}
