namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// A demonym, or a country's possessive, before lower-case words: "North Korean defectors" (a group), "Chinese
/// authorities" (the country's government), "Chinese foreign ministry" / "South Korea's foreign ministry" (an
/// organization named after the country's adjective); "North Koreans" alone is a group.
/// </summary>
/// <remarks>
/// Other uses ("a Chinese man") name no actor.
/// </remarks>
public sealed class DemonymRule : IActorRule
{
    private static readonly HashSet<string> GovernmentWords = ActorWords.Of("government-words", StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        var surface = span.Surface;
        CountryEntry? country;
        var next = span.Last + 1;
        if (lexicon.Demonyms.TryGetValue(surface, out country))
        {
            if (surface.EndsWith('s') && !surface.EndsWith("ss", StringComparison.Ordinal))
            {
                return [span.Mention(surface, ActorType.Group, "demonym-plural")];
            }
        }
        else if (lexicon.CountryNames.TryGetValue(surface, out country) && span.After() is { Text: "'s" or "\u2019s" })
        {
            next++;
        }
        else
        {
            return null;
        }

        var adjective = country.Demonyms.FirstOrDefault(d => !d.EndsWith('s')) ?? country.Name;
        var tokens = span.Tokens;
        if (next < tokens.Count && GovernmentWords.Contains(tokens[next].Text))
        {
            return [Extend(span, next, country.Name, ActorType.Country, "demonym-government")];
        }

        if (lexicon.GroupNouns.PhraseAt(tokens, next, tokens.Count) is { } group && RuleText.IsLower(tokens[next]))
        {
            var end = next + group.Split(' ').Length - 1;
            return [Extend(span, end, $"{adjective} {group}", ActorType.Group, "demonym-group")];
        }

        for (var end = next; end < Math.Min(tokens.Count, next + 3) && RuleText.IsLower(tokens[end]); end++)
        {
            if (lexicon.OrganizationHeads.Contains(RuleText.TitleCase(tokens[end].Text)))
            {
                var words = string.Join(' ', tokens.Skip(next).Take(end - next + 1).Select(t => t.Text));
                return [Extend(span, end, $"{adjective} {RuleText.TitleCase(words)}", ActorType.Organization, "demonym-organization")];
            }
        }

        return lexicon.CountryNames.ContainsKey(surface) ? null : [];
    }

    private static RawMention Extend(NameSpan span, int lastToken, string name, ActorType type, string rule)
    {
        var end = span.Tokens[lastToken].End;
        return new RawMention(span.Start, end - span.Start, span.SourceText[span.Start..end], name, type, rule);
    }
}
