using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors.Rules;

/// <summary>A title before a name, with a portfolio or before initials (invented text).</summary>
public sealed class TitledPersonRuleTests
{
    [Theory]
    [InlineData("Minister of State for Ports and Waterways Rana Patel visited the quay on Monday.", "Rana Patel", "Minister of State for Ports and Waterways")]
    [InlineData("Minister for Coastal Affairs Ines Moravec met the divers on Monday.", "Ines Moravec", "Minister for Coastal Affairs")]
    public void A_title_with_a_portfolio_names_the_person_after_it(string text, string name, string role)
    {
        var person = Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Type == ActorType.Person);

        Assert.Equal((name, role), (person.Name, Assert.Single(person.Roles)));
    }

    [Theory]
    [InlineData("The yard said it would appeal. Chief executive Ida Brenn said the ruling was wrong.")]
    [InlineData("“Chief executive Ida Brenn said the ruling was wrong,” the yard's statement read.")]
    public void A_lower_case_title_keeps_its_capital_where_it_opens_a_sentence(string text)
    {
        var person = Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Type == ActorType.Person);

        Assert.Equal(("Ida Brenn", "Chief executive"), (person.Name, Assert.Single(person.Roles)));
    }

    [Fact]
    public void One_letter_after_a_title_is_no_name()
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract("Gen. Z voters said prices were high.").Actors, a => a.Type == ActorType.Person);
    }

    [Theory]
    [InlineData("Harbour minister RK Varma visited the quay on Monday.", "RK Varma")]
    [InlineData("R.K. Varma visited the quay on Monday.", "R.K. Varma")]
    public void Initials_open_a_name_when_dotted_or_after_a_title(string text, string name)
    {
        Assert.Equal(ActorType.Person, Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == name).Type);
    }

    [Fact]
    public void Undotted_initials_without_a_title_make_no_person()
    {
        // "SK Hynix", "GE Vernova": two capitals before a name are as often a company's.
        Assert.DoesNotContain(ActorExtractor.Default.Extract("Shares of RK Varnholt fell on Monday.").Actors, a => a.Type == ActorType.Person);
    }
}
