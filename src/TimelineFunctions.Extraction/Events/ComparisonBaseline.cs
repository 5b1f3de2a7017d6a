using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A date that is only the baseline of a record comparison dates nothing: in "the highest level since 2008" or "the
/// worst year for insolvencies since the 2007–2008 financial crisis" the year says how rare the figure is, not when
/// anything happened.
/// </summary>
/// <remarks>
/// Such a date (or either end of a range of years) follows "since" (and maybe "the") within a few words of a
/// superlative (Resources/Events/word-classes.txt, [superlatives]).
/// </remarks>
public static class ComparisonBaseline
{
    /// <summary>Words between the superlative and "since" at most ("the highest number of closures since").</summary>
    private const int MaxWordsBetween = 6;

    private static readonly Regex Before = new(
        $@"\b(?:{string.Join('|', EventWords.Of("superlatives").Select(Regex.Escape))})\b(?:[\s,]+[\w'’-]+){{0,{MaxWordsBetween}}}?[\s,]+since(?:\s+the)?\s*(?:\d{{4}}\s*[–-]\s*)?\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    /// <summary>How far back the comparison is looked for, in characters.</summary>
    private const int Window = 120;

    public static bool Holds(string text, Temporal.TemporalExpression timex)
    {
        var from = Math.Max(0, timex.Start - Window);
        var before = text.AsSpan(from, timex.Start - from);

        // Every date is tested: without "since" ("nce" in any case, which only ASCII letters spell) there is no match to look for.
        return before.Contains("nce", StringComparison.OrdinalIgnoreCase) && Before.IsMatch(before);
    }
}
