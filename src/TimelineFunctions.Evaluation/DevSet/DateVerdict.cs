namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>How a system event's date compares with its gold event's.</summary>
public enum DateVerdict
{
    /// <summary>Same period at the same granularity (the gold date or one of its alternatives).</summary>
    Exact,

    /// <summary>Not exact, but one period contains the other (a day inside the gold week, a week around the gold day…).</summary>
    Compatible,

    /// <summary>A date that does not agree with the gold date.</summary>
    Wrong,

    /// <summary>The system event has no date.</summary>
    Missing,
}
