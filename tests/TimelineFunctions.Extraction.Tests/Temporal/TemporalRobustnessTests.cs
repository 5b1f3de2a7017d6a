using System.Text;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Tests.Temporal;

/// <summary>Edge cases and invalid dates never throw, and the tagger stays fast on long text.</summary>
public class TemporalRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Filed 99/99/9999 and 2023-02-30 and 13/13/13.")]
    [InlineData("It happened on Feb. 30 and on February 29, 2023.")]
    [InlineData("The 0:00 slot, 24:61, 12 pm, 0 am.")]
    [InlineData("the the the of of in in May May March")]
    [InlineData("'90s '00s 2000s 1900s the 99th century")]
    [InlineData("a a a a a a a a a a a a a a a a a a a a a a a a year")]
    public void Invalid_or_odd_input_does_not_throw(string text)
    {
        var found = TemporalTagger.Default.Tag(text, new DateOnly(2024, 2, 29));
        foreach (var t in found)
        {
            Assert.Equal(t.Text, text.Substring(t.Start, t.Length));
        }

        Assert.DoesNotContain(found, t => t.Value.StartsWith("2023-02-3", StringComparison.Ordinal) || t.Value == "2023-02-29");
    }

    [Fact]
    public void Leap_day_is_resolved_only_in_leap_years()
    {
        var found = TemporalTagger.Default.Tag("The law took effect Feb. 29.", new DateOnly(2023, 6, 1));
        Assert.Contains(found, t => t.Text == "Feb. 29" && t.Value is "2024-02-29" or "2020-02-29");
    }

    /// <summary>
    /// Guards against quadratic passes (dense text: an expression every ~33 characters). Speed itself is measured by
    /// the benchmark (docs/benchmarks.md), not here: wall-clock ratios in a unit test fail on a busy machine. The
    /// bytes allocated are deterministic, and four times the text must allocate less than five times as much.
    /// </summary>
    [Fact]
    public void Long_text_is_tagged_with_linear_allocation()
    {
        var paragraph = "On Tuesday, March 26, the ship hit the bridge at 1:30 am; officials said last week that repairs would take two years, "
            + "and the port reopened in the third quarter of 2024, about 20 minutes after dawn. ";
        var tagger = TemporalTagger.Default;
        var dct = new DateOnly(2024, 3, 27);
        Assert.Equal(6, tagger.Tag(paragraph, dct).Count);

        var small = new StringBuilder().Insert(0, paragraph, 500).ToString();
        var large = new StringBuilder().Insert(0, paragraph, 2000).ToString();
        Assert.Equal(2000 * 6, tagger.Tag(large, dct).Count);
        var smallBytes = Allocated(() => tagger.Tag(small, dct));
        var largeBytes = Allocated(() => tagger.Tag(large, dct));
        Assert.True(largeBytes < smallBytes * 5, $"4x the text allocated {largeBytes / (double)smallBytes:F1}x as much ({smallBytes:N0} vs {largeBytes:N0} bytes).");
    }

    private static long Allocated(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
