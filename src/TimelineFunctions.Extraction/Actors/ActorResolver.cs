using TimelineFunctions.Extraction.Actors.Rules;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// Merges the mentions of one entity into one actor. Full names group by person id; a lone word joins the person
/// whose last (or first) name it is, the organization it starts, or the object it names, and is dropped when it
/// shortens nothing in the article. The canonical name is the fullest name used most often.
/// </summary>
public static class ActorResolver
{
    public static ActorAnalysis Resolve(IReadOnlyList<RawMention> mentions)
    {
        var groups = new Dictionary<string, List<RawMention>>(StringComparer.Ordinal);
        var singles = new List<RawMention>();
        var keys = new Dictionary<(string, ActorType), string>();
        foreach (var mention in mentions)
        {
            if (mention.Rule == SingleNameRule.SingleNameRuleName)
            {
                singles.Add(mention);
                continue;
            }

            if (!keys.TryGetValue((mention.Name, mention.Type), out var key))
            {
                keys[(mention.Name, mention.Type)] = key = Key(mention);
            }

            Add(groups, key, mention);
        }

        var names = groups.ToDictionary(
            g => g.Key,
            g => (Type: g.Value[0].Type, Words: g.Value.Select(m => m.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList()),
            StringComparer.Ordinal);
        foreach (var single in singles)
        {
            if (Shortens(groups, names, single) is { } key)
            {
                Add(groups, key, single);
            }
        }

        var actors = new List<Actor>();
        var actorMentions = new List<ActorMention>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, group) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var full = group.Where(m => m.Rule != SingleNameRule.SingleNameRuleName).ToList();
            var name = full.GroupBy(m => m.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            // One name can stand for two kinds of actor ("Harlow" the town and "Harlow" the person): ids stay unique.
            var id = key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (!ids.Add(id))
            {
                id = $"{id}-{full[0].Type.ToString().ToLowerInvariant()}";
                ids.Add(id);
            }

            var aliases = group.Select(m => m.Surface).Concat(full.Select(m => m.Name)).Where(a => a != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var roles = group.Select(m => m.Role).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            actors.Add(new Actor(id, name, full[0].Type, aliases, roles));
            actorMentions.AddRange(group.Select(m => new ActorMention(m.Start, m.Length, id)));
        }

        return new ActorAnalysis(
            [.. actors.OrderBy(a => a.Id, StringComparer.Ordinal)],
            [.. actorMentions.OrderBy(m => m.Start)]);
    }

    private static string Key(RawMention mention) => mention.Type == ActorType.Person
        ? "person:" + ActorIds.ForPerson(mention.Name)
        : $"{mention.Type.ToString().ToLowerInvariant()}:{ActorIds.Slug(mention.Name)}";

    private static string? Shortens(
        Dictionary<string, List<RawMention>> groups,
        Dictionary<string, (ActorType Type, List<string[]> Words)> names,
        RawMention single)
    {
        var word = single.Surface;
        bool Any(Func<string[], bool> predicate, ActorType type, out string? key)
        {
            key = names.Where(n => n.Value.Type == type && n.Value.Words.Any(predicate))
                .OrderByDescending(n => groups[n.Key].Count(m => m.Start < single.Start))
                .Select(n => n.Key)
                .FirstOrDefault();
            return key is not null;
        }

        if (Any(w => w[^1] == word, ActorType.Person, out var person)
            || Any(w => w[0] == word && w.Length > 1, ActorType.Person, out person))
        {
            return person;
        }

        if (word.Length >= 4 && Any(w => w[0] == word, ActorType.Organization, out var organization))
        {
            return organization;
        }

        return Any(w => string.Join(' ', w) == word, ActorType.Object, out var thing) ? thing : null;
    }

    private static void Add(Dictionary<string, List<RawMention>> groups, string key, RawMention mention)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(mention);
    }
}
