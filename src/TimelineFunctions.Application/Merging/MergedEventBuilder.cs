using System.Security.Cryptography;
using System.Text;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Turns the reports of one event (first the one it formed around) into a timeline event: the most precise date
/// that most sources give, with every date expression that supports it; every actor; every report as a source,
/// each with its quote and date (an article may tell the event twice); the type of its first typed report; and the conflicts between sources.
/// </summary>
internal static class MergedEventBuilder
{
    public static TimelineEvent Build(IReadOnlyList<EventContribution> reports, IReadOnlyDictionary<string, ArticleRecord> articles, MergeThresholds thresholds)
    {
        var anchor = reports[0];
        var typed = reports.FirstOrDefault(r => r.Type != thresholds.UntypedType) ?? anchor;
        var date = ChooseDate(reports);
        var lead = reports.FirstOrDefault(r => r.Date?.Value == date?.Value) ?? anchor;
        var sources = reports
            .OrderBy(r => articles.GetValueOrDefault(r.ArticleId)?.Published?.Date ?? DateOnly.MaxValue)
            .ThenBy(r => r.ArticleId, StringComparer.Ordinal)
            .ThenBy(r => r.Ordinal)
            .Select(r => ToSource(r, articles.GetValueOrDefault(r.ArticleId)))
            .ToList();

        return new TimelineEvent(
            EventId(anchor),
            date,
            typed.Type,
            lead.Summary,
            [.. reports.SelectMany(r => r.Actors).DistinctBy(a => a.Id)],
            reports.Select(r => r.Location).FirstOrDefault(l => l is not null),
            sources)
        {
            CameoCode = typed.CameoCode,
            Conflicts = ConflictFinder.Find(reports, date, thresholds.ConflictWindowDays),
        };
    }

    /// <summary>
    /// The most precise granularity any source gives (a plan's, the day it was announced, only when no source tells the
    /// event done); at that granularity a value a sentence gives before one only a
    /// page gives (a report with no date text is dated by its publication: what had happened by then), then the value
    /// the most articles give, then the earliest. Its texts are those of every source whose date holds it ("Oct. 9" and "this week").
    /// </summary>
    private static EventDateInfo? ChooseDate(IReadOnlyList<EventContribution> reports)
    {
        var dated = reports.Where(r => r.Date is not null).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        // A plan is dated when it was announced: when the event also has reports of it done, their dates are its date.
        if (dated.Exists(r => r.PlannedFor is not null) && dated.Where(r => r.PlannedFor is null).ToList() is { Count: > 0 } done)
        {
            dated = done;
        }

        var finest = dated.Min(r => MergeCandidate.RankOf(r.Date));
        var chosen = dated.Where(r => MergeCandidate.RankOf(r.Date) == finest)
            .GroupBy(r => r.Date!.Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Any(r => r.Date!.Texts.Count > 0))
            .ThenByDescending(g => g.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => g.First().Date!.Start)
            .First().First().Date!;
        var texts = dated.Select(r => r.Date!)
            .Where(d => d.Start <= chosen.Start && chosen.End <= d.End)
            .SelectMany(d => d.Texts)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return chosen with { Texts = texts };
    }

    private static EventSource ToSource(EventContribution report, ArticleRecord? article) =>
        new(report.ArticleId, article?.Url, article?.Outlet, article?.Published?.Date, report.Quote)
        {
            Date = report.Date,
            Attribution = report.Attribution,
            InChronology = report.InChronology,
        };

    private static string EventId(EventContribution anchor)
    {
        var key = $"{anchor.ArticleId}\n{anchor.Ordinal}\n{anchor.Quote}";
        return "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
