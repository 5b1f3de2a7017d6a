namespace TimelineFunctions.Api.Contract;

// The public JSON contract of the API. These types change only by adding members: clients depend on them.

public sealed record ProblemDto(string Type, string Title, int Status, string Detail);

public sealed record StoryDto(
    string Id,
    string? Title,
    int ArticleCount,
    int EventCount,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    DateTimeOffset UpdatedAt);

public sealed record StoriesDto(IReadOnlyList<StoryDto> Stories);

public sealed record DateDto(string Value, string Granularity, DateOnly Start, DateOnly End, IReadOnlyList<string> Text);

public sealed record EventActorDto(string Id, string Name, string Type, string Role);

public sealed record SourceDto(string ArticleId, string? Url, string? Outlet, DateOnly? Published, string Quote, DateDto? Date, string? Attribution);

public sealed record ConflictVersionDto(string Value, IReadOnlyList<string> ArticleIds);

public sealed record ConflictDto(string Aspect, IReadOnlyList<ConflictVersionDto> Versions);

public sealed record EventDto(
    string Id,
    DateDto? Date,
    string Type,
    string Summary,
    IReadOnlyList<EventActorDto> Actors,
    string? Location,
    IReadOnlyList<SourceDto> Sources,
    int SourceCount,
    string? CameoCode,
    IReadOnlyList<ConflictDto> Conflicts);

public sealed record TimelineDto(StoryDto Story, IReadOnlyList<EventDto> Events, IReadOnlyList<EventDto> Undated, string? Next);

public sealed record ActorDto(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, int EventCount);

public sealed record ActorsDto(IReadOnlyList<ActorDto> Actors);

/// <summary>How an article's publication date was found.</summary>
public sealed record PublishedEvidenceDto(string Source, string Evidence, double Confidence);

/// <summary>How the article was placed in its story: folder, automatic (with its similarity score) or manual.</summary>
public sealed record AssignmentDto(string Method, double? Score, string Reason);

public sealed record ArticleDto(
    string Id,
    string BlobName,
    string? Title,
    string? Outlet,
    string? Url,
    DateOnly? Published,
    PublishedEvidenceDto? PublishedEvidence,
    string Status,
    string? ReasonCode,
    string? Reason,
    int EventCount,
    DateTimeOffset ProcessedAt,
    AssignmentDto? Assignment,
    FailedVersionDto? FailedVersion);

/// <summary>A newer version of the article's blob that failed every delivery attempt; the version above stays current.</summary>
public sealed record FailedVersionDto(DateTimeOffset FailedAt, string ReasonCode, string Reason, DateTimeOffset? BlobLastModified);

public sealed record ArticlesDto(IReadOnlyList<ArticleDto> Articles);

public sealed record RejectedBlobDto(string BlobName, string Code, string Reason, DateTimeOffset RecordedAt);

public sealed record RejectedBlobsDto(IReadOnlyList<RejectedBlobDto> Blobs);
