namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Whether a clause tells, in the writer's words, what has happened by now ("investigators have recovered the engine",
/// "the bank has not yet reopened"): "has" or "have", then adverbs (`[perfect-adverbs]`), then a past participle. A
/// quotation's tense is the speaker's, at the time they spoke ("“we have reversed that decision,” he said"), so a
/// clause that quotes tells nothing of now.
/// </summary>
internal static class PresentPerfect
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = EventWords.Lookup("perfect-adverbs");

    public static bool Holds(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).IndexOfAny('"', '\u201C', '\u201D') >= 0)
        {
            return false;
        }

        var expectParticiple = false;
        foreach (var (wordStart, length) in AdjacentWords.Words(text, start, end))
        {
            var word = text.AsSpan(wordStart, length);
            if (expectParticiple && AdjacentWords.IsPastForm(word))
            {
                return true;
            }

            expectParticiple = word.Equals("has", StringComparison.OrdinalIgnoreCase) || word.Equals("have", StringComparison.OrdinalIgnoreCase)
                || (expectParticiple && Adverbs.Contains(word));
        }

        return false;
    }
}
