using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Application.Queries;

/// <summary>
/// A story's actors, one entry per real-world actor, from every article's actors and the events that name them.
/// </summary>
/// <remarks>
/// Articles are resolved one at a time, so an article that names a person only as "Mr Ban" or "Obama" gives an actor
/// of its own. Across the story such a name joins the one person the story names in full with that surname ("Ban
/// Ki-moon", "Barack Obama"), as an alias; when two people share it ("Mrs Clinton" with Bill and Hillary Clinton),
/// which one is meant is not known, and it stays apart.
/// </remarks>
public static class StoryActors
{
    public static IReadOnlyList<StoryActorSummary> Summarize(IReadOnlyList<ActorContribution> contributions, IEnumerable<TimelineEvent> events)
    {
        var byId = contributions.GroupBy(a => a.ActorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var into = SurnamesToFullNames(byId);
        var groups = byId.GroupBy(kv => into.GetValueOrDefault(kv.Key, kv.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(kv => kv.Value).ToList(), StringComparer.Ordinal);
        var eventCounts = events
            .SelectMany(e => e.Actors.Select(a => into.GetValueOrDefault(a.Id, a.Id)).Distinct(StringComparer.Ordinal))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        return [.. groups
            .Select(g => Merge(g.Key, byId[g.Key], g.Value, eventCounts.GetValueOrDefault(g.Key)))
            .OrderByDescending(a => a.EventCount)
            .ThenBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>Person ids named by a surname alone (perhaps after "Mr", "Dr" …), each to the one full name with that surname.</summary>
    private static Dictionary<string, string> SurnamesToFullNames(Dictionary<string, List<ActorContribution>> byId)
    {
        var people = byId.Where(kv => kv.Value[0].Type == "person").Select(kv => (Id: kv.Key, Words: NameWords(kv.Value[0].Name))).ToList();
        var fullNames = people.Where(p => p.Words.Length >= 2 && !IsHonorific(p.Words[0])).ToList();
        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, words) in people)
        {
            var surname = words switch
            {
                [var only] => only,
                [var honorific, var last] when IsHonorific(honorific) => last,
                _ => null,
            };
            if (surname is null)
            {
                continue;
            }

            var bearers = fullNames.Where(p => p.Id != id && (Same(p.Words[0], surname) || Same(p.Words[^1], surname))).Take(2).ToList();
            if (bearers.Count == 1)
            {
                into[id] = bearers[0].Id;
            }
        }

        return into;
    }

    private static StoryActorSummary Merge(string id, List<ActorContribution> own, List<ActorContribution> all, int eventCount)
    {
        // The canonical name is the one most of its own articles use; ties go to the longer (fuller) name.
        var name = own.GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        // One sense per name, the stronger cue winning: an article's cue ("Halvorsen Brenn, Inc.", "near Velmont Ford")
        // outvotes any number of articles that only took two capitalized words for a person's name.
        var typed = own.Where(m => !m.TypeIsGuess).ToList() is { Count: > 0 } cued ? cued : own;
        var type = typed.GroupBy(m => m.Type, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var aliases = all.SelectMany(m => m.Aliases.Append(m.Name)).Where(a => a != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var roles = all.SelectMany(m => m.Roles).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return new StoryActorSummary(id, name, type, aliases, roles, eventCount);
    }

    private static string[] NameWords(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"Mr", "Mrs.", "Dr": a title of address (from the titles lexicon, with or without its dot).</summary>
    private static bool IsHonorific(string word) =>
        ActorLexicon.Default.Titles.Words.Contains(word.TrimEnd('.') + ".");

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
