namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// Names of places by their head word: "Patapsco River", "Fort McHenry Channel", "Port of Baltimore", and a
/// lower-case head right after the name ("Jilin province", "the Key bridge" → "Key Bridge").
/// </summary>
public sealed class LocationRule : IActorRule
{
    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        var words = span.Words.Select(t => t.Text).ToList();
        if (words.Count > 1 && (lexicon.LocationHeads.Contains(words[^1]) || (lexicon.LocationHeads.Contains(words[0]) && words[1] == "of")))
        {
            return [span.Mention(span.Surface, ActorType.Location, "location-head")];
        }

        if (span.After() is { } next && RuleText.IsLowerWordOf(next, lexicon.LocationHeads))
        {
            var end = next.End;
            return [new RawMention(span.Start, end - span.Start, span.SourceText[span.Start..end], $"{span.Surface} {RuleText.TitleCase(next.Text)}", ActorType.Location, "location-head-after")];
        }

        return null;
    }
}
