namespace TimelineFunctions.Extraction.Events;

/// <summary>The triggers of one text, per trigger in priority order, each list in text order.</summary>
public sealed class TriggerIndex(TriggerMatch[][] byPriority)
{
    /// <summary>Every place of each trigger inside [start, end): highest priority first, each trigger's in text order.</summary>
    public IEnumerable<TriggerMatch> Find(int start, int end)
    {
        foreach (var matches in byPriority)
        {
            // Each list is in text order: start at the first match at or after start, not at the article's top.
            for (var i = FirstAtOrAfter(matches, start); i < matches.Length && matches[i].Start < end; i++)
            {
                if (matches[i].Start + matches[i].Length <= end)
                {
                    yield return matches[i];
                }
            }
        }
    }

    private static int FirstAtOrAfter(TriggerMatch[] matches, int start)
    {
        var (low, high) = (0, matches.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (matches[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
