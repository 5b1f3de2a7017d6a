using TimelineFunctions.Evaluation.DevSet;

namespace TimelineFunctions.TestSupport;

/// <summary>A fact that needs the shared dev set (<c>../shared/eval/dev</c>), skipped without it except on CI.</summary>
/// <remarks>On CI (<c>CI=true</c>) it always runs, so an absent dev set fails instead of passing unnoticed.</remarks>
public sealed class DevSetFactAttribute : FactAttribute
{
    public DevSetFactAttribute()
    {
        if (!CorpusLocator.IsCorpus(RepoLayout.DevSet) && !RepoLayout.OnCi)
        {
            Skip = $"The dev set is not at {RepoLayout.DevSet}; set CI=true to make its absence a failure.";
        }
    }
}
