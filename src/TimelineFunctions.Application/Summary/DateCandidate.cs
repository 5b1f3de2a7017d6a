using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Summary;

/// <summary>A date the summary could keep: the day (or period) and the timeline's events on it, with its importance.</summary>
public sealed record DateCandidate(EventDateInfo Date, IReadOnlyList<TimelineEvent> Events, double Importance);
