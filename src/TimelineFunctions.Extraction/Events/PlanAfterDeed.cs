using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A plan and the dated deed it follows, told in one sentence, are two events: "The creamery will reopen the plant next
/// week after inspectors cleared its butter lines on Monday" announces a reopening and tells a clearing on Monday.
/// Read as one clause, the sentence gave one plan typed by the clearing's word, or the clearing alone.
/// </summary>
/// <remarks>
/// The sentence splits before the subordinator (the temporal lexicon's `[deed-subordinator]`: "after", "because") when the words before it
/// tell the future (<see cref="ContentEvents.HasFutureMarker"/>) and the clause it opens tells, in the past, a deed
/// with a date of its own on or before the page's. A reporting frame stays with the plan, so it must come first.
/// </remarks>
internal static class PlanAfterDeed
{
    /// <summary>The fewest words the plan has before the subordinator: "The union will strike".</summary>
    private const int MinWords = 4;

    /// <summary>The temporal lexicon's `[deed-subordinator]`, which the tagger reads the deed's tense after too.</summary>
    private static readonly TemporalLexicon Lexicon = TemporalLexicon.Default;

    /// <summary>The plan and the deed's clause, or null when the sentence tells no plan after a dated deed.</summary>
    public static (Sentence First, Sentence Second)? Split(string text, Sentence sentence, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, DateOnly? published)
    {
        if (published is not { } page)
        {
            return null;
        }

        var (start, end) = frame.HasFrame ? (frame.ContentStart, frame.ContentEnd) : (sentence.Start, sentence.Start + sentence.Text.Length);
        foreach (var (at, length) in AdjacentWords.Words(text, start, end))
        {
            if (!Lexicon.ContainsWord("deed-subordinator", text.AsSpan(at, length)) || frame.FrameEnd > at
                || AdjacentWords.Count(text.AsSpan(start, at - start)) < MinWords || !ContentEvents.HasFutureMarker(text, start, at))
            {
                continue;
            }

            var deedDate = timexes.FirstOrDefault(t => t.Start > at && t.End <= end && t.IsResolvedDate && t.RangeEnd <= page);
            if (deedDate is null || AdjacentWords.FirstPastVerb(text, at, deedDate.Start) < 0)
            {
                return null;
            }

            // The deed's sentence starts after the subordinator: "inspectors cleared its butter lines on Monday".
            var deed = at + length;
            while (deed < end && char.IsWhiteSpace(text[deed]))
            {
                deed++;
            }

            return (new Sentence(sentence.Start, sentence.Text[..(at - sentence.Start)].TrimEnd(' ', ',')), new Sentence(deed, sentence.Text[(deed - sentence.Start)..]));
        }

        return null;
    }
}
