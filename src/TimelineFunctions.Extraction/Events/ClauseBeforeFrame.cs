using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A clause joined by a coordinator before a reporting frame is a sentence of its own: in "Hollin Vale has recalled
/// three of its cheeses, and health officials said on Tuesday they were looking into four cases", the recall is told by
/// the writer, not by the officials, and the frame's content starts after "said".
/// </summary>
/// <remarks>
/// Only a frame that opens the second clause counts ("…, and health officials said"); one whose content comes first
/// ("The bridge reopened on Friday, and traffic flowed, officials said") keeps its sentence whole. The first clause
/// needs a few words of its own (<see cref="MinWords"/>).
/// </remarks>
internal static partial class ClauseBeforeFrame
{
    /// <summary>The fewest words the clause before the coordinator has: "Police arrested two men".</summary>
    private const int MinWords = 4;

    /// <summary>The sentence's two clauses, the first up to its coordinator, the second from the frame on; null when the frame opens no second clause.</summary>
    public static (Sentence First, Sentence Second)? Split(Sentence sentence, ReportingFrame frame)
    {
        if (!frame.HasFrame || frame.VerbStart < frame.FrameStart || frame.FrameStart <= sentence.Start || frame.ContentStart < frame.FrameEnd)
        {
            return null;
        }

        var before = sentence.Text.AsSpan(0, frame.FrameStart - sentence.Start);
        var coordinator = -1;
        foreach (var match in Coordinator().EnumerateMatches(before))
        {
            coordinator = match.Index;
        }

        if (coordinator < 0 || AdjacentWords.Count(before[..coordinator]) < MinWords)
        {
            return null;
        }

        return (new Sentence(sentence.Start, sentence.Text[..coordinator]), new Sentence(frame.FrameStart, sentence.Text[(frame.FrameStart - sentence.Start)..]));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;]\s*(?:and|but|while)\s*\z", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Coordinator();
}
