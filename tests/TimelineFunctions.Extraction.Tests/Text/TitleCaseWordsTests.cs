using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Text;

public sealed class TitleCaseWordsTests
{
    [Theory]
    [InlineData("Judge Sides With Regulator on Key Points", "", 7, 6)]
    [InlineData("“Judge Sides With ‘Key Points’", "", 3, 3)]
    [InlineData("“Judge Sides With ‘Key Points’", "“‘", 5, 5)]
    [InlineData("  12 Harbour  Lane ", "", 2, 2)]
    public void Counts_the_words_that_open_with_a_letter_and_the_capitalized_ones(string text, string opening, int words, int capitalized) =>
        Assert.Equal((words, capitalized), TitleCaseWords.Count(text, opening));
}
