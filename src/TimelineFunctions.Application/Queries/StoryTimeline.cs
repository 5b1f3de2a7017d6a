namespace TimelineFunctions.Application.Queries;

public sealed record StoryTimeline(StorySummary Story, IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineEvent> Undated);
