using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Queries;

/// <summary>
/// One source of an event: the article that reports it, the sentence it says it in, and the date that article
/// gives the event (null when it gives none).
/// </summary>
public sealed record EventSource(string ArticleId, string? Url, string? Outlet, DateOnly? Published, string Quote)
{
    public EventDateInfo? Date { get; init; }

    public string? Attribution { get; init; }

    /// <summary>Whether the article tells the event as an entry of its chronology (a timeline an editor wrote).</summary>
    public bool InChronology { get; init; }
}
