using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Stories;

/// <summary>Follows story redirects (<see cref="StoryProfile.MergedInto"/>) to the story a merged story ended in.</summary>
public sealed class StoryRedirects(IStoryProfileStore profileStore)
{
    private const int MaxChain = 32;

    public async Task<string> ResolveAsync(string storyId, CancellationToken cancellationToken)
    {
        var merged = (await profileStore.ListProfilesAsync(cancellationToken))
            .Where(p => p.MergedInto is not null)
            .ToDictionary(p => p.StoryId, p => p.MergedInto!, StringComparer.Ordinal);
        for (var i = 0; i < MaxChain && merged.TryGetValue(storyId, out var next); i++)
        {
            storyId = next;
        }

        return storyId;
    }
}
