using System.Globalization;
using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Application.Stories;

/// <summary>Scores an article's profile terms against story profiles.</summary>
/// <remarks>
/// The similarity is the share of the article's term weight that a story covers: Σ w(t)·idf(t)·cover(t) / Σ
/// w(t)·idf(t) over the article's terms, where w is the kind's weight (people and organisations strong, countries
/// weak), idf discounts terms many stories share, and cover is the fraction of the story's articles holding the
/// term, saturating at half of them. An article dated far outside the story's weeks has its score discounted, so
/// the same people in another season count for less, while sharing a week adds nothing. An article joins a story
/// only when the similarity reaches the threshold and the shared terms include an anchor: a person, organisation,
/// group, place or object (kinds weighing at least <see cref="StoryAssignmentOptions.AnchorWeight"/>). Countries
/// and vocabulary alone never join stories.
/// </remarks>
public sealed class StoryAssigner(StoryAssignmentOptions options, ProfileVocabulary vocabulary)
{
    public StoryAssignmentOptions Options { get; } = options;

    /// <summary>Every live story's score for these terms, best first (ties by story id).</summary>
    public IReadOnlyList<StoryScore> Rank(IReadOnlyList<string> articleTerms, IReadOnlyList<StoryProfile> profiles)
    {
        var live = profiles.Where(p => p.MergedInto is null && p.ArticleCount > 0).ToList();
        if (live.Count == 0)
        {
            return [];
        }

        var evidence = articleTerms.Where(t => vocabulary.WeightOf(t) > 0).Distinct(StringComparer.Ordinal).ToList();
        var idf = evidence.ToDictionary(
            t => t,
            t => Math.Log(1 + ((live.Count + 1.0) / (1 + live.Count(p => ArticlesNaming(p, t) > 0)))),
            StringComparer.Ordinal);
        var total = evidence.Sum(t => vocabulary.WeightOf(t) * idf[t]);
        if (total <= 0)
        {
            return [];
        }

        var day = articleTerms.Select(ArticleProfile.WeekStart).OfType<DateOnly>().FirstOrDefault();
        return [.. live.Select(profile =>
            {
                var shared = evidence
                    .Select(t => (Term: t, Value: vocabulary.WeightOf(t) * idf[t] * Cover(profile, t)))
                    .Where(x => x.Value > 0)
                    .OrderByDescending(x => x.Value).ThenBy(x => x.Term, StringComparer.Ordinal)
                    .ToList();
                var score = shared.Sum(x => x.Value) / total * WindowFactor(profile, day);
                var anchored = shared.Any(x => vocabulary.WeightOf(x.Term) >= Options.AnchorWeight);
                return new StoryScore(profile.StoryId, Math.Round(score, 4), [.. shared.Take(6).Select(x => x.Term)], anchored);
            })
            .OrderByDescending(s => s.Score).ThenBy(s => s.StoryId, StringComparer.Ordinal)];
    }

    public bool Joins(StoryScore score) => score.Score >= Options.Threshold && score.SharesAnchor;

    /// <summary>The reason shown in the article view for an automatic decision.</summary>
    public string Explain(StoryScore? best, bool joined)
    {
        var score = best?.Score.ToString("0.00", CultureInfo.InvariantCulture);
        var threshold = Options.Threshold.ToString("0.00", CultureInfo.InvariantCulture);
        if (best is null)
        {
            return "No existing story to compare with: started a new story.";
        }

        var shared = best.SharedTerms.Count == 0 ? "nothing" : string.Join(", ", best.SharedTerms);
        return joined
            ? $"Similarity {score} to '{best.StoryId}' (threshold {threshold}); shared: {shared}."
            : !best.SharesAnchor && best.Score >= Options.Threshold
            ? $"Closest story '{best.StoryId}' has similarity {score} but shares no named person, body or place (shared: {shared}): started a new story."
            : $"Closest story '{best.StoryId}' has similarity {score}, below the threshold {threshold} (shared: {shared}): started a new story.";
    }

    private static double Cover(StoryProfile profile, string term) =>
        ArticlesNaming(profile, term) is var count and > 0 ? Math.Min(1, 2.0 * count / Math.Max(1, profile.ArticleCount)) : 0;

    /// <summary>
    /// How many of the story's articles hold the term. An actor counts under whatever kind each article gave it: one
    /// article's rules may type "Halvorsen Brenn" a company where another's took it for a person, and the name is
    /// still the same (each article names an actor once, under one kind, so the counts add up).
    /// </summary>
    private static int ArticlesNaming(StoryProfile profile, string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !ActorKinds.Contains(term[..colon]))
        {
            return profile.Terms.GetValueOrDefault(term);
        }

        var id = term[colon..];
        var count = 0;
        foreach (var kind in ActorKinds)
        {
            count += profile.Terms.GetValueOrDefault(kind + id);
        }

        return count;
    }

    private static readonly string[] ActorKinds = [.. Enum.GetNames<ActorType>().Select(n => n.ToLowerInvariant())];

    private double WindowFactor(StoryProfile profile, DateOnly day)
    {
        if (day == default || profile.Window() is not { } window)
        {
            return 1;
        }

        var outside = day < window.First ? window.First.DayNumber - day.DayNumber : day > window.Last ? day.DayNumber - window.Last.DayNumber : 0;
        var beyond = outside - Options.WindowSlackDays;
        return beyond <= 0 ? 1 : Math.Max(Options.FarOutFactor, 1 - ((1 - Options.FarOutFactor) * beyond / Options.WindowFadeDays));
    }
}
