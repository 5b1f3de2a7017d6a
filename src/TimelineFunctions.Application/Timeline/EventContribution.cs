namespace TimelineFunctions.Application.Timeline;

/// <summary>One event as one article reports it: the stored unit of the timeline.</summary>
/// <remarks>
/// Its key is (story, article, content hash, ordinal), so re-ingesting the same content rewrites the same rows.
/// </remarks>
public sealed record EventContribution
{
    public required string StoryId { get; init; }

    public required string ArticleId { get; init; }

    public required string ContentHash { get; init; }

    public required int Ordinal { get; init; }

    public required string Type { get; init; }

    public string? CameoCode { get; init; }

    public required string Summary { get; init; }

    public required string Quote { get; init; }

    public EventDateInfo? Date { get; init; }

    /// <summary>For a plan, the date it is planned for (<see cref="Date"/> is when it was announced).</summary>
    public EventDateInfo? PlannedFor { get; init; }

    public IReadOnlyList<EventActor> Actors { get; init; } = [];

    public string? Location { get; init; }

    public string? Attribution { get; init; }

    /// <summary>The words that typed the event in the article ("refloated", "found guilty"), or null.</summary>
    public string? Trigger { get; init; }

    /// <summary>
    /// For an undated report, the day of the week its sentence names that nothing anchors ("Tuesday"), or null. Such a
    /// report joins an event dated on that weekday or is left off the timeline.
    /// </summary>
    public string? NamedWeekday { get; init; }

    /// <summary>
    /// For an undated report, the month and day its sentence names without a year that nothing anchors ("11-27" for
    /// "on November 27" on a page with no date), or null. The merge gives it the year of the story's other reports.
    /// </summary>
    public string? NamedDay { get; init; }

    /// <summary>
    /// For an undated report that names a weekday on a page whose dateline gives no year, the page's month and day
    /// ("10-13" for "ALDERBROOK, Oct 13 -"), or null. The merge gives the page the story's year and the report the
    /// latest such weekday on or before that day.
    /// </summary>
    public string? PageDay { get; init; }

    /// <summary>Whether an entry of a chronology in the article (a timeline an editor wrote) tells the event on its date.</summary>
    public bool InChronology { get; init; }
}
