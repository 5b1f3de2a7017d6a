namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A gold event that several system events are assigned to: the merge left them apart.</summary>
public sealed record DuplicateGroup(string GoldId, IReadOnlyList<DuplicateEvent> Events);
