namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>An all-capitals word of 2–6 letters ("FTX", "USACE", "NATO") is an organization, unless it is a known abbreviation.</summary>
/// <remarks>
/// A word of a run of all-capitals words is no acronym: "SANTA LUCIA, Calif." and "NEW YORK (Reuters)" are datelines
/// written in capitals, and their last word alone names nothing. Nor is a dateline's single word: "GENEVA (Reuters) -",
/// "GENEVA | Thu Jun 11, 2009" and a line that opens with "CAIRO - " name where the story was filed; taken for an
/// organization, the city became the speaker of the lead ("GENEVA (Reuters) - The World Health Organization declared …").
/// So is a line's first word before a comma, a date and a dash ("CASTEL, Sunday 6 April 2025 —").
/// </remarks>
public sealed partial class AcronymRule : IActorRule
{
    public const string RuleName = "acronym";

    private static readonly HashSet<string> NotOrganizations = ActorWords.Of("not-organizations", StringComparer.Ordinal);

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        if (span.Count != 1)
        {
            return null;
        }

        var token = span.Tokens[span.First];
        if (span.Before() is { IsWord: true, IsAllCaps: true } || span.After() is { IsWord: true, IsAllCaps: true })
        {
            return null;
        }

        if (IsDatelinePlace(span))
        {
            return null;
        }

        var letters = token.Text.Count(char.IsLetter);
        return token.IsAllCaps && letters is >= 2 and <= 6 && !token.Text.Any(char.IsDigit) && !token.Text.Contains('.', StringComparison.Ordinal) && !NotOrganizations.Contains(token.Text)
            ? [span.Mention(token.Text, ActorType.Organization, RuleName)]
            : null;
    }

    private static bool IsDatelinePlace(NameSpan span)
    {
        var after = span.SourceText.AsSpan(span.End);
        return AgencyAndDash().IsMatch(after) || (span.OpensLine && (Dash().IsMatch(after) || CommaDateAndDash().IsMatch(after))) || Bar().IsMatch(after);
    }

    /// <summary>", Sunday 6 April 2025 —", ", May 14, 2025 (Wire) -": a dateline's date, perhaps its agency, and its dash.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\A,[^\n\d]{0,30}\d[^\n]{0,20}?(?:\([A-Z][^()\n]{0,40}\)[ \t]*)?[-\u2013\u2014][ \t]")]
    private static partial System.Text.RegularExpressions.Regex CommaDateAndDash();

    /// <summary>"(Reuters) -", "(AP) —": the agency of a dateline and its dash.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\A[ \t]*\([A-Z][^()\n]{0,40}\)[ \t]*[-\u2013\u2014]")]
    private static partial System.Text.RegularExpressions.Regex AgencyAndDash();

    [System.Text.RegularExpressions.GeneratedRegex(@"\A[ \t]+[-\u2013\u2014][ \t]")]
    private static partial System.Text.RegularExpressions.Regex Dash();

    /// <summary>"GENEVA | Thu Jun 11, 2009": a wire page's place and time.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\A[ \t]*\|")]
    private static partial System.Text.RegularExpressions.Regex Bar();
}
