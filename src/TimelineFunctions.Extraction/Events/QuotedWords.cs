using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Which tokens of a sentence lie inside a double-quoted passage that closes in the same sentence.</summary>
/// <remarks>
/// A reporting verb there is the quoted speaker's own word ("“I'm told we can thank the delay …,” the judge said"), not
/// the frame. A quote left open (it goes on in the next sentence) marks nothing, since its end cannot be told.
/// </remarks>
public static class QuotedWords
{
    public static bool[] Mark(List<Token> tokens)
    {
        var quoted = new bool[tokens.Count];
        var open = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            if (open < 0 && text is "\u201C" or "\"")
            {
                open = i;
            }
            else if (open >= 0 && text is "\u201D" or "\"")
            {
                Array.Fill(quoted, true, open + 1, i - open - 1);
                open = -1;
            }
        }

        return quoted;
    }
}
