using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors.Rules;

/// <summary>Names that the words before them make a place, and names they do not (invented text).</summary>
public sealed class LocativeRuleTests
{
    [Theory]
    [InlineData("Supplies reached the camp near Orrin Bay on Friday.", "Orrin Bay")]
    [InlineData("Flood water rose in Harrow Dene overnight.", "Harrow Dene")]
    public void A_name_after_a_locative_is_a_place(string text, string name)
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == name);
        Assert.Equal(ActorType.Location, actor.Type);
    }

    [Fact]
    public void A_person_named_as_the_modifier_of_a_thing_stays_a_person()
    {
        // "the Ann Corvel trial" names a thing by a person: it must not make her a place.
        var actor = Assert.Single(
            ActorExtractor.Default.Extract("Fans gathered outside the Ann Corvel trial on Monday. Ann Corvel arrived at the court on Monday.").Actors,
            a => a.Name == "Ann Corvel");
        Assert.Equal(ActorType.Person, actor.Type);
    }
}
