using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Summary;

/// <summary>One sentence of a key date: the wording of one of the day's events, with the sources that report it.</summary>
public sealed record SummarySentence(string Text, string EventId, IReadOnlyList<EventSource> Sources);

/// <summary>
/// One key date of a story: its date (a day, or a coarser period when that is all the sources give for a key
/// development), up to K sentences, and every event of the timeline on that date, for the page to expand.
/// </summary>
public sealed record SummaryEntry(EventDateInfo Date, IReadOnlyList<SummarySentence> Sentences, IReadOnlyList<TimelineEvent> Events)
{
    public double Importance { get; init; }
}

/// <summary>A story's summary timeline: <see cref="Dates"/> key dates in date order, each with at most <see cref="Sentences"/> sentences.</summary>
public sealed record SummaryTimeline(StorySummary Story, int Dates, int Sentences, IReadOnlyList<SummaryEntry> Entries);
