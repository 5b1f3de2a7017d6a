namespace TimelineFunctions.Extraction.Text;

/// <summary>A text and its tokens (<see cref="Tokenizer.Tokenize"/>).</summary>
public sealed record TextTokens(string Text, List<Token> Tokens)
{
    /// <summary>
    /// The tokens of a sentence of <see cref="Text"/>, the same as <see cref="Tokenizer.Tokenize"/> gives for the
    /// sentence alone: the text's own tokens when the sentence starts and ends at white space or the text's ends (no
    /// token crosses it then), else the sentence tokenized anew.
    /// </summary>
    public List<Token> Of(Sentence sentence)
    {
        var (start, end) = (sentence.Start, sentence.End);
        if ((start > 0 && !char.IsWhiteSpace(Text[start - 1])) || (end < Text.Length && !char.IsWhiteSpace(Text[end])))
        {
            return Tokenizer.Tokenize(sentence.Text, sentence.Start);
        }

        var first = FirstAtOrAfter(start);
        return Tokens.GetRange(first, FirstAtOrAfter(end) - first);
    }

    private int FirstAtOrAfter(int offset)
    {
        var (low, high) = (0, Tokens.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = Tokens[middle].Start < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
