namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>A handler process on its own storage, shared by the tests of one class.</summary>
public abstract class HandlerFixtureBase(IReadOnlyDictionary<string, string>? settings) : IAsyncLifetime
{
    private HandlerProcess? _handler;

    public HandlerProcess Handler => _handler ?? throw new InvalidOperationException("The handler is not started.");

    public async Task InitializeAsync() => _handler = await HandlerProcess.StartAsync(settings: settings);

    public async Task DisposeAsync()
    {
        if (_handler is not null)
        {
            await _handler.DisposeAsync();
        }
    }
}

/// <summary>A handler without the local trigger: tests post invocations themselves, as the Functions host would.</summary>
public sealed class HandlerFixture() : HandlerFixtureBase(null);

/// <summary>A handler with its local blob trigger on.</summary>
public sealed class TriggeredHandlerFixture() : HandlerFixtureBase(new Dictionary<string, string> { ["LocalTrigger__Enabled"] = "true" });
