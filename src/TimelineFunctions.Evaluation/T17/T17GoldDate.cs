namespace TimelineFunctions.Evaluation.T17;

/// <summary>One date of a gold timeline and its sentences (entries of the same date are joined).</summary>
public sealed record T17GoldDate(DateOnly Date, IReadOnlyList<string> Sentences);
