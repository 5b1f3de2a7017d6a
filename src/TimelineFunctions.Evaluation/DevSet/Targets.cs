namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>The project's targets on the dev set.</summary>
public static class Targets
{
    public const double CoreRecall = 0.90;
    public const double CoreRecallRightDate = 0.90;
    public const double DateExact = 0.90;
    public const double Precision = 0.80;
    public const double DuplicateRate = 0.05;
    public const double SourcesAttached = 0.90;
    public const double ActorRecall = 0.90;
    public const double JunkActorRate = 0.05;
    public const int Leaks = 0;
}
