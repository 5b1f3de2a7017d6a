namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// A name ending in an organization word ("Unification Ministry", "Human Rights Watch", "Alameda Research"), holding
/// one that counts anywhere ("U.S. Army Corps of Engineers"), right after a lower-case kind of organization ("the
/// firm Penwarden Gray") or between "the" and one ("the Penwarden company") is an organization.
/// </summary>
public sealed class OrganizationRule : IActorRule
{
    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        var words = span.Words.Select(t => t.Text).ToList();
        var isOrganization = (lexicon.OrganizationHeads.Contains(words[^1]) && (words.Count > 1 || span.Before() is { Text: "the" or "The" }))
            || words.Skip(1).Any(lexicon.OrganizationInnerHeads.Contains)
            || RuleText.IsLowerWordOf(span.Before(), lexicon.OrganizationKinds)
            || (span.Before() is { Text: "the" or "The" } && RuleText.IsLowerWordOf(span.After(), lexicon.OrganizationKinds));
        return isOrganization ? [span.Mention(span.Surface, ActorType.Organization, "organization-head")] : null;
    }
}
