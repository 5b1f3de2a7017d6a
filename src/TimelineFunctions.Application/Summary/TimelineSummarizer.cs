using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Application.Summary;

/// <summary>A story's summary timeline: its most important dates (<see cref="DateImportance"/>) in date order, each told by its best sentences (<see cref="SentencePicker"/>).</summary>
/// <remarks>
/// As many dates as asked, or as many as <see cref="SummaryLength"/> finds fitting. A pure function of the merged
/// timeline and the articles' publication dates.
/// </remarks>
public static class TimelineSummarizer
{
    public static SummaryTimeline Summarize(StoryTimeline timeline, IReadOnlyList<DateOnly> publicationDates, SummaryOptions options)
    {
        // The remarks the timeline leaves off still tell how much a day was news.
        var candidates = DateImportance.Rank(timeline.EventsWithRemarks, publicationDates);
        var dates = options.Dates ?? SummaryLength.For(candidates.Count);
        var entries = candidates.Take(dates)
            .OrderBy(c => c.Date.Start)
            .ThenBy(c => c.Date.End)
            .Select(c => new SummaryEntry(c.Date, SentencePicker.Pick(c.Events, options.Sentences), [.. SentencePicker.RankEvents(c.Events)]) { Importance = c.Importance })
            .ToList();
        return new SummaryTimeline(timeline.Story, dates, options.Sentences, entries);
    }
}
