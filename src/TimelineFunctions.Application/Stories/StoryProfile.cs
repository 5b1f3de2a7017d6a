namespace TimelineFunctions.Application.Stories;

/// <summary>
/// What a story is about, for placing articles that arrive without a folder: how many of its processed articles
/// carry each profile term (see <see cref="ArticleProfile"/>), and how many articles it has.
/// </summary>
/// <remarks>
/// Kept up to date incrementally as articles are saved, changed, withdrawn and moved. <see cref="MergedInto"/>
/// names the story a duplicate generated story was merged into; such a story takes no new articles.
/// </remarks>
public sealed record StoryProfile(
    string StoryId,
    string? Title,
    int ArticleCount,
    IReadOnlyDictionary<string, int> Terms,
    DateTimeOffset CreatedAt,
    string? MergedInto = null)
{
    /// <summary>Started by an article without a folder (a generated id), rather than by a folder or a move.</summary>
    public bool Generated { get; init; }

    /// <summary>At most this many distinct terms are kept; past it, terms held by a single article are dropped first.</summary>
    public const int MaxTerms = 3000;

    public static StoryProfile Empty(string storyId, string? title, DateTimeOffset createdAt) =>
        new(storyId, title, 0, new Dictionary<string, int>(StringComparer.Ordinal), createdAt);

    /// <summary>The profile with one article's terms taken out (<paramref name="removed"/>) and another's put in.</summary>
    public StoryProfile Apply(IReadOnlyList<string>? removed, IReadOnlyList<string>? added)
    {
        var terms = new Dictionary<string, int>(Terms, StringComparer.Ordinal);
        foreach (var term in removed ?? [])
        {
            if (terms.TryGetValue(term, out var count))
            {
                if (count <= 1)
                {
                    terms.Remove(term);
                }
                else
                {
                    terms[term] = count - 1;
                }
            }
        }

        foreach (var term in added ?? [])
        {
            terms[term] = terms.GetValueOrDefault(term) + 1;
        }

        if (terms.Count > MaxTerms)
        {
            terms = terms.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxTerms)
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }

        var articleCount = ArticleCount - (removed is null ? 0 : 1) + (added is null ? 0 : 1);
        return this with { ArticleCount = Math.Max(0, articleCount), Terms = terms };
    }

    /// <summary>The first and last day of the weeks the story's articles report on, or null when none is dated.</summary>
    public (DateOnly First, DateOnly Last)? Window()
    {
        var weeks = Terms.Keys.Select(ArticleProfile.WeekStart).OfType<DateOnly>().ToList();
        return weeks.Count == 0 ? null : (weeks.Min(), weeks.Max().AddDays(6));
    }
}
