using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.IntegrationTests.Infrastructure;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.IntegrationTests.Storage;

/// <summary>The store contract against the Azure Tables stores on real Azurite, each test on tables of its own.</summary>
public sealed class TableStoreContractTests : StoreContractTests
{
    protected override async Task<StoreUnderTest> CreateStoreAsync()
    {
        var storage = await IsolatedStorage.CreateAsync();
        var store = new TableTimelineStore(storage.Clients, TimeProvider.System, NullLoggerFactory.Instance);
        return new StoreUnderTest(store.Articles, store.Stories, store.Assignments, store.Profiles, store.RejectedBlobs);
    }
}
