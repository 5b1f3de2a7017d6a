using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// The sentences a quotation runs through before the sentence that closes it: in "“They told us the machine had run
/// out of notes. I have six staff to pay on Friday. I can't pay people with a notice on a door,” he said.", the frame
/// comes with the last sentence, and the two before it are the speaker's words, not the writer's. They tell no event
/// of the story's own (what the speaker says is the statement the closing sentence makes), and a date in them is the
/// speaker's time, which moves no reference time of the narrative.
/// </summary>
/// <remarks>
/// A quotation opens with “ or " and closes with ” or the next "; a line break ends one left open (a quotation that
/// runs on into the next paragraph has no frame to close it there).
/// </remarks>
internal static class MultiSentenceQuote
{
    /// <summary>The starts of the sentences that lie inside a quotation which a later sentence closes.</summary>
    public static HashSet<int> InnerSentences(string text, IReadOnlyList<Sentence> sentences)
    {
        var inner = new HashSet<int>();
        var quotations = Quotations(text);
        var q = 0;
        foreach (var sentence in sentences)
        {
            var first = sentence.Start + (sentence.Text.Length - sentence.Text.AsSpan().TrimStart().Length);
            while (q < quotations.Count && quotations[q].Close < sentence.End)
            {
                q++;
            }

            if (q < quotations.Count && quotations[q].Open <= first)
            {
                inner.Add(sentence.Start);
            }
        }

        return inner;
    }

    /// <summary>Where each closed quotation of the text opens and closes, in order.</summary>
    private static List<(int Open, int Close)> Quotations(string text)
    {
        var quotations = new List<(int Open, int Close)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\n':
                    open = -1;
                    break;
                case '\u201C' when open < 0:
                case '"' when open < 0:
                    open = i;
                    break;
                case '\u201D' when open >= 0:
                case '"' when open >= 0:
                    quotations.Add((open, i));
                    open = -1;
                    break;
            }
        }

        return quotations;
    }
}
