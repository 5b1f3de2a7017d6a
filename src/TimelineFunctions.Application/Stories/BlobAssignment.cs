namespace TimelineFunctions.Application.Stories;

/// <summary>
/// The assignment index's entry for one blob: the story it belongs to and how that was decided
/// (<see cref="StoryAssignmentMethods"/>).
/// </summary>
/// <remarks>
/// Automatic entries keep re-deliveries of a root blob in the story first chosen; a manual entry (a move) overrides
/// the blob's folder. <see cref="MovedFrom"/> is the story a move took the article out of, so a delivery that finds
/// the article still there finishes the move.
/// </remarks>
public sealed record BlobAssignment(string BlobName, string StoryId, string Method, double? Score, string Reason, string? MovedFrom = null)
{
    public Articles.StoryAssignment ToStoryAssignment() => new(Method, Score, Reason);
}
