namespace TimelineFunctions.Extraction.Text;

/// <summary>
/// Splits text into sentences at line breaks and at sentence-final punctuation followed by a capital, a quote or a
/// digit.
/// </summary>
/// <remarks>
/// Abbreviations ("Oct.", "U.S.", "Gov.") and initials ("Lewis A. Kaplan") do not end a sentence.
/// </remarks>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        foreach (var (start, end) in Bounds(text))
        {
            sentences.Add(new Sentence(start, text[start..end]));
        }

        return sentences;
    }

    /// <summary>Where each sentence starts and ends (white space trimmed), without copying it: one pass over the text.</summary>
    public static IEnumerable<(int Start, int End)> Bounds(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (Trimmed(text, start, i) is { } line)
                {
                    yield return line;
                }

                start = i + 1;
            }
            else if ((c is '.' or '!' or '?') && EndsSentence(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\u201D' or '\'' or '\u2019' or ')')
                {
                    end++;
                }

                if (Trimmed(text, start, end) is { } sentence)
                {
                    yield return sentence;
                }

                start = end;
                i = end - 1;
            }
        }

        if (Trimmed(text, start, text.Length) is { } last)
        {
            yield return last;
        }
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\u201D' or '\'' or '\u2019' or ')')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\u201C' or '\'' or '\u2018'))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '\u201C' or '\u2018'))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "Lewis A. Kaplan"
        }

        return !Abbreviations.Contains(word);
    }

    private static (int Start, int End)? Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? (start, end) : null;
    }
}
