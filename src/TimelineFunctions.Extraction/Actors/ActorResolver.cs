using TimelineFunctions.Extraction.Actors.Rules;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>Merges the mentions of one entity into one actor.</summary>
/// <remarks>
/// Full names group by person id; a lone word joins the person whose last (or first) name it is, the organization it
/// starts, or the object it names; when it shortens nothing in the article it is an organization if the text treats it
/// as one (<see cref="LoneOrganizationCue"/>), and is dropped otherwise. The canonical name is the
/// fullest name used most often.
/// </remarks>
public static class ActorResolver
{
    /// <param name="mentions">What the rules found.</param>
    /// <param name="organizationWords">Lone words the text treats as organizations (<see cref="LoneOrganizationCue"/>): kept when they shorten nothing.</param>
    public static ActorAnalysis Resolve(IReadOnlyList<RawMention> mentions, IReadOnlySet<string>? organizationWords = null)
    {
        mentions = PersonInitials.Apply(OneSensePerName(mentions, organizationWords));
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

        var shortForms = ShortForms.Of(groups);
        JoinLoneSurnames(groups, shortForms);
        foreach (var single in singles)
        {
            if (Shortens(groups, shortForms, single) is { } key)
            {
                Add(groups, key, single);
            }
            else if (organizationWords?.Contains(single.Surface) == true)
            {
                var organization = single with { Type = ActorType.Organization, Rule = LoneOrganizationCue.RuleName };
                Add(groups, Key(organization), organization);
            }
        }

        var actors = new List<Actor>();
        var actorMentions = new List<ActorMention>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, group) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var full = group.Where(m => m.Rule != SingleNameRule.SingleNameRuleName).ToList();
            var name = CanonicalName(full);
            // One name can stand for two kinds of actor ("Harlow" the town and "Harlow" the person): ids stay unique.
            var id = key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (!ids.Add(id))
            {
                id = $"{id}-{full[0].Type.ToString().ToLowerInvariant()}";
                ids.Add(id);
            }

