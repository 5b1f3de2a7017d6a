using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Api.Contract;

/// <summary>Maps the application's read models to the JSON contract.</summary>
public static class DtoMapper
{
    public static StoryDto ToDto(StorySummary s) =>
        new(s.Id, s.Title, s.ArticleCount, s.EventCount, s.FirstDate, s.LastDate, s.UpdatedAt);

    public static EventDto ToDto(TimelineEvent e) =>
        new(
            e.Id,
            ToDto(e.Date),
            e.Type,
            e.Summary,
            [.. e.Actors.Select(a => new EventActorDto(a.Id, a.Name, a.Type, a.Role))],
            e.Location,
            [.. e.Sources.Select(s => new SourceDto(s.ArticleId, s.Url, s.Outlet, s.Published, s.Quote, ToDto(s.Date), s.Attribution))],
            e.SourceCount,
            e.CameoCode,
            [.. e.Conflicts.Select(c => new ConflictDto(c.Aspect, [.. c.Versions.Select(v => new ConflictVersionDto(v.Value, v.ArticleIds))]))]);

    private static DateDto? ToDto(EventDateInfo? d) => d is null ? null : new DateDto(d.Value, d.Granularity, d.Start, d.End, d.Texts);

    public static ActorDto ToDto(StoryActorSummary a) => new(a.Id, a.Name, a.Type, a.Aliases, a.Roles, a.EventCount);

    public static ArticleDto ToDto(ArticleRecord a) =>
        new(
            a.ArticleId,
            a.BlobName,
            a.Title,
            a.Outlet,
            a.Url,
            a.Published?.Date,
            a.Published is { } p ? new PublishedEvidenceDto(p.Source, p.Evidence, p.Confidence) : null,
            a.Status.ToString().ToLowerInvariant(),
            a.ReasonCode,
            PublicReasons.For(a),
            a.EventCount,
            a.ProcessedAt,
            a.Assignment is { } s ? new AssignmentDto(s.Method, s.Score, s.Reason) : null,
            a.FailedVersion is { } f ? new FailedVersionDto(f.FailedAt, f.ReasonCode, FailedDeliveries.PublicReason, f.BlobLastModified) : null);

    public static RejectedBlobDto ToDto(RejectedBlob b) => new(b.BlobName, b.Code, b.Reason, b.RecordedAt);
}
