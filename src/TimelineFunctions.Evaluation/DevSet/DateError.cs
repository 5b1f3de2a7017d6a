namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A found gold event whose best-supporting system event has a date that is not exact.</summary>
public sealed record DateError(string GoldId, string GoldDate, string? SystemDate, string? SystemGranularity, DateVerdict Verdict, string Quote);
