namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>An all-capitals word of 2–6 letters ("FTX", "USACE", "NATO") is an organization, unless it is a known abbreviation.</summary>
/// <remarks>
/// A word of a run of all-capitals words is no acronym: "SANTA LUCIA, Calif." and "NEW YORK (Reuters)" are datelines
/// written in capitals, and their last word alone names nothing.
/// </remarks>
public sealed class AcronymRule : IActorRule
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

        var letters = token.Text.Count(char.IsLetter);
        return token.IsAllCaps && letters is >= 2 and <= 6 && !token.Text.Any(char.IsDigit) && !token.Text.Contains('.', StringComparison.Ordinal) && !NotOrganizations.Contains(token.Text)
            ? [span.Mention(token.Text, ActorType.Organization, RuleName)]
            : null;
    }
}
