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
        if (!frame.HasFrame || frame.VerbStart < frame.FrameStart || frame.ContentStart < frame.FrameEnd)
        {
            return null;
        }

        if (frame.FrameStart <= sentence.Start)
        {
            return RelativeFrame(sentence, frame);
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

    /// <summary>
    /// A frame in a relative clause that ends the sentence: "The regulator had blocked the merger, provoking a furious
    /// response from Halvorsen, who said the country was closed for business" is the block, told by the writer, and
    /// Halvorsen's statement; so is "The branches reopened on 7 July with that limit, which the administrator, Ida Brenn,
    /// has said will stay for a month". The second part opens with the pronoun, whose speaker is the actor named just
    /// before it, or the one the clause names.
    /// </summary>
    private static (Sentence First, Sentence Second)? RelativeFrame(Sentence sentence, ReportingFrame frame)
    {
        var before = sentence.Text.AsSpan(0, frame.VerbStart - sentence.Start);
        var pronoun = -1;
        foreach (var match in RelativeOpening().EnumerateMatches(before))
        {
            pronoun = match.Index + match.Length;
        }

        // Between the pronoun and the verb, a speaker at most ("which the administrator, Ida Brenn, has said"), no verb of
        // a clause that closes before the frame ("Halvorsen, which was fined on Tuesday, said it would appeal").
        if (pronoun < 0 || AdjacentWords.Count(before[pronoun..]) > ReportingFrameFinder.MaxSpeakerWords
            || AdjacentWords.HasPastVerb(sentence.Text, pronoun, frame.VerbStart - sentence.Start))
        {
            return null;
        }

        // The opening's match ends at the pronoun itself, after the comma's spaces.
        var comma = before[..pronoun].LastIndexOf(',');
        return AdjacentWords.Count(before[..comma]) < MinWords
            ? null
            : (new Sentence(sentence.Start, sentence.Text[..comma]), new Sentence(sentence.Start + pronoun, sentence.Text[pronoun..]));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;]\s*(?:and|but|while)\s*\z", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Coordinator();

    /// <summary>A comma and a relative pronoun ("…, who", "…, which").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@",\s*(?=(?:who|which)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RelativeOpening();
}
