namespace TimelineFunctions.Extraction.Temporal;

/// <summary>Word tokens for rule triggers: maximal runs of letters, or of digits (so "five-year" is "five", "year").</summary>
public static class TemporalTokenizer
{
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var (start, length) = Next(text, ref i);
            if (length == 0)
            {
                break;
            }

            words.Add(text.Substring(start, length).ToLowerInvariant());
        }

        return words;
    }

    /// <summary>The next token at or after <paramref name="position"/>, advancing it; length 0 at the end of the text.</summary>
    public static (int Start, int Length) Next(string text, ref int position)
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        var start = i;
        if (i < text.Length)
        {
            var digit = char.IsDigit(text[i]);
            while (i < text.Length && (digit ? char.IsDigit(text[i]) : char.IsLetter(text[i])))
            {
                i++;
            }
        }

        position = i;
        return (start, i - start);
    }
}
