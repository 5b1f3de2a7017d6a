using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Cleaning;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

public sealed class LineShapeTests
{
    [Theory]
    [InlineData("The ship was refloated on Monday.", 6)]
    [InlineData("Bankman-Fried's lawyers didn't say — 'no comment' -- ok", 7)]
    [InlineData("'quoted' ½ 2024 x²", 4)]
    [InlineData("", 0)]
    [InlineData(" -- ' ’ ", 0)]
    public void Counts_words_as_the_word_pattern_does(string line, int expected)
    {
        Assert.Equal(expected, LineShape.WordCount(line));
        Assert.Equal(Regex.Count(line, @"[\p{L}\p{N}][\p{L}\p{N}'’\-]*"), LineShape.WordCount(line));
    }
}
