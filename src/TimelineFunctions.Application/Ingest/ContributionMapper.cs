using System.Globalization;
using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Ingest;

/// <summary>Maps the engine's analysis of one article to the contributions the timeline stores.</summary>
public static class ContributionMapper
{
    public static IReadOnlyList<EventContribution> Events(string storyId, string articleId, string contentHash, ArticleAnalysis analysis)
    {
        var actorsById = analysis.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        return [.. analysis.Events.Select((e, i) => new EventContribution
        {
            StoryId = storyId,
            ArticleId = articleId,
            ContentHash = contentHash,
            Ordinal = i,
            Type = e.Type,
            CameoCode = e.CameoCode,
            Summary = e.Summary,
            Quote = e.Quote,
            Date = e.Date is null ? null : ToDateInfo(e.Date),
            PlannedFor = e.PlannedFor is null ? null : ToDateInfo(e.PlannedFor),
            Actors = [.. e.Participants.Select(p => ToEventActor(p, actorsById)).OfType<EventActor>()],
            Location = e.Location,
            Attribution = e.Attribution,
            Trigger = e.Trigger,
            NamedWeekday = e.NamedWeekday?.ToString(),
            NamedDay = e.NamedDay,
            PageDay = e.PageDay,
            InChronology = e.InChronology,
        })];
    }

    public static IReadOnlyList<ActorContribution> Actors(string storyId, string articleId, string contentHash, ArticleAnalysis analysis) =>
        [.. analysis.Actors.Select(a => new ActorContribution
        {
            StoryId = storyId,
            ArticleId = articleId,
            ContentHash = contentHash,
            ActorId = a.Id,
            Name = a.Name,
            Type = Lower(a.Type),
            Aliases = a.Aliases,
            Roles = a.Roles,
            TypeIsGuess = a.TypeIsGuess,
        })];

    private static EventActor? ToEventActor(EventParticipant participant, Dictionary<string, Extraction.Actors.Actor> actorsById) =>
        actorsById.TryGetValue(participant.ActorId, out var actor)
            ? new EventActor(actor.Id, actor.Name, Lower(actor.Type), participant.Role)
            : null;

    private static EventDateInfo ToDateInfo(EventDate date) =>
        new(date.Value, Lower(date.Granularity), date.Start, date.End, date.Texts);

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLower(CultureInfo.InvariantCulture);
}
