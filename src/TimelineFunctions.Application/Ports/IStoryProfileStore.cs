using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Ports;

/// <summary>The story profiles that automatic story assignment compares articles with, including each story's redirect.</summary>
public interface IStoryProfileStore
{
    /// <summary>Every story's profile (one small row per story; no story partition is read).</summary>
    Task<IReadOnlyList<StoryProfile>> ListProfilesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="update"/> to the story's profile (an empty one when it has none yet) with optimistic
    /// concurrency, calling it again on a conflict; returns the stored result.
    /// </summary>
    Task<StoryProfile> UpdateProfileAsync(string storyId, Func<StoryProfile, StoryProfile> update, CancellationToken cancellationToken);
}
