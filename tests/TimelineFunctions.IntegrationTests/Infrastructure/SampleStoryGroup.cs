namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>The test classes that share one <see cref="SampleStoryFixture"/>, started once for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class SampleStoryGroup : ICollectionFixture<SampleStoryFixture>
{
    public const string Name = "sample story";
}
