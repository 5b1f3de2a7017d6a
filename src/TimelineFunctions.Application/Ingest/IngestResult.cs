namespace TimelineFunctions.Application.Ingest;

public sealed record IngestResult(IngestOutcome Outcome, string? StoryId, string? ArticleId, int EventCount, string Message);
