namespace TimelineFunctions.Evaluation.TimeMl;

/// <summary>One system/gold comparison outcome, for error listings.</summary>
public enum TimexOutcome
{
    Correct,
    Missed,
    Spurious,
    WrongValue,
}
