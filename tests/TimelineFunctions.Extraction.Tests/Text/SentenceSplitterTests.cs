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

    [Theory]
    [InlineData("Adm. Lena Holt")]
    [InlineData("Ft. McHenry")]
    [InlineData("Maj. Gen. Ivan Petrov")]
    public void The_tokenizers_abbreviations_do_not_end_sentences_either(string name)
    {
        var sentences = SentenceSplitter.Split($"They met at {name} on Monday. Then they left.");
        Assert.Equal([$"They met at {name} on Monday.", "Then they left."], sentences.Select(s => s.Text));
        Assert.Contains(Tokenizer.Tokenize(name), t => t.Text.EndsWith('.'));
    }

    [Theory]
    [InlineData("\u201C")]
    [InlineData("\u2018")]
    [InlineData("\"")]
    public void An_abbreviation_after_an_opening_quote_does_not_end_a_sentence(string opening)
    {
        var sentences = SentenceSplitter.Split($"He said so. {opening}Mr. Petrov will fight on.");
        Assert.Equal(["He said so.", $"{opening}Mr. Petrov will fight on."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Line_breaks_end_sentences_and_closing_quotes_stay_with_theirs()
    {
        var sentences = SentenceSplitter.Split("\"We regret it.\" He left.\nA headline without a stop");
        Assert.Equal(["\"We regret it.\"", "He left.", "A headline without a stop"], sentences.Select(s => s.Text));
    }
}
