using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Evaluation.TimeMl;

/// <summary>A system/gold pairing (either side may be missing) with what went wrong.</summary>
public sealed record TimexComparison(string DocumentId, TimexOutcome Outcome, GoldTimex? Gold, TemporalExpression? System);
