using System.Text;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>
/// Finds gold actors among the system's actors: a gold actor is found when any of its names (name or alias)
/// equals any name or alias of a system actor, ignoring case, punctuation and spacing.
/// </summary>
public static class ActorMatcher
{
    public static IReadOnlyList<(GoldActor Actor, bool Found)> Match(IReadOnlyList<GoldActor> gold, IReadOnlyList<StoryActorSummary> system)
    {
        var systemNames = system
            .SelectMany(a => a.Aliases.Prepend(a.Name))
            .Select(Key)
            .Where(k => k.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        return [.. gold.Select(a => (a, a.Aliases.Prepend(a.Name).Select(Key).Any(systemNames.Contains)))];
    }

    /// <summary>Lower case, letters and digits only, single spaces: "Bankman-Fried" and "bankman fried" agree.</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c != '\'' && c != '\u2019' && c != '.')
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
