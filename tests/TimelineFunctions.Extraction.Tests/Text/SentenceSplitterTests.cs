using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var sentences = SentenceSplitter.Split("Judge Lewis A. Kaplan met Gov. Wes Moore in the U.S. on Oct. 9. They talked.");
        Assert.Equal(["Judge Lewis A. Kaplan met Gov. Wes Moore in the U.S. on Oct. 9.", "They talked."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Line_breaks_end_sentences_and_closing_quotes_stay_with_theirs()
    {
        var sentences = SentenceSplitter.Split("\"We regret it.\" He left.\nA headline without a stop");
        Assert.Equal(["\"We regret it.\"", "He left.", "A headline without a stop"], sentences.Select(s => s.Text));
    }
}
