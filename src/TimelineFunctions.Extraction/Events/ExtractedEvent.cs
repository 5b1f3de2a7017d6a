namespace TimelineFunctions.Extraction.Events;

/// <summary>Something that happened or was said, as one article reports it.</summary>
/// <remarks>
/// <see cref="Quote"/> is a verbatim span of the cleaned text starting at <see cref="QuoteStart"/>. <see cref="Date"/>
/// is null when the text gives no date.
/// </remarks>
public sealed record ExtractedEvent(
    string Type,
    string? CameoCode,
    string Summary,
    string Quote,
    int QuoteStart,
    EventDate? Date,
    IReadOnlyList<EventParticipant> Participants,
    string? Location,
    string? Attribution)
{
    /// <summary>For a plan (an event reported before it happens), the date it is planned for.</summary>
    public EventDate? PlannedFor { get; init; }

    /// <summary>
    /// The words that typed the event, as written ("was refloated" gives "refloated"), or null for an untyped
    /// occurrence or a plain statement. Two reports of one event often share it when they share little else.
    /// </summary>
    public string? Trigger { get; init; }

    /// <summary>
    /// For an undated event, the day of the week its clause names that nothing anchors ("around 1:30 a.m. Tuesday
    /// morning" in an article with no date). Such a report can only join an event dated on that weekday.
    /// </summary>
    public DayOfWeek? NamedWeekday { get; init; }

    /// <summary>
    /// For an undated event, the month and day its clause names without a year that nothing anchors ("on November 27"
    /// in an article with no date), as "MM-dd". The merge gives it the year the story's other reports give.
    /// </summary>
    public string? NamedDay { get; init; }

    /// <summary>
    /// For an undated event that names a weekday ("on Monday") on a page whose dateline gives no year, the page's month
    /// and day ("10-13"). The merge, once it knows the year, dates it the latest such weekday on or before that day.
    /// </summary>
    public string? PageDay { get; init; }

    /// <summary>
    /// Whether an entry of a chronology in the article tells the event on its date (<see cref="Chronology"/>): an
    /// editor listed that day among the story's dates.
    /// </summary>
    public bool InChronology { get; init; }
}
