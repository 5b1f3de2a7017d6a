namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A gold event no system event supports.</summary>
public sealed record MissedEvent(string GoldId, string Importance, string Date, string Summary);
