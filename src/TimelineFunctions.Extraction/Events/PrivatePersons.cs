using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// People a page quotes for colour: a passenger, a resident, a neighbour ("said Mira Colquhoun, 34, who was travelling
/// to Ostvale"). What they say is no development of the story, so it makes no statement.
/// </summary>
/// <remarks>
/// A person is one when the page gives them no role, names them at most twice, and describes one of their mentions
/// with an age ("Ferris Lundquist, 58,") or a private life (`[private-descriptions]`: "who lives", "a passenger" …). A
/// party to the story named once with an age ("Bankman-Fried, 32,") is named more often, or has a role.
/// </remarks>
internal static partial class PrivatePersons
{
    private const int MaxMentions = 2;

    private static readonly string[] Descriptions = [.. EventWords.Of("private-descriptions")];

    public static IReadOnlySet<string> Find(string text, ActorAnalysis actors)
    {
        HashSet<string>? found = null;
        var people = actors.Actors.Where(a => a.Type == ActorType.Person && a.Roles.Count == 0).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var group in actors.Mentions.Where(m => people.Contains(m.ActorId)).GroupBy(m => m.ActorId))
        {
            var mentions = group.ToList();
            if (mentions.Count <= MaxMentions && mentions.Exists(m => IsDescribedAsPrivate(text, m.Start + m.Length)))
            {
                (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(group.Key);
            }
        }

        return found ?? (IReadOnlySet<string>)new HashSet<string>();
    }

    private static bool IsDescribedAsPrivate(string text, int end)
    {
        if (end >= text.Length || text[end] != ',')
        {
            return false;
        }

        var after = text.AsSpan(end + 1).TrimStart();
        if (Age().IsMatch(after))
        {
            return true;
        }

        foreach (var description in Descriptions)
        {
            if (after.StartsWith(description, StringComparison.OrdinalIgnoreCase) && (after.Length == description.Length || !char.IsLetter(after[description.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"34," or "aged 34," right after the name's comma, or "a 24-year-old".</summary>
    [GeneratedRegex(@"\A(?:(?:aged\s+)?\d{1,3}\s*,|an?\s+\d{1,3}-year-old\b)")]
    private static partial Regex Age();
}
