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
