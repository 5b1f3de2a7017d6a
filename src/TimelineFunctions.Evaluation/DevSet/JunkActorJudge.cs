using System.Buffers;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Extraction;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>
/// Judges whether a system actor is junk: not a person, organization, country, group, place or named object.
/// </summary>
/// <remarks>
/// The gold cannot list every real actor, so an actor the gold does not name is judged by its shape. It is junk
/// when <list type="bullet"> <item>every word of it is page furniture or a function word ("Menu Content", "Go Top",
/// "Leave a Reply");</item> <item>it starts with a word no name starts with ("Neither North Korea", "When
/// Police");</item> <item>it reads like a headline or a clause: two or more lower-case words that are not name
/// particles, more than eight words, or a verb form after its first word ("Block Closing", "Motion Against Harlow
/// Denied");</item> <item>it holds sentence punctuation, a bare number, or no capital letter at all.</item> </list>
/// An actor that matches a gold actor (name or alias, as <see cref="ActorMatcher"/> compares) is never junk.
/// </remarks>
public static class JunkActorJudge
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Words = ResourceText
        .Sections("DevSet", "junk-actor-words.txt", typeof(JunkActorJudge).Assembly)
        .ToDictionary(section => section.Name, section => section.Entries, StringComparer.Ordinal);

    private static readonly HashSet<string> FurnitureWords = new(Words["furniture-words"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NonNameStarts = new(Words["non-name-starts"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NameParticles = new(Words["name-particles"], StringComparer.Ordinal);

    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(":?!|“”\"…;");

    /// <summary>The system actors that are junk, in their order.</summary>
    public static IReadOnlyList<StoryActorSummary> Junk(IReadOnlyList<StoryActorSummary> system, IReadOnlyList<GoldActor> gold)
    {
        var goldNames = gold.SelectMany(a => a.Aliases.Prepend(a.Name)).Select(ActorMatcher.Key).ToHashSet(StringComparer.Ordinal);
        return [.. system.Where(a => !a.Aliases.Prepend(a.Name).Select(ActorMatcher.Key).Any(goldNames.Contains) && IsJunk(a.Name))];
    }

    /// <summary>A past or present participle by its ending ("Denied", "Closing"), not a short word ("Ted", "King").</summary>
    private static bool IsVerbForm(string word) =>
        word.Length > 5 && char.IsLower(word[^1]) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    public static bool IsJunk(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !name.Any(char.IsUpper) || name.AsSpan().IndexOfAny(SentencePunctuation) >= 0)
        {
            return true;
        }

        var bare = words.Select(w => w.Trim(',', '.', '(', ')', '\'', '’')).Where(w => w.Length > 0).ToList();
        return bare.Count == 0
            || bare.All(FurnitureWords.Contains)
            || NonNameStarts.Contains(bare[0])
            || bare.Any(w => w.All(char.IsDigit))
            || bare.Count > 8
            || bare.Skip(1).Any(IsVerbForm)
            || bare.Count(w => char.IsLower(w[0]) && !NameParticles.Contains(w)) >= 2;
    }
}
