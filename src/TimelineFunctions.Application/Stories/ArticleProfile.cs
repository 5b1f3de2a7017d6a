using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Application.Stories;

/// <summary>
/// What an article is about, as a set of terms "kind:value": its actors ("person:sam-bankman-fried", kinds from
/// <see cref="ActorType"/>), the content words of its headline and its most frequent content words ("word:trial"),
/// and the ISO week it reports on ("week:2023-W40"), from its publication date or else its median event date.
/// </summary>
/// <remarks>
/// Story profiles count these terms over a story's articles.
/// </remarks>
public static partial class ArticleProfile
{
    public const string WeekKind = "week";

    /// <summary>How many of the article's most frequent content words count as key terms besides its headline's.</summary>
    private const int KeyWordCount = 8;

    /// <summary>How many of the article's actors count: the most often named.</summary>
    private const int MaxActors = 12;

    public static IReadOnlyList<string> Terms(ArticleAnalysis analysis, ProfileVocabulary vocabulary)
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        // The actors named most often (then first) say what the article is about; a long tail of names once
        // mentioned would only dilute its similarity to the stories it belongs to.
        var mentions = analysis.ActorMentions.GroupBy(m => m.ActorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), First: g.Min(m => m.Start)), StringComparer.Ordinal);
        var salient = analysis.Actors
            .OrderByDescending(a => mentions.GetValueOrDefault(a.Id).Count)
            .ThenBy(a => mentions.TryGetValue(a.Id, out var m) ? m.First : int.MaxValue)
            .Take(MaxActors);
        foreach (var actor in salient)
        {
            terms.Add($"{actor.Type.ToString().ToLowerInvariant()}:{actor.Id}");
        }

        var headline = analysis.Cleaned.Headline ?? analysis.Raw.Title;
        foreach (var word in ContentWords(headline ?? "", vocabulary))
        {
            terms.Add($"word:{word}");
        }

        var frequent = ContentWords(analysis.Cleaned.Text, vocabulary)
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(KeyWordCount);
        foreach (var group in frequent)
        {
            terms.Add($"word:{group.Key}");
        }

        if (ReportedDay(analysis) is { } day)
        {
            terms.Add(WeekTerm(day));
        }

        return [.. terms];
    }

    public static string WeekTerm(DateOnly day) =>
        $"{WeekKind}:{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture)}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)).ToString("00", CultureInfo.InvariantCulture)}";

    /// <summary>The Monday of a week term's week, or null for another kind of term.</summary>
    public static DateOnly? WeekStart(string term)
    {
        var match = WeekPattern().Match(term);
        return match.Success
            ? DateOnly.FromDateTime(ISOWeek.ToDateTime(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), DayOfWeek.Monday))
            : null;
    }

    private static DateOnly? ReportedDay(ArticleAnalysis analysis)
    {
        if (analysis.Publication.Date is { } published)
        {
            return published.Date;
        }

        var starts = analysis.Events.Where(e => e.Date is not null).Select(e => e.Date!.Start).Order().ToList();
        return starts.Count == 0 ? null : starts[starts.Count / 2];
    }

    private static IEnumerable<string> ContentWords(string text, ProfileVocabulary vocabulary) =>
        Word().Matches(text)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length >= 4 && !vocabulary.Stopwords.Contains(w));

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’-]*\p{L}")]
    private static partial Regex Word();

    [GeneratedRegex(@"^week:(\d{4})-W(\d{2})$")]
    private static partial Regex WeekPattern();
}
