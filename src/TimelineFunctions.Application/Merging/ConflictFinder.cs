using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Extraction.Comparison;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// The details on which an event's sources disagree: a nearby day some source gives instead of the event's date,
/// and counted figures of one aspect ("people", "dead") with different numbers.
/// </summary>
/// <remarks>
/// A source whose own sentence gives two numbers for one aspect is left out of that aspect: it disagrees with
/// itself, not with the others.
/// </remarks>
internal static class ConflictFinder
{
    public static IReadOnlyList<EventConflict> Find(IReadOnlyList<EventContribution> reports, EventDateInfo? date, int conflictWindowDays)
    {
        var conflicts = new List<EventConflict>();
        if (DateConflict(reports, date, conflictWindowDays) is { } dateConflict)
        {
            conflicts.Add(dateConflict);
        }

        conflicts.AddRange(FigureConflicts(reports));
        return conflicts;
    }

    private static EventConflict? DateConflict(IReadOnlyList<EventContribution> reports, EventDateInfo? date, int conflictWindowDays)
    {
        if (date is null)
        {
            return null;
        }

        // Only a nearby different day disagrees: plans for one date announced weeks apart do not.
        var disagreeing = reports.Where(r => DateRelations.Between(r.Date, date, conflictWindowDays) == DateRelation.Conflicting).ToList();
        if (disagreeing.Count == 0)
        {
            return null;
        }

        var versions = reports.Where(r => r.Date?.Value == date.Value)
            .Concat(disagreeing)
            .GroupBy(r => r.Date!.Value, StringComparer.Ordinal)
            .Select(g => new ConflictVersion(g.Key, Articles(g)))
            .OrderBy(v => v.Value, StringComparer.Ordinal);
        return new EventConflict("date", [.. versions]);
    }

    private static IEnumerable<EventConflict> FigureConflicts(IReadOnlyList<EventContribution> reports)
    {
        var stated = reports
            .SelectMany(r => FigureFinder.Find(r.Quote)
                .GroupBy(f => f.Aspect, StringComparer.Ordinal)
                .Where(g => g.Select(f => f.Value).Distinct().Count() == 1)
                .Select(g => (r.ArticleId, Figure: g.First())))
            .GroupBy(s => s.Figure.Aspect, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var aspect in stated)
        {
            var versions = aspect.GroupBy(s => s.Figure.Value).ToList();
            if (versions.Count > 1)
            {
                yield return new EventConflict(aspect.Key, [.. versions
                    .OrderBy(v => v.Key)
                    .Select(v => new ConflictVersion(v.First().Figure.Text, [.. v.Select(s => s.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))]);
            }
        }
    }

    private static IReadOnlyList<string> Articles(IEnumerable<EventContribution> reports) =>
        [.. reports.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
