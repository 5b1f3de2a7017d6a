using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Judge Lewis A. Kaplan said.", "Judge|Lewis|A.|Kaplan|said|.")]
    [InlineData("the U.S. Attorney", "the|U.S.|Attorney")]
    [InlineData("Sam Bankman-Fried's trial", "Sam|Bankman-Fried|'s|trial")]
    [InlineData("Gov. Wes Moore watched", "Gov.|Wes|Moore|watched")]
    [InlineData("BNM'S reserves", "BNM|'S|reserves")]
    [InlineData("Cote d'Ivoire, 2024.", "Cote|d'Ivoire|,|2024|.")]
    public void Words_keep_inner_hyphens_apostrophes_and_abbreviation_periods(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tokenizer.Tokenize(text).Select(t => t.Text)));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "Koo said, on Friday.";
        Assert.All(Tokenizer.Tokenize(text, 100), t => Assert.Equal(t.Text, text.Substring(t.Start - 100, t.Text.Length)));
    }
}
