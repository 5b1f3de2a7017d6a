using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors;

/// <summary>A lone capitalized word the text treats as an organization (invented text).</summary>
public sealed class LoneOrganizationCueTests
{
    [Theory]
    [InlineData("Halvorsen said it would appeal the ruling.")]
    [InlineData("Halvorsen said its ferries were safe.")]
    [InlineData("Halvorsen, which builds ferries, will appeal the ruling.")]
    [InlineData("Halvorsen chief executive Ida Brenn will appeal the ruling.")]
    [InlineData("Halvorsen's spokeswoman Ida Brenn said the yard would appeal.")]
    [InlineData("Ida Brenn, a spokeswoman for Halvorsen, said the yard would appeal.")]
    [InlineData("The ruling drew an angry response from Halvorsen. Halvorsen spokesman Tor Lind said the yard would appeal.")]
    [InlineData("Halvorsen, a criminal group, claimed the attack.")]
    [InlineData("Halvorsen, the ferry's operator, will appeal the ruling.")]
    public void A_lone_name_that_says_it_or_takes_which_is_an_organization(string text)
    {
        Assert.Equal(ActorType.Organization, Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == "Halvorsen").Type);
    }

    [Theory]
    [InlineData("Halvorsen said he would appeal the ruling.")]
    [InlineData("Halvorsen, a retired ferry engineer, will appeal the ruling.")]
    public void A_lone_name_without_a_cue_is_no_actor(string text)
    {
        Assert.Empty(ActorExtractor.Default.Extract(text).Actors);
    }

    [Fact]
    public void A_place_a_locative_names_stays_a_place_without_an_organization_cue()
    {
        Assert.Equal(ActorType.Location, Assert.Single(ActorExtractor.Default.Extract("The ferry sailed from Halvorsen at dawn.").Actors).Type);
    }

    [Fact]
    public void A_lone_name_that_shortens_a_person_stays_that_person()
    {
        var actors = ActorExtractor.Default.Extract("Ann Halvorsen owns the yard. Halvorsen said it would appeal the ruling.").Actors;

        Assert.Equal(ActorType.Person, Assert.Single(actors).Type);
    }
}
