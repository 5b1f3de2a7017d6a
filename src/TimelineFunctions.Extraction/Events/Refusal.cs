namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A frame that tells someone did not speak: "declined to say whether …", "did not say when …", "has not said
/// whether …" (a negator, `[negators]`, or a verb of refusal, `[refusal-verbs]`, among the few words before the
/// frame's verb, within the frame: <see cref="Negation.Denies"/>). Nothing was said, so the frame makes no statement.
/// </summary>
internal static class Refusal
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RefusalVerbs = EventWords.Lookup("refusal-verbs");

    public static bool Holds(string text, ReportingFrame frame) =>
        frame.VerbStart > frame.FrameStart && Negation.Denies(text, frame.VerbStart, frame.FrameStart, RefusalVerbs);
}
