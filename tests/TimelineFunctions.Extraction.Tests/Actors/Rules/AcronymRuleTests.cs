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
    [InlineData("KESTA (Northwire) - The Harbour Board declared an emergency on Thursday.", "KESTA")]
    [InlineData("KESTA | Thu Jun 11, 2009 7:03 pm EDT KESTA (Northwire) - The Harbour Board met.", "KESTA")]
    [InlineData("KESTA - The Harbour Board met on Thursday.", "KESTA")]
    [InlineData("KESTA, Sunday 6 April 2025 — The Harbour Board met.", "KESTA")]
    [InlineData("KESTA, May 14, 2025 (Northwire) - The Harbour Board met.", "KESTA")]
    public void A_word_of_a_dateline_in_capitals_is_no_acronym(string text, string word)
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract(text).Actors, a => a.Name == word);
    }

    [Fact]
    public void An_acronym_before_a_dash_inside_a_line_is_still_an_organization()
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract("Regulators said the HRBA - the harbour board - had cleared the quay.").Actors, a => a.Name == "HRBA");
        Assert.Equal(ActorType.Organization, actor.Type);
    }
}
