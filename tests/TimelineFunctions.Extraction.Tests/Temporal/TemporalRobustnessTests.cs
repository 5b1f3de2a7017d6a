using System.Diagnostics;
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

    [Fact]
    public void Long_text_is_tagged_in_linear_time()
    {
        var paragraph = "On Tuesday, March 26, the ship hit the bridge at 1:30 am; officials said last week that repairs would take two years, "
            + "and the port reopened in the third quarter of 2024, about 20 minutes after dawn. ";
        var text = new StringBuilder().Insert(0, paragraph, 4000).ToString(); // ~0.7 M chars
        var tagger = TemporalTagger.Default;
        _ = tagger.Tag(paragraph, new DateOnly(2024, 3, 27));
        var watch = Stopwatch.StartNew();
        var found = tagger.Tag(text, new DateOnly(2024, 3, 27));
        watch.Stop();
        Assert.Equal(4000 * 6, found.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Tagging {text.Length:N0} chars took {watch.Elapsed}.");
    }
}
