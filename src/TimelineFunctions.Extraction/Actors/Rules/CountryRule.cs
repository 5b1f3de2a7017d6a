namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>Country names ("South Korea", "the Bahamas", "U.S.") are countries.</summary>
/// <remarks>
/// A capital stands for its country's government ("Beijing had deported", "pleas from Seoul"), except after "in", "at"
/// and the like, where it is the place ("talks in Seoul").
/// </remarks>
public sealed class CountryRule : IActorRule
{

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        var surface = span.Surface;
        if (!lexicon.CountryNames.ContainsKey(surface) && !lexicon.Capitals.ContainsKey(surface) && span.Words.All(t => t.IsAllCaps))
        {
            surface = RuleText.TitleCase(surface.ToLowerInvariant()); // a dateline in capitals: "SEOUL"
        }

        if (lexicon.CountryNames.TryGetValue(surface, out var country))
        {
            return [span.Mention(country.Name, ActorType.Country, "country")];
        }

        if (lexicon.Capitals.TryGetValue(surface, out var governed))
        {
            return span.Before() is { } before && RuleText.PlacePrepositions.Contains(before.Text)
                || IsDateline(span)
                ? [span.Mention(surface, ActorType.Location, "capital-as-place")]
                : [span.Mention(governed.Name, ActorType.Country, "capital-as-government")];
        }

        return null;
    }

    /// <summary>"SEOUL:" or "SEOUL, Oct 13 (Reuters) -" at the start of a line names where the story was filed.</summary>
    private static bool IsDateline(NameSpan span) =>
        span.OpensLine && span.After() is { Text: ":" or "," or "(" or "-" or "\u2014" or "\u2013" };
}
