using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Subordinate clauses opened after a comma ("…, after the authority lifted its restrictions on Friday"): a date and
/// an event word on either side of the opening belong to different clauses.
/// </summary>
internal static class SubordinateClause
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = EventWords.Of("subordinators").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether ", after" (or another subordinator, `[subordinators]`) opens a clause between the date and the event
    /// word at <paramref name="anchor"/> that no later comma closes before the farther of the two: "flew on Saturday,
    /// after the authority lifted" separates Saturday from "lifted"; "On Monday, after weeks of talks, the union
    /// signed" does not separate Monday from "signed", nor ", since December 2009" the date from the word before it.
    /// </summary>
    public static bool Separates(string text, TemporalExpression timex, int anchor) => Opening(text, timex, anchor) >= 0;

    /// <summary>The comma before the subordinator that <see cref="Separates"/> the date from the event word; -1 when none does.</summary>
    public static int Opening(string text, TemporalExpression timex, int anchor)
    {
        var (from, to) = timex.End <= anchor ? (timex.End, anchor) : (anchor, timex.Start);
        var comma = CommaPhrase.Opening(text, from, to);
        if (comma < 0)
        {
            return -1;
        }

        var word = CommaPhrase.FirstWord(text, comma, to);
        // ", since December 2009" and ", before 1881" open a phrase of the date itself, not a clause.
        var opensTheDate = timex.Start > anchor && text.AsSpan(comma + 1, to - comma - 1).Trim().Length == word.Length;
        return word.Length > 0 && Subordinators.Contains(word) && !opensTheDate ? comma : -1;
    }

    /// <summary>
    /// The clause before ", after …" when the event word after it took a date of its own clause (see <see
    /// cref="ContentEvents.Build"/>): "flew its first service on Saturday, after the authority lifted its restrictions on Friday"
    /// tells a lifting on Friday and, with no event word, a flight on Saturday. Null when there is no such clause, or
    /// its date is after the page's.
    /// </summary>
    public static ExtractedEvent? EventBefore(SentenceContext context, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, TriggerMatch? trigger, ExtractedEvent content)
    {
        if (trigger is null || content.Date is null || EventDater.Governing(timexes, frame.ContentStart, trigger.Start, trigger.Start) is not { } own)
        {
            return null;
        }

        var comma = Opening(context.Text, own, trigger.Start);
        var date = EventDater.FromExpression(own);
        if (comma < 0 || date.Value == content.Date.Value || (context.Dct is { } page && date.Start > page))
        {
            return null;
        }

        return content with
        {
            Type = EventKind.Occurrence.Type,
            CameoCode = EventKind.Occurrence.CameoCode,
            Summary = SummaryWriter.Clause(context.Text[frame.ContentStart..comma]),
            Date = date,
            PlannedFor = null,
            Participants = context.Participants(frame.ContentStart, comma, frame.ContentStart),
            Trigger = null,
        };
    }
}
