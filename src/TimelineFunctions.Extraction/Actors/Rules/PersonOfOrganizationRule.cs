namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// A person's name, "of" and an organization ("Nell Quarrie of Tessary River Watch") are two actors: the person and
/// the organization.
/// </summary>
/// <remarks>
/// Runs before <see cref="OrganizationRule"/>, which would take the whole run for the organization its head word
/// ends. The name before "of" has two to four words no other rule knows ("Bank of England" has one); the part after
/// it must be an organization by <see cref="OrganizationRule"/>, so a place after "of" ("Velmont Ford of Canada")
/// leaves the run to the other rules.
/// </remarks>
public sealed class PersonOfOrganizationRule : IActorRule
{
    public const string RuleName = "person-of-organization";

    private static readonly OrganizationRule Organizations = new();

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        for (var i = span.First + 2; i < span.Last; i++)
        {
            if (span.Tokens[i].Text != "of")
            {
                continue;
            }

            var person = span.Slice(span.First, i - 1);
            var organization = span.Slice(i + 1, span.Last);
            return person.Count <= 4 && PersonNameRule.LooksLikePersonName(person, lexicon) && Organizations.Apply(organization, lexicon) is { Count: > 0 } named
                ? [person.Mention(person.Surface, ActorType.Person, RuleName), .. named]
                : null;
        }

        return null;
    }
}
