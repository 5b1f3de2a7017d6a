namespace TimelineFunctions.Extraction.Temporal;

/// <summary>What the words before an expression say about its direction in time.</summary>
public enum Tense
{
    Neutral,
    Past,
    Future,
}
