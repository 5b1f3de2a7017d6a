using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Events;

public sealed class QuotedWordsTests
{
    [Theory]
    [InlineData("\u201CI was told to wait,\u201D he said.", "was,told,to,wait")]
    [InlineData("\"I was told to wait,\" he said.", "was,told,to,wait")]
    [InlineData("He said \u201CI was told to wait", "")]
    [InlineData("He told reporters he would wait.", "")]
    public void Marks_the_words_of_quotations_closed_in_the_sentence(string sentence, string expected)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var quoted = QuotedWords.Mark(tokens);

        var words = tokens.Where((t, i) => quoted[i] && t.IsWord && t.Text != "I").Select(t => t.Text);
        Assert.Equal(expected, string.Join(',', words));
    }
}
