using TimelineFunctions.Application.Summary;

namespace TimelineFunctions.Api.Contract;

/// <summary>Maps a summary timeline to its JSON contract: each sentence's sources once per article.</summary>
public static class SummaryDtoMapper
{
    public static SummaryDto ToDto(SummaryTimeline summary) => new(
        DtoMapper.ToDto(summary.Story),
        summary.Dates,
        summary.Sentences,
        [.. summary.Entries.Select(e => new SummaryEntryDto(
            new DateDto(e.Date.Value, e.Date.Granularity, e.Date.Start, e.Date.End, e.Date.Texts),
            [.. e.Sentences.Select(s => new SummarySentenceDto(
                s.Text,
                s.EventId,
                [.. s.Sources.DistinctBy(source => source.ArticleId, StringComparer.Ordinal).Select(source => new SummarySourceDto(source.ArticleId, source.Outlet, source.Published))]))]))]);
}
