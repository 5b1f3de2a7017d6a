using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors.Rules;

/// <summary>A name with a stock ticker after it is a listed company (invented text).</summary>
public sealed class TickerRuleTests
{
    [Theory]
    [InlineData("The rights were sold to Quillon Freight QFRT.O in August.", "Quillon Freight")]
    [InlineData("Tessary Interactive TSY.PA said it would appeal.", "Tessary Interactive")]
    public void A_name_before_a_ticker_is_an_organization_named_without_it(string text, string company)
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == company);
        Assert.Equal(ActorType.Organization, actor.Type);
    }

    [Fact]
    public void The_ticker_is_no_actor_and_no_part_of_a_name()
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract("The rights were sold to Tessary Interactive TSY.PA in August.").Actors, a => a.Name.Contains("TSY", StringComparison.Ordinal));
    }
}
