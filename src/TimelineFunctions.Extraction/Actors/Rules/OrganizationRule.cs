namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// A name ending in an organization word ("Unification Ministry", "Human Rights Watch", "Alameda Research"), holding
/// one before "of" or "for" ("Department of Justice", "U.S. Centers for Disease Control"), holding
/// one that counts anywhere ("U.S. Army Corps of Engineers"), right after a lower-case kind of organization ("the
/// firm Penwarden Gray"), between "the" and one ("the Penwarden company", "the Amalgamated Rail Trades union"), or before a word only organizations have
/// ("Halvorsen shares fell", "Corvane chief executive …") or a legal form after a comma ("Halvorsen Brenn, Inc.") is
/// an organization. A place before a lower-case kind of
/// court and "court" names that court ("Manhattan federal court").
/// </summary>
public sealed class OrganizationRule : IActorRule
{
    private static readonly HashSet<string> Followers = ActorWords.Of("organization-followers", StringComparer.Ordinal);

    private static readonly HashSet<string> KindsAfter = ActorWords.Of("organization-kinds-after", StringComparer.Ordinal);

    private static readonly HashSet<string> CourtKinds = ActorWords.Of("court-kinds", StringComparer.Ordinal);

    private static readonly HashSet<string> CorporateSuffixes = ActorWords.Of("corporate-suffixes", StringComparer.Ordinal);

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        if (RuleText.IsLowerWordOf(span.After(), CourtKinds) && span.After(2) is { Text: "court" } court)
        {
            // "in Manhattan federal court": the place names the court.
            var end = court.End;
            var surface = span.SourceText[span.Start..end];
            return [new RawMention(span.Start, end - span.Start, surface, surface, ActorType.Organization, "place-court")];
        }

        var words = span.Words.Select(t => t.Text).ToList();
        var isOrganization = (lexicon.OrganizationHeads.Contains(words[^1]) && (words.Count > 1 || span.Before() is { Text: "the" or "The" }))
            || IsHeadOfItsName(words, lexicon)
            || words.Skip(1).Any(lexicon.OrganizationInnerHeads.Contains)
            || RuleText.IsLowerWordOf(span.Before(), lexicon.OrganizationKinds)
            || (span.Before() is { Text: "the" or "The" } && (RuleText.IsLowerWordOf(span.After(), lexicon.OrganizationKinds) || RuleText.IsLowerWordOf(span.After(), KindsAfter)))
            || (RuleText.IsLowerWordOf(span.After(), Followers) && span.Words.All(t => t.IsCapitalized))
            || (span.After() is { Text: "," } && span.After(2) is { } suffix && CorporateSuffixes.Contains(suffix.Text.TrimEnd('.')));
        return isOrganization ? [span.Mention(span.Surface, ActorType.Organization, "organization-head")] : null;
    }

    /// <summary>
    /// A head word before "of" or "for" inside the name, in title case too: "Department of Justice", "Bank Of
    /// England", "Institute for Fiscal Studies", "U.S. Centers for Disease Control and Prevention". Without it the
    /// head alone was the organization and the rest of the name a person ("Disease Control").
    /// </summary>
    private static bool IsHeadOfItsName(List<string> words, ActorLexicon lexicon)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i + 1] is "of" or "for" or "Of" or "For"
                && (lexicon.OrganizationHeads.Contains(words[i]) || (words[i].EndsWith('s') && lexicon.OrganizationHeads.Contains(words[i][..^1]))))
            {
                return true;
            }
        }

        return false;
    }
}
