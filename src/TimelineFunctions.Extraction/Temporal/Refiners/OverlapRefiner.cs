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
        var kept = new List<TimexCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var clash = false;
            foreach (var k in kept)
            {
                if (k.Overlaps(candidate))
                {
                    clash = true;
                    break;
                }
            }

            if (!clash)
            {
                kept.Add(candidate);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        candidates.Clear();
        candidates.AddRange(kept);
    }
}
