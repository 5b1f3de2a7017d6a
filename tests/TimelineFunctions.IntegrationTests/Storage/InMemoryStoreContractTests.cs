using TimelineFunctions.Evaluation.InMemory;

namespace TimelineFunctions.IntegrationTests.Storage;

/// <summary>The store contract against the in-memory store the evaluation harness and the unit tests use.</summary>
public sealed class InMemoryStoreContractTests : StoreContractTests
{
    protected override Task<StoreUnderTest> CreateStoreAsync()
    {
        var store = new InMemoryTimelineStore();
        return Task.FromResult(new StoreUnderTest(store, store, store, store, store));
    }
}
