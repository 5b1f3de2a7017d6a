using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors.Rules;

/// <summary>"A person of an organization" is two actors (invented text).</summary>
public sealed class PersonOfOrganizationRuleTests
{
    [Fact]
    public void A_name_of_an_organization_is_the_person_and_the_organization()
    {
        var actors = ActorExtractor.Default.Extract("Ann Corvel of Harrow River Watch said on Monday the divers were safe.").Actors;

        Assert.Equal(ActorType.Person, Assert.Single(actors, a => a.Name == "Ann Corvel").Type);
        Assert.Equal(ActorType.Organization, Assert.Single(actors, a => a.Name == "Harrow River Watch").Type);
        Assert.DoesNotContain(actors, a => a.Name.Contains(" of ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_word_name_before_of_is_no_person()
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract("The Bank of England raised rates on Monday.").Actors, a => a.Type == ActorType.Person);
    }

    [Fact]
    public void A_place_after_of_is_no_organization()
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract("Ann Corvel of Harrow said on Monday the divers were safe.").Actors, a => a.Type == ActorType.Organization);
    }
}
