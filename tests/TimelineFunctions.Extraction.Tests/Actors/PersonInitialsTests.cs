using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors;

/// <summary>Initials of a person named in full are that person, not an organization.</summary>
public sealed class PersonInitialsTests
{
    [Theory]
    [InlineData("Sam Bankman-Fried", "SBF")]
    [InlineData("Alexandria Ocasio-Cortez", "AOC")]
    [InlineData("Lewis A. Kaplan", "LAK")]
    public void Initials_are_the_capitals_of_each_word_and_hyphenated_part(string name, string initials)
    {
        Assert.Equal(initials, PersonInitials.Of(name));
    }

    [Fact]
    public void An_acronym_spelling_a_named_persons_initials_is_that_person()
    {
        var actors = ActorExtractor.Default.Extract(
            "Prosecutors said Dorota Vel-Harkin misled investors. \"DVH\" was convicted of fraud in May.").Actors;
        var person = Assert.Single(actors, a => a.Name == "Dorota Vel-Harkin");
        Assert.Equal(ActorType.Person, person.Type);
        Assert.Contains("DVH", person.Aliases);
        Assert.DoesNotContain(actors, a => a.Type == ActorType.Organization && a.Name == "DVH");
    }

    [Fact]
    public void An_acronym_no_named_person_spells_stays_an_organization()
    {
        var actors = ActorExtractor.Default.Extract(
            "Prosecutors said Dorota Vel-Harkin misled investors. The DVX exchange collapsed in May.").Actors;
        Assert.Contains(actors, a => a.Type == ActorType.Organization && a.Name == "DVX");
    }
}
