using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors.Rules;

/// <summary>Names that the words before them make a place, not a person (invented text).</summary>
public sealed class LocativeRuleTests
{
    [Theory]
    [InlineData("Supplies reached the camp near Orrin Bay on Friday.", "Orrin Bay")]
    [InlineData("The tunnel is part of the Harrow Dene project and cost millions.", "Harrow Dene")]
    [InlineData("Pilgrims travel the Marrow Vale route each spring.", "Marrow Vale")]
    [InlineData("Traffic was diverted to the Upper Loop, police said.", "Upper Loop")]
    public void A_name_after_a_locative_or_an_article_is_a_place(string text, string name)
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == name);
        Assert.Equal(ActorType.Location, actor.Type);
    }

    [Fact]
    public void Two_capitalized_words_with_no_article_before_them_stay_a_person()
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract("Engineers briefed Harrow Dene on Friday.").Actors, a => a.Name == "Harrow Dene");
        Assert.Equal(ActorType.Person, actor.Type);
    }
}
