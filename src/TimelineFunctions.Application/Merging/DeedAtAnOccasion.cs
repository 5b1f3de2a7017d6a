using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// A deed an article tells as done at an occasion it reports that day: "More than 98% of the shares voted at the
/// Special Meeting were voted in favor", beside the release's lead typed by "Special Meeting", is the meeting's
/// outcome told by another of its words, and one event with it; so are "pleaded guilty during the hearing" and the
/// hearing. A deed after the occasion ("arrested after the rally") is no part of it.
/// </summary>
internal static class DeedAtAnOccasion
{
    /// <summary>How many words may stand between "at" or "during" and the occasion's word ("at the Activision Blizzard Special Meeting").</summary>
    private const int MaxWordsBetween = 5;

    /// <summary>Whether either report is a deed the other, an occasion of the same article and day, hosts.</summary>
    public static bool Either(MergeCandidate a, MergeCandidate b) => Holds(a, b) || Holds(b, a);

    private static bool Holds(MergeCandidate deed, MergeCandidate occasion) =>
        deed.Contribution.ArticleId == occasion.Contribution.ArticleId
        && deed.Contribution.Type != occasion.Contribution.Type
        && EventKind.IsOccasion(occasion.Contribution.Type)
        && !EventKind.IsSaid(deed.Contribution.Type)
        && deed.Contribution.Type != EventKind.PlanType
        && deed.IsSameDayAs(occasion)
        && occasion.Contribution.Trigger is { Length: > 0 } word
        && IsAt(deed.Contribution.Quote, word);

    /// <summary>Whether <paramref name="word"/> comes in <paramref name="quote"/> after "at" or "during" and a few words ("at the Special Meeting").</summary>
    private static bool IsAt(string quote, string word)
    {
        for (var found = quote.IndexOf(word, StringComparison.OrdinalIgnoreCase); found >= 0; found = quote.IndexOf(word, found + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            var before = quote[..found].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var previous in before.TakeLast(MaxWordsBetween + 1))
            {
                if (previous.Equals("at", StringComparison.OrdinalIgnoreCase) || previous.Equals("during", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
