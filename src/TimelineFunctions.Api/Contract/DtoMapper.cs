using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Contract;

/// <summary>Maps the application's read models to the JSON contract.</summary>
public static class DtoMapper
{
    public static StoryDto ToDto(StorySummary s) =>
        new(s.Id, s.Title, s.ArticleCount, s.EventCount, s.FirstDate, s.LastDate, s.UpdatedAt);

    public static EventDto ToDto(TimelineEvent e) =>
        new(
            e.Id,
            e.Date is { } d ? new DateDto(d.Value, d.Granularity, d.Start, d.End, d.Texts) : null,
            e.Type,
            e.Summary,
            [.. e.Actors.Select(a => new EventActorDto(a.Id, a.Name, a.Type, a.Role))],
            e.Location,
            [.. e.Sources.Select(s => new SourceDto(s.ArticleId, s.Url, s.Outlet, s.Published, s.Quote))],
            e.SourceCount);

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
            a.Reason,
            a.EventCount,
            a.ProcessedAt);

    public static RejectedBlobDto ToDto(RejectedBlob b) => new(b.BlobName, b.Code, b.Reason, b.RecordedAt);
}
