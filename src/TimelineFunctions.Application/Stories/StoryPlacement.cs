using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Stories;

/// <summary>Decides which story a blob's article belongs to.</summary>
/// <remarks>
/// A manual assignment (a move) wins; then the blob's folder; then the assignment index's earlier automatic
/// decision, so re-deliveries of a root blob stay where it went first; only a root blob seen for the first time is
/// scored against every story profile (<see cref="StoryAssigner"/>), joining the best story above the threshold or
/// starting a new one.
/// </remarks>
public sealed class StoryPlacement(IStoryProfileStore profileStore, IBlobAssignmentStore assignmentStore, StoryAssigner assigner)
{
    /// <summary>The placement known without analysing the article, or null when it must be scored.</summary>
    public static Placement? Known(ArticleLocation location, BlobAssignment? indexed)
    {
        if (indexed is { Method: StoryAssignmentMethods.Manual })
        {
            return new Placement(indexed.StoryId, indexed.ToStoryAssignment(), indexed.MovedFrom, false);
        }

        if (location.HasFolder)
        {
            return new Placement(location.StoryId, new StoryAssignment(StoryAssignmentMethods.Folder, null, $"The blob is in the story's folder '{location.StoryId}'."), null, false);
        }

        return indexed is null ? null : new Placement(indexed.StoryId, indexed.ToStoryAssignment(), indexed.MovedFrom, false);
    }

    /// <summary>A root blob that cannot be read has no terms to place it by: it is kept in the unsorted story.</summary>
    public static Placement Unreadable() =>
        new(StoryId.Unsorted, new StoryAssignment(StoryAssignmentMethods.Automatic, null, "The article could not be read, so it was kept in the unsorted story."), null, false);

    /// <summary>Scores the article against every story and records the decision; the first decision recorded for a blob wins.</summary>
    public async Task<Placement> PlaceAsync(string blobName, IReadOnlyList<string> terms, string? headline, CancellationToken cancellationToken)
    {
        var profiles = await profileStore.ListProfilesAsync(cancellationToken);
        var ranked = assigner.Rank(terms, profiles);
        var best = ranked.Count > 0 ? ranked[0] : null;
        var joins = best is not null && assigner.Joins(best);
        var decision = new BlobAssignment(
            blobName,
            joins ? best!.StoryId : NewStoryId.For(headline, blobName),
            StoryAssignmentMethods.Automatic,
            best?.Score ?? 0,
            assigner.Explain(best, joins));
        var stored = await assignmentStore.AddAssignmentAsync(decision, cancellationToken);
        var startsStory = !joins && stored.StoryId == decision.StoryId;
        return new Placement(stored.StoryId, stored.ToStoryAssignment(), stored.MovedFrom, startsStory);
    }
}
