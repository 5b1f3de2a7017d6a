using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Text;

public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("plain words here")]
    [InlineData("  two  spaces\tand a tab\n\nand lines ")]
    [InlineData("no\u00A0break and\u2009thin")]
    [InlineData("")]
    public void Collapse_gives_what_the_whitespace_pattern_gives(string text) =>
        Assert.Equal(Regex.Replace(text, @"\s+", " "), Whitespace.Collapse(text));

    [Fact]
    public void A_text_with_nothing_to_collapse_is_returned_as_it_is()
    {
        const string text = "one two three";
        Assert.Same(text, Whitespace.Collapse(text));
    }
}
