using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors.Rules;

/// <summary>All-capitals words: an acronym alone is an organization, a word of a capitals run is not (invented text).</summary>
public sealed class AcronymRuleTests
{
    [Fact]
    public void A_lone_all_capitals_word_is_an_organization()
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract("The HRBA said the quay was safe.").Actors, a => a.Name == "HRBA");
        Assert.Equal(ActorType.Organization, actor.Type);
    }

    [Theory]
    [InlineData("SANTA LUCIA, Calif. -- April 28 - Corvel Games said its stockholders approved the deal.", "LUCIA")]
    [InlineData("PORT ELLEN (Northwire) - The ferry sailed on Monday.", "ELLEN")]
    public void A_word_of_a_dateline_in_capitals_is_no_acronym(string text, string word)
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract(text).Actors, a => a.Name == word);
    }
}
