using System.Security.Cryptography;
using System.Text;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Queries;

/// <summary>
/// Builds timeline events from a story's current contributions. The result depends only on the set of
/// contributions, never on the order they arrived in. Dated events come in chronological order (earliest start,
/// then the more precise first, then by source), undated ones by source.
/// </summary>
public static class TimelineAssembler
{
    public static (IReadOnlyList<TimelineEvent> Dated, IReadOnlyList<TimelineEvent> Undated) Assemble(
        IReadOnlyList<ArticleRecord> articles,
        IReadOnlyList<EventContribution> contributions)
    {
        var articlesById = articles.ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        var events = contributions
            .OrderBy(c => c.ArticleId, StringComparer.Ordinal)
            .ThenBy(c => c.Ordinal)
            .Select(c => ToEvent(c, articlesById.GetValueOrDefault(c.ArticleId)))
            .ToList();

        var dated = events.Where(e => e.Date is not null)
            .OrderBy(e => e.Date!.Start)
            .ThenBy(e => e.Date!.End)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var undated = events.Where(e => e.Date is null).ToList();
        return (dated, undated);
    }

    private static TimelineEvent ToEvent(EventContribution contribution, ArticleRecord? article)
    {
        var source = new EventSource(contribution.ArticleId, article?.Url, article?.Outlet, article?.Published?.Date, contribution.Quote)
        {
            Date = contribution.Date,
            Attribution = contribution.Attribution,
        };
        return new TimelineEvent(
            EventId(contribution),
            contribution.Date,
            contribution.Type,
            contribution.Summary,
            contribution.Actors,
            contribution.Location,
            [source])
        {
            CameoCode = contribution.CameoCode,
        };
    }

    private static string EventId(EventContribution contribution)
    {
        var key = $"{contribution.ArticleId}\n{contribution.Ordinal}\n{contribution.Quote}";
        return "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
