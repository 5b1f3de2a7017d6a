namespace TimelineFunctions.Extraction.Temporal.Refiners;

/// <summary>A pass over all candidates of one text: attaches, merges, drops or re-resolves them.</summary>
public interface ITimexRefiner
{
    void Refine(List<TimexCandidate> candidates, TagContext context);
}
