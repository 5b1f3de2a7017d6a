using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Turns sentences into events. FIRST CUT: every sentence with a resolved date is an event of type "report",
/// dated by its first resolved expression; the events work replaces this with typed, clause-level events.
/// </summary>
public static class EventExtractor
{
    public static IReadOnlyList<ExtractedEvent> Extract(string text, IReadOnlyList<TemporalExpression> expressions)
    {
        var events = new List<ExtractedEvent>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var timex = expressions.FirstOrDefault(t => t.Start >= sentence.Start && t.End <= sentence.End && t.IsResolvedDate);
            if (timex is null)
            {
                continue;
            }

            var date = new EventDate(timex.Value, timex.Granularity ?? Granularity.Day, timex.RangeStart!.Value, timex.RangeEnd!.Value, [timex.Text]);
            events.Add(new ExtractedEvent("report", null, sentence.Text, sentence.Text, sentence.Start, date, [], null, null));
        }

        return events;
    }
}
