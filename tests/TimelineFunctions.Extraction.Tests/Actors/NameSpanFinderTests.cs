using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Actors;

public sealed class NameSpanFinderTests
{
    [Fact]
    public void A_name_with_connectors_up_to_the_limit_is_one_span()
    {
        const string text = "officials of the Organisation for Economic Co-operation and Development met.";
        var span = Assert.Single(Spans(text));
        Assert.Equal("Organisation for Economic Co-operation and Development", span.Surface);
        Assert.True(span.Count <= NameSpanFinder.MaxNameTokens);
    }

    [Theory]
    [InlineData("Two other operators, Brennway and Harbour Air Services, said they had finished the checks.", new[] { "Brennway", "Harbour Air Services" })]
    [InlineData("The ministers, Mara Holt and Ivan Brel, resigned.", new[] { "Mara Holt", "Ivan Brel" })]
    [InlineData("shares of Procter and Gamble rose.", new[] { "Procter and Gamble" })]
    [InlineData("The grant came from the Department of Health and Human Services.", new[] { "Department of Health and Human Services" })]
    [InlineData("Police thanked Dunmarrow City Council and Kessing Environmental Services for their help.", new[] { "Police", "Dunmarrow City Council", "Kessing Environmental Services" })]
    [InlineData("The Food and Drug Administration approved it.", new[] { "Food and Drug Administration" })]
    public void Names_listed_after_a_plural_noun_or_two_organizations_are_two_names_and_a_name_with_and_elsewhere_is_one(string text, string[] names)
    {
        Assert.Equal(names, Spans(text).Select(s => s.Surface).Where(s => s is not ("Two" or "The")));
    }

    [Theory]
    [InlineData("The case went to the 4th Quillon Circuit Court of Appeals in May.", "4th Quillon Circuit Court of Appeals")]
    [InlineData("Troops of the 82nd Tessary Brigade left.", "82nd Tessary Brigade")]
    public void An_ordinal_before_a_name_belongs_to_it(string text, string name)
    {
        Assert.Contains(Spans(text), s => s.Surface == name);
    }

    [Fact]
    public void An_ordinal_before_a_month_is_no_name()
    {
        Assert.DoesNotContain(Spans("The vote is on the 9th March."), s => s.Surface.Contains("9th", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_holding_court_is_an_organization()
    {
        var actors = ActorExtractor.Default.Extract("The motion was filed with the Quillon District Court Northern District of Tessary on Monday.").Actors;
        Assert.Contains(actors, a => a.Type == ActorType.Organization && a.Name == "Quillon District Court Northern District of Tessary");
    }

    [Fact]
    public void A_capitalized_run_longer_than_a_name_can_be_gives_no_span()
    {
        var run = string.Join(' ', Enumerable.Repeat("Alpha Bravo Charlie", 5)); // 15 capitalized words
        Assert.Empty(Spans($"The list read {run} and ended."));
    }

    [Fact]
    public void A_very_long_run_costs_one_pass_and_yields_nothing()
    {
        var run = string.Join(' ', Enumerable.Repeat("Delta Echo Foxtrot Golf", 25_000)); // 100,000 words
        var before = GC.GetAllocatedBytesForCurrentThread();
        var spans = Spans($"On Monday {run} then.");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(spans);
        Assert.True(allocated < 200_000_000, $"{allocated:N0} bytes allocated"); // the tokens themselves, nothing per sub-span
    }

    private static List<NameSpan> Spans(string text) =>
        [.. NameSpanFinder.Find(text, Tokenizer.Tokenize(text), ActorLexicon.Default)];
}
