using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors;

/// <summary>The name of an occasion is no actor; the organization holding it still is (invented text).</summary>
public sealed class OccasionNameTests
{
    [Theory]
    [InlineData("Quillon Freight Company approved the merger at the Special Meeting on Tuesday.", "Special Meeting")]
    [InlineData("Rowers from Tessary trained for the Harbour Games all winter.", "Harbour Games")]
    [InlineData("Delegates left the Quillon Summit early.", "Quillon Summit")]
    public void An_occasion_is_not_an_actor(string text, string occasion)
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract(text).Actors, a => a.Name.Contains(occasion, StringComparison.Ordinal));
    }

    [Fact]
    public void The_organization_beside_an_occasion_is_still_found()
    {
        var actors = ActorExtractor.Default.Extract("Quillon Freight Company approved the merger at the Special Meeting on Tuesday.").Actors;
        Assert.Contains(actors, a => a.Name == "Quillon Freight Company" && a.Type == ActorType.Organization);
    }
}