            actors.Add(new Actor(id, name, full[0].Type, Aliases(group, full, name), Roles(group)) { TypeIsGuess = group.TrueForAll(IsGuess) });
            foreach (var mention in group)
            {
                actorMentions.Add(new ActorMention(mention.Start, mention.Length, id));
            }
        }

        return new ActorAnalysis(
            [.. actors.OrderBy(a => a.Id, StringComparer.Ordinal)],
            [.. actorMentions.OrderBy(m => m.Start)]);
    }

    /// <summary>
    /// The fullest name used most often: a name of several words before a single word, then the most used, the
    /// longest, and the first in ordinal order.
    /// </summary>
    private static string CanonicalName(List<RawMention> full)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in full)
        {
            uses[mention.Name] = uses.GetValueOrDefault(mention.Name) + 1;
        }

        string? best = null;
        var bestUses = 0;
        foreach (var (name, count) in uses)
        {
            if (best is null || IsFuller(name, count, best, bestUses))
            {
                (best, bestUses) = (name, count);
            }
        }

        return best ?? throw new InvalidOperationException("An actor has at least one full name.");
    }

    private static bool IsFuller(string name, int uses, string than, int thanUses)
    {
        var (spaced, thanSpaced) = (name.Contains(' ', StringComparison.Ordinal), than.Contains(' ', StringComparison.Ordinal));
        return spaced != thanSpaced ? spaced
            : uses != thanUses ? uses > thanUses
            : name.Length != than.Length ? name.Length > than.Length
            : string.CompareOrdinal(name, than) < 0;
    }

    /// <summary>Every other surface and full name of the actor, once each, in ordinal order.</summary>
    private static List<string> Aliases(List<RawMention> group, List<RawMention> full, string name)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in group)
        {
            aliases.Add(mention.Surface);
        }

        foreach (var mention in full)
        {
            aliases.Add(mention.Name);
        }

        aliases.Remove(name);
        var sorted = aliases.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>The roles of the actor's mentions, the first spelling of each (ignoring case), in mention order.</summary>
    private static List<string> Roles(List<RawMention> group)
    {
        var roles = new List<string>();
        HashSet<string>? seen = null;
        foreach (var mention in group)
        {
            if (mention.Role is { } role && (seen ??= new(StringComparer.OrdinalIgnoreCase)).Add(role))
            {
                roles.Add(role);
            }
        }

        return roles;
    }

    /// <summary>
    /// One sense per name, the stronger cue winning. A name that only looked like a person's (two capitalized words, no
    /// cue) is the organization a cue shows it to be elsewhere in the article ("Halvorsen Brenn, Inc. announced …"
    /// makes a later "Halvorsen Brenn stockholders" the company too), the vessel or work ("the ferry Aurora Star" makes
    /// "The Aurora Star was built in 1998" the ship), or the place a locative shows it to be ("near
    /// Velmont Ford" makes "Velmont Ford residents" a place too). A lone word that only a locative made a place ("a
    /// response from Halvorsen") is the organization the text shows it to be elsewhere (<see cref="LoneOrganizationCue"/>).
    /// </summary>
    private static IReadOnlyList<RawMention> OneSensePerName(IReadOnlyList<RawMention> mentions, IReadOnlySet<string>? organizationWords)
    {
        var places = mentions.Where(m => m.Rule == LocativeRule.RuleName).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var organizations = mentions.Where(m => m.Type == ActorType.Organization).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var objects = mentions.Where(m => m.Type == ActorType.Object).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        return places.Count == 0 && organizations.Count == 0 && objects.Count == 0
            ? mentions
            : [.. mentions.Select(m =>
                m.Rule == PersonNameRule.RuleName && organizations.Contains(m.Name) ? m with { Type = ActorType.Organization, Rule = OrganizationSense }
                : m.Rule == PersonNameRule.RuleName && OrganizationItStarts(m.Name, organizations) is { } organization ? m with { Name = organization, Type = ActorType.Organization, Rule = OrganizationSense }
                : m.Rule == PersonNameRule.RuleName && objects.Contains(m.Name) ? m with { Type = ActorType.Object, Rule = ObjectSense }
                : m.Rule == PersonNameRule.RuleName && places.Contains(m.Name) ? m with { Type = ActorType.Location, Rule = LocativeRule.RuleName }
                : m.Rule == LocativeRule.RuleName && organizationWords?.Contains(m.Name) == true ? m with { Type = ActorType.Organization, Rule = LoneOrganizationCue.RuleName }
                : m)];
    }

    /// <summary>
    /// The organization whose name is <paramref name="name"/> and head words only ("Hollin Vale" of "Hollin Vale
    /// Creamery", "Tarrow Brenn" of "Tarrow Brenn Holdings Inc."): a company's short name, not a person's.
    /// </summary>
    private static string? OrganizationItStarts(string name, HashSet<string> organizations)
    {
        foreach (var organization in organizations)
        {
            if (organization.Length > name.Length + 1 && organization.StartsWith(name, StringComparison.Ordinal) && organization[name.Length] == ' '
                && ActorLexicon.WordsOf(organization[(name.Length + 1)..]).All(ActorLexicon.Default.OrganizationHeads.Contains))
            {
                return organization;
            }
        }

        return null;
    }

    /// <summary>A mention typed only by its shape: capitalized words taken for a person's name.</summary>
    private static bool IsGuess(RawMention mention) =>
        mention.Rule is PersonNameRule.RuleName or SingleNameRule.SingleNameRuleName;

    /// <summary>The rule of a name that looked like a person's and is the organization a cue elsewhere shows it to be.</summary>
    private const string OrganizationSense = "organization-elsewhere";

    /// <summary>The rule of a name that looked like a person's and is the vessel or work a cue elsewhere shows it to be ("the ferry Aurora Star").</summary>
    private const string ObjectSense = "object-elsewhere";

    private static string Key(RawMention mention) => mention.Type == ActorType.Person
        ? "person:" + ActorIds.ForPerson(mention.Name)
        : $"{mention.Type.ToString().ToLowerInvariant()}:{ActorIds.Slug(mention.Name)}";

    /// <summary>
    /// A person named by a surname alone with a cue of its own ("Judge Kaplan", "Mr Kaplan") is the person of that last
    /// name the article names in full ("Judge Lewis Kaplan"), as a bare "Kaplan" is: the two groups are one.
    /// </summary>
    private static void JoinLoneSurnames(Dictionary<string, List<RawMention>> groups, ShortForms shortForms)
    {
        foreach (var (key, group) in groups.Where(g => g.Value[0].Type == ActorType.Person).ToList())
        {
            if (group.Any(m => m.Name.Contains(' ', StringComparison.Ordinal))
                || shortForms.PersonLastNames.GetValueOrDefault(group[0].Name) is not { } named)
            {
                continue;
            }

            if (MostMentionedBefore(groups, [.. named.Where(k => k != key)], group[0].Start) is { } into)
            {
                groups[into].AddRange(group);
                groups[into].Sort((a, b) => a.Start.CompareTo(b.Start));
                groups.Remove(key);
            }
        }
    }

    private static string? Shortens(Dictionary<string, List<RawMention>> groups, ShortForms shortForms, RawMention single)
    {
        var word = single.Surface;
        return MostMentionedBefore(groups, shortForms.PersonLastNames.GetValueOrDefault(word), single.Start)
            ?? MostMentionedBefore(groups, shortForms.PersonFirstNames.GetValueOrDefault(word), single.Start)
            ?? (word.Length >= 4 ? MostMentionedBefore(groups, shortForms.OrganizationFirstWords.GetValueOrDefault(word), single.Start) : null)
            ?? MostMentionedBefore(groups, shortForms.ObjectNames.GetValueOrDefault(word), single.Start);
    }

    /// <summary>The candidate with the most mentions before <paramref name="start"/>; the first one on a tie.</summary>
    private static string? MostMentionedBefore(Dictionary<string, List<RawMention>> groups, List<string>? candidates, int start)
    {
        if (candidates is null)
        {
            return null;
        }

        string? best = null;
        var bestCount = -1;
        foreach (var key in candidates)
        {
            if (!groups.TryGetValue(key, out var group))
            {
                continue; // joined to another by JoinLoneSurnames
            }

            var count = 0;
            foreach (var mention in group)
            {
                count += mention.Start < start ? 1 : 0;
            }

            if (count > bestCount)
            {
                (best, bestCount) = (key, count);
            }
        }

        return best;
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
