using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// An article that tells one deed (not a plan) on a day and adds clauses of that day with no event word of their own is giving that
/// deed's details: after "The massive cargo vessel became buoyant around 6:40 a.m. on Monday", the Banner's "Tugboats
/// began moving Dali around 7 a.m." and "Maryland Gov. Wes Moore watched the effort Monday morning from a boat" are
/// the refloat seen closer. Such an untyped event joins the article's one deed of its day. When the article tells two
/// deeds that day, which one a detail belongs to is not known, and it stays apart.
/// </summary>
internal static class ArticleDayDetails
{
    /// <summary>For each untyped event whose article tells exactly one deed on its day, that deed and the event.</summary>
    public static IEnumerable<IReadOnlyList<EventCluster>> Find(IReadOnlyList<EventCluster> events, string untypedType)
    {
        bool IsTypedDeed(MergeCandidate report) =>
            report.Contribution.Type != untypedType && report.Contribution.Type != EventKind.PlanType && SaidByDay.IsDeedOnADay(report);

        var deedsByArticleDay = new Dictionary<(string Article, DateOnly Day), HashSet<EventCluster>>();
        foreach (var deed in events.Where(e => e.AbsorbedBy is null && IsTypedDeed(e.Anchor)))
        {
            foreach (var member in deed.Members.Where(IsTypedDeed))
            {
                var key = (member.Contribution.ArticleId, member.Date!.Start);
                if (!deedsByArticleDay.TryGetValue(key, out var deeds))
                {
                    deedsByArticleDay[key] = deeds = [];
                }

                deeds.Add(deed);
            }
        }

        foreach (var detail in events.Where(e => e.AbsorbedBy is null && e.Anchor.Contribution.Type == untypedType && SaidByDay.IsDeedOnADay(e.Anchor)))
        {
            if (deedsByArticleDay.TryGetValue((detail.Anchor.Contribution.ArticleId, detail.Anchor.Date!.Start), out var deeds) && deeds.Count == 1)
            {
                yield return [deeds.Single(), detail];
            }
        }
    }
}
