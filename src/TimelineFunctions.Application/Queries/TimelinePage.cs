namespace TimelineFunctions.Application.Queries;

/// <summary>One page of a filtered timeline, and the token for the next page (null on the last).</summary>
public sealed record TimelinePage(
    StorySummary Story,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<TimelineEvent> Undated,
    string? Next);
