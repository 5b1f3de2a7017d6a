using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.IntegrationTests.Storage;

/// <summary>The five store ports of one implementation, as a store contract test uses them.</summary>
public sealed record StoreUnderTest(
    IArticleStore Articles,
    IStoryReader Stories,
    IBlobAssignmentStore Assignments,
    IStoryProfileStore Profiles,
    IRejectedBlobStore RejectedBlobs);
