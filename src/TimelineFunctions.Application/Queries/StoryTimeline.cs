namespace TimelineFunctions.Application.Queries;

public sealed record StoryTimeline(StorySummary Story, IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineEvent> Undated)
{
    /// <summary>
    /// The dated remarks the timeline leaves off (a quotation that joined nothing its speaker said or did that day):
    /// not shown, but evidence of how much a day was news, which the key dates count (<see cref="Summary.DateImportance"/>).
    /// </summary>
    public IReadOnlyList<TimelineEvent> Remarks { get; init; } = [];

    /// <summary>The dated events with the remarks, in date order: what the key dates are chosen from.</summary>
    public IReadOnlyList<TimelineEvent> EventsWithRemarks => Remarks.Count == 0 ? Events : TimelineAssembler.InDateOrder(Events.Concat(Remarks));
}
