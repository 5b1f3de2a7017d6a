using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Application.Summary;

/// <summary>
/// A story's summary timeline from its merged timeline: the most important dates (<see cref="DateImportance"/>),
/// as many as asked or as <see cref="SummaryLength"/> finds fitting, in date order, each with its sentences
/// (<see cref="SentencePicker"/>). A pure function of the timeline and the articles' publication dates.
/// </summary>
public static class TimelineSummarizer
{
    public static SummaryTimeline Summarize(StoryTimeline timeline, IReadOnlyList<DateOnly> publicationDates, SummaryOptions options)
    {
        var candidates = DateImportance.Rank(timeline.Events, publicationDates);
        var dates = options.Dates ?? SummaryLength.For(candidates.Count);
        var entries = candidates.Take(dates)
            .OrderBy(c => c.Date.Start)
            .ThenBy(c => c.Date.End)
            .Select(c => new SummaryEntry(c.Date, SentencePicker.Pick(c.Events, options.Sentences), [.. SentencePicker.RankEvents(c.Events)]) { Importance = c.Importance })
            .ToList();
        return new SummaryTimeline(timeline.Story, dates, options.Sentences, entries);
    }
}
