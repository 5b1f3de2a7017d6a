using System.Text.RegularExpressions;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>
/// Finds boilerplate leaks among the system events that match no gold event or undated item: events whose quote
/// overlaps a fragment quoted in a gold <c>non_events</c> entry of that article
/// (<see cref="TextOverlap.FragmentOverlap"/>), provided the fragment occurs at most once in the article (a phrase
/// such as 'on Monday' that the body uses too cannot tell a teaser from the story).
/// </summary>
/// <remarks>
/// Position alone is no evidence: gold quotes do not cover the whole story, so a story sentence after the last gold
/// quote is an extra event (it lowers precision), not a leak. Events that support a gold event are never leaks:
/// their date is judged by the date metric instead.
/// </remarks>
public sealed partial class LeakDetector(Func<string, string> goldArticleOf)
{
    public IReadOnlyList<Leak> Detect(GoldStory gold, IReadOnlyList<Assignment> assignments, IReadOnlyDictionary<string, string> rawTexts)
    {
        var fragments = gold.NonEvents.SelectMany(ParseNonEvent).ToList();
        var leaks = new List<Leak>();
        foreach (var assignment in assignments.Where(a => !a.IsCorrect))
        {
            var leak = assignment.Event.Sources.Select(source => Check(assignment.Event, source, fragments, rawTexts)).FirstOrDefault(l => l is not null);
            if (leak is not null)
            {
                leaks.Add(leak);
            }
        }

        return leaks;
    }

    /// <summary>
    /// The quoted fragments of one non-event entry, split at ellipses, each with the articles its part of the entry
    /// names ("01-northwire: ...; 05: ..." names 01-northwire for the first part and 05 for the second).
    /// </summary>
    public static IReadOnlyList<NonEventFragment> ParseNonEvent(string entry) =>
        [.. EntryPart().Split(entry).SelectMany(ParsePart)];

    private static IEnumerable<NonEventFragment> ParsePart(string part)
    {
        var articles = new List<string>();
        var colon = part.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            var tokens = ArticleSeparator().Split(part[..colon].Trim());
            if (tokens.All(t => ArticleToken().IsMatch(t)))
            {
                articles.AddRange(tokens);
            }
        }

        return QuotedFragment().Matches(part)
            .Select(m => m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value)
            .SelectMany(q => q.Split(["...", "\u2026"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(q => q.Length >= 3)
            .Select(q => new NonEventFragment(articles, q));
    }

    private Leak? Check(
        TimelineEvent system,
        EventSource source,
        List<NonEventFragment> fragments,
        IReadOnlyDictionary<string, string> rawTexts)
    {
        var article = goldArticleOf(source.ArticleId);
        var raw = rawTexts.TryGetValue(article, out var text) ? TextOverlap.Normalize(text) : null;
        var fragment = fragments.FirstOrDefault(f => f.AppliesTo(article)
            && TextOverlap.FragmentOverlap(source.Quote, f.Text) > 0
            && (raw is null || Occurrences(raw, TextOverlap.Normalize(f.Text)) <= 1));
        return fragment is null ? null : new Leak(system, article, source.Quote, $"matches non-event '{fragment.Text}'");
    }


    private static int Occurrences(string text, string fragment)
    {
        var count = 0;
        for (var at = text.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fragment, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@";\s+(?=\d{2}[A-Za-z0-9/, -]*:\s)")]
    private static partial Regex EntryPart();

    [GeneratedRegex(@"\s*[,/]\s*")]
    private static partial Regex ArticleSeparator();

    [GeneratedRegex(@"^\d{2}(-[A-Za-z0-9-]+)?$")]
    private static partial Regex ArticleToken();

    // 'single', ‘typographic’, "double" and “typographic double” quotes; an apostrophe inside a word (It's) never
    // opens or closes one.
    [GeneratedRegex("(?<![\\w'])'((?:[^']|(?<=\\w)'(?=\\w))+?)'(?![\\w])|\u2018(.+?)\u2019(?!\\w)|\"([^\"]+)\"|\u201C(.+?)\u201D")]
    private static partial Regex QuotedFragment();
}
