using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// Roles from appositives around a person's name: "Koo Byoung-sam, a spokesman for South Korea's Unification Ministry,"
/// and "The Chinese ministry spokesman, Wang Wenbin,".
/// </summary>
/// <remarks>
/// A phrase counts as a role only when it holds a title or role word from the lexicon.
/// </remarks>
public static partial class RoleFinder
{
    public static List<RawMention> AddAppositiveRoles(string text, IEnumerable<RawMention> mentions, ActorLexicon lexicon)
    {
        var result = new List<RawMention>();
        foreach (var mention in mentions)
        {
            if (mention.Type != ActorType.Person || mention.Role is not null)
            {
                result.Add(mention);
                continue;
            }

            var role = After(text, mention, lexicon) ?? Before(text, mention, lexicon);
            result.Add(role is null ? mention : mention with { Role = role });
        }

        return result;
    }

    private static string? After(string text, RawMention mention, ActorLexicon lexicon)
    {
        var match = RoleAfter().Match(text, mention.End, Math.Min(160, text.Length - mention.End));
        return match.Success && lexicon.HasTitleWord(match.Groups["role"].Value) ? match.Groups["role"].Value.Trim() : null;
    }

    private static string? Before(string text, RawMention mention, ActorLexicon lexicon)
    {
        var from = Math.Max(0, mention.Start - 120);
        if (!text.AsSpan(from, mention.Start - from).TrimEnd().EndsWith(','))
        {
            // The pattern ends in ",\s*$": without a comma right before the name it cannot match.
            return null;
        }

        var match = RoleBefore().Match(text[from..mention.Start]);
        return match.Success && lexicon.HasTitleWord(match.Groups["role"].Value) ? match.Groups["role"].Value.Trim() : null;
    }

    [GeneratedRegex(@"\G,\s+(?:a|an|the|his|her|their)\s+(?<role>[^,.;:\n""\u201C\u201D]{2,120}?)(?=[,.;:\n]|\s+(?:said|says|told)\b)")]
    private static partial Regex RoleAfter();

    [GeneratedRegex(@"(?:^|[.;:\n""\u201C]\s*|,\s+)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?<role>[^,.;:\n""\u201C\u201D]{2,80}),\s*$")]
    private static partial Regex RoleBefore();
}
