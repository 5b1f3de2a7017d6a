using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A sentence a wire adds about another story: it opens with a marker of a separate item ("Separately, a court in
/// neighbouring Durvany on Tuesday sentenced two bloggers …"), and names no one and nothing the rest of the article
/// names. It tells none of the story's events.
/// </summary>
/// <remarks>
/// A marker alone is not enough: wires also open a related development with it ("Separately, the government has
/// allocated £2m for lorries to distribute aid", in an article that names the government again). The markers are
/// `[other-story-openers]` in Resources/Events/word-classes.txt.
/// </remarks>
internal static class OtherStory
{
    private static readonly string[] Openers = [.. EventWords.Of("other-story-openers")];

    /// <summary>
    /// Whether <paramref name="sentence"/>, whose mentions are <paramref name="mentions"/>[<paramref name="first"/>,
    /// <paramref name="end"/>), opens with a marker and shares no actor with the rest of the article.
    /// </summary>
    public static bool Holds(Sentence sentence, List<ActorMention> mentions, int first, int end)
    {
        if (!OpensWithMarker(sentence))
        {
            return false;
        }

        var own = new HashSet<string>(StringComparer.Ordinal);
        for (var i = first; i < end; i++)
        {
            own.Add(mentions[i].ActorId);
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if ((i < first || i >= end) && own.Contains(mentions[i].ActorId))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensWithMarker(Sentence sentence)
    {
        var text = sentence.Text.AsSpan().TrimStart();
        foreach (var opener in Openers)
        {
            if (text.Length > opener.Length && text.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && text[opener.Length] == ',')
            {
                return true;
            }
        }

        return false;
    }
}
