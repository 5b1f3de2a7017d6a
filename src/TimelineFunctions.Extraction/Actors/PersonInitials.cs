using TimelineFunctions.Extraction.Actors.Rules;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// An all-capitals word that spells the initials of a person the text names in full ("Sam Bankman-Fried" … "SBF",
/// "Alexandria Ocasio-Cortez" … "AOC") is that person's nickname, not an organization.
/// </summary>
public static class PersonInitials
{
    public const string RuleName = "initials";

    public static IReadOnlyList<RawMention> Apply(IReadOnlyList<RawMention> mentions)
    {
        var byInitials = mentions
            .Where(m => m.Type == ActorType.Person && m.Name.Contains(' ', StringComparison.Ordinal))
            .Select(m => m.Name)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(Of, StringComparer.Ordinal)
            .Where(g => g.Key.Length >= 2 && g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        if (byInitials.Count == 0)
        {
            return mentions;
        }

        return [.. mentions.Select(m => m.Rule == AcronymRule.RuleName && byInitials.TryGetValue(m.Name, out var person)
            ? m with { Name = person, Type = ActorType.Person, Rule = RuleName }
            : m)];
    }

    /// <summary>The capital initials of a name's words and of their hyphenated parts: "Sam Bankman-Fried" → "SBF".</summary>
    public static string Of(string name) => string.Concat(name
        .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
        .Where(part => char.IsUpper(part[0]))
        .Select(part => part[0]));
}
