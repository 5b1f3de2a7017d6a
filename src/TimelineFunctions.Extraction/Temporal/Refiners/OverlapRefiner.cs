namespace TimelineFunctions.Extraction.Temporal.Refiners;

/// <summary>Keeps the longest of overlapping candidates (ties: the earlier rule in rules.txt) and orders the rest by position.</summary>
public sealed class OverlapRefiner : ITimexRefiner
{
    public void Refine(List<TimexCandidate> candidates, TagContext context)
    {
        candidates.Sort(static (a, b) =>
        {
            var c = b.Length.CompareTo(a.Length);
            if (c == 0)
            {
                c = a.Priority.CompareTo(b.Priority);
            }

            return c != 0 ? c : a.Start.CompareTo(b.Start);
        });
        // Accepted candidates never overlap, so kept sorted by start only the neighbours of the insertion point
        // can clash: O(n log n) instead of comparing with every kept candidate.
        var kept = new List<TimexCandidate>(candidates.Count);
        var starts = new List<int>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var index = starts.BinarySearch(candidate.Start);
            if (index >= 0)
            {
                continue; // another kept candidate starts at the same offset
            }

            index = ~index;
            if ((index > 0 && kept[index - 1].Overlaps(candidate)) || (index < kept.Count && kept[index].Overlaps(candidate)))
            {
                continue;
            }

            kept.Insert(index, candidate);
            starts.Insert(index, candidate.Start);
        }

        candidates.Clear();
        candidates.AddRange(kept);
    }
}
