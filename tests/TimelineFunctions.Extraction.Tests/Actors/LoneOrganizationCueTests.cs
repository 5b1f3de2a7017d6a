using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors;

/// <summary>A lone capitalized word the text treats as an organization (invented text).</summary>
public sealed class LoneOrganizationCueTests
{
    [Theory]
    [InlineData("Halvorsen said it would appeal the ruling.")]
    [InlineData("Halvorsen said its ferries were safe.")]
    [InlineData("Halvorsen, which builds ferries, will appeal the ruling.")]
    public void A_lone_name_that_says_it_or_takes_which_is_an_organization(string text)
    {
        Assert.Equal(ActorType.Organization, Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == "Halvorsen").Type);
    }

    [Fact]
    public void A_lone_name_without_a_cue_is_no_actor()
    {
        Assert.Empty(ActorExtractor.Default.Extract("Halvorsen said he would appeal the ruling.").Actors);
    }

    [Fact]
    public void A_lone_name_that_shortens_a_person_stays_that_person()
    {
        var actors = ActorExtractor.Default.Extract("Ann Halvorsen owns the yard. Halvorsen said it would appeal the ruling.").Actors;

        Assert.Equal(ActorType.Person, Assert.Single(actors).Type);
    }
}
