namespace TimelineFunctions.Api.Contract;

// The summary timeline's JSON contract (GET stories/{storyId}/summary). These types change only by adding members.

public sealed record SummarySourceDto(string ArticleId, string? Outlet, DateOnly? Published);

public sealed record SummarySentenceDto(string Text, string EventId, IReadOnlyList<SummarySourceDto> Sources);

public sealed record SummaryEntryDto(DateDto Date, IReadOnlyList<SummarySentenceDto> Sentences);

public sealed record SummaryDto(StoryDto Story, int Dates, int Sentences, IReadOnlyList<SummaryEntryDto> Entries);
