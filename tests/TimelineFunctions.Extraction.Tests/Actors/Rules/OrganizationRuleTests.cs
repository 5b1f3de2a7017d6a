using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors.Rules;

/// <summary>A name between "the" and a lower-case kind of organization is an organization (invented text).</summary>
public sealed class OrganizationRuleTests
{
    [Theory]
    [InlineData("The tunnel of the Penwarden company collapsed.", "Penwarden")]
    [InlineData("Loans from the Quillon bank dried up.", "Quillon")]
    public void A_name_before_a_kind_of_organization_is_one(string text, string name)
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == name);
        Assert.Equal(ActorType.Organization, actor.Type);
    }

    [Fact]
    public void Without_the_determiner_the_word_is_left_to_the_other_rules()
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract("Penwarden company shares fell.").Actors, a => a.Name == "Penwarden" && a.Type == ActorType.Organization);
    }
}
