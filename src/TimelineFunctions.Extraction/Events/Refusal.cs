namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A frame that tells someone did not speak: "declined to say whether …", "did not say when …", "has not said
/// whether …" (a negator, `[negators]`, or a verb of refusal, `[refusal-verbs]`, up to <see cref="MaxWordsBefore"/>
/// words before the frame's verb, within the frame). Nothing was said, so the frame makes no statement.
/// </summary>
internal static class Refusal
{
    /// <summary>How many words before the frame's verb the negator or the refusal may stand: "would not yet say".</summary>
    private const int MaxWordsBefore = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negators = EventWords.Lookup("negators");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RefusalVerbs = EventWords.Lookup("refusal-verbs");

    public static bool Holds(string text, ReportingFrame frame)
    {
        if (frame.VerbStart <= frame.FrameStart)
        {
            return false;
        }

        var before = text.AsSpan(frame.FrameStart, frame.VerbStart - frame.FrameStart);
        for (var words = 0; words < MaxWordsBefore; words++)
        {
            var word = AdjacentWords.TakeLast(ref before);
            if (word.IsEmpty)
            {
                break;
            }

            if (Negators.Contains(word) || RefusalVerbs.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
