namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>A handler process (no local trigger) on its own storage, shared by the tests of one class.</summary>
public sealed class HandlerFixture : IAsyncLifetime
{
    private HandlerProcess? _handler;

    public HandlerProcess Handler => _handler ?? throw new InvalidOperationException("The handler is not started.");

    public async Task InitializeAsync() => _handler = await HandlerProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_handler is not null)
        {
            await _handler.DisposeAsync();
        }
    }
}

/// <summary>A handler process with its local blob trigger on, on its own storage.</summary>
public sealed class TriggeredHandlerFixture : IAsyncLifetime
{
    private HandlerProcess? _handler;

    public HandlerProcess Handler => _handler ?? throw new InvalidOperationException("The handler is not started.");

    public async Task InitializeAsync() =>
        _handler = await HandlerProcess.StartAsync(settings: new Dictionary<string, string> { ["LocalTrigger__Enabled"] = "true" });

    public async Task DisposeAsync()
    {
        if (_handler is not null)
        {
            await _handler.DisposeAsync();
        }
    }
}
