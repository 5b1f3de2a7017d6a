namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A statement the gold keeps off the dated timeline; a system event matching it is still correct.</summary>
public sealed record GoldUndated(string Article, string Quote, string? Note);
