using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// People a page quotes for colour or comment: a passenger, a resident, a neighbour ("said Mira Colquhoun, 34, who was
/// travelling to Ostvale"), or an outside commentator ("said Frieda Coughlan, a transport analyst at Corvel Partners").
/// What they say is no development of the story, so it makes no statement.
/// </summary>
/// <remarks>
/// A person is one when the page names them at most twice and either gives them no role and describes one of their
/// mentions with an age ("Ferris Lundquist, 58,"), a private life (`[private-descriptions]`: "who lives", "a passenger"
/// …) or a commentator's work (`[commentator-words]`: "who teaches maritime law"), or gives them only commentators'
/// roles ("transport analyst", "Professor"). A party to the story named once with an age ("Bankman-Fried, 32,") is
/// named more often, or has a role of the story.
/// </remarks>
internal static partial class QuotedForColour
{
    private const int MaxMentions = 2;

    /// <summary>Words at most into a description after "Name, " where a commentator's word tells their work ("a food-industry analyst").</summary>
    private const int CommentatorWordsIn = 4;

    private static readonly string[] Descriptions = [.. EventWords.Of("private-descriptions")];
    private static readonly MarkerPhrases CommentatorWords = EventWords.Phrases("commentator-words");

    public static IReadOnlySet<string> Find(string text, ActorAnalysis actors)
    {
        HashSet<string>? found = null;
        var people = actors.Actors.Where(a => a.Type == ActorType.Person).ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var group in actors.Mentions.Where(m => people.ContainsKey(m.ActorId)).GroupBy(m => m.ActorId))
        {
            var mentions = group.ToList();
            var roles = people[group.Key].Roles;
            if (mentions.Count <= MaxMentions && (roles.Count == 0
                ? mentions.Exists(m => IsDescribedAsPrivate(text, m.Start + m.Length) || IsDescribedAsCommentator(text, m.Start + m.Length))
                : roles.All(role => EventWords.ContainsAny(role, CommentatorWords))))
            {
                (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(group.Key);
            }
        }

        return found ?? (IReadOnlySet<string>)new HashSet<string>();
    }

    /// <summary>What follows "Name, " when a comma follows the mention ending at <paramref name="end"/>; empty otherwise.</summary>
    private static ReadOnlySpan<char> DescriptionAfter(string text, int end) =>
        end < text.Length && text[end] == ',' ? text.AsSpan(end + 1).TrimStart() : [];

    private static bool IsDescribedAsPrivate(string text, int end)
    {
        var after = DescriptionAfter(text, end);
        if (after.IsEmpty)
        {
            return false;
        }

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

    /// <summary>Whether the description after "Name, " tells a commentator's work in its first words ("who teaches law", "a food-industry analyst").</summary>
    private static bool IsDescribedAsCommentator(string text, int end)
    {
        var after = DescriptionAfter(text, end);
        var stop = after.IndexOfAny(",.;");
        var description = stop < 0 ? after : after[..stop];
        var firstWords = 0;
        for (var word = 0; word < CommentatorWordsIn && firstWords < description.Length; word++)
        {
            var space = description[firstWords..].IndexOf(' ');
            firstWords = space < 0 ? description.Length : firstWords + space + 1;
        }

        return EventWords.ContainsAny(description[..firstWords], CommentatorWords);
    }

    /// <summary>"34," or "aged 34," right after the name's comma, or "a 24-year-old".</summary>
    [GeneratedRegex(@"\A(?:(?:aged\s+)?\d{1,3}\s*,|an?\s+\d{1,3}-year-old\b)")]
    private static partial Regex Age();
}
