using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors;

/// <summary>Groups named only by a description in lower case (invented text).</summary>
public sealed class DescribedGroupFinderTests
{
    [Theory]
    [InlineData("Divers reached the stranded fishermen on Monday. The stranded fishermen were given water.", "stranded fishermen")]
    [InlineData("Anti-war protesters gathered on Monday. Police watched the anti-war protesters march.", "anti-war protesters")]
    public void A_group_described_twice_in_the_same_words_is_an_actor(string text, string name)
    {
        Assert.Equal(ActorType.Group, Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == name).Type);
    }

    [Fact]
    public void A_group_described_once_is_no_actor()
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract("Divers reached the stranded fishermen on Monday.").Actors, a => a.Type == ActorType.Group);
    }

    [Fact]
    public void Too_general_a_group_is_no_actor()
    {
        const string text = "Elected officials met on Monday. The elected officials said the port would reopen.";
        Assert.DoesNotContain(ActorExtractor.Default.Extract(text).Actors, a => a.Type == ActorType.Group);
    }
}
