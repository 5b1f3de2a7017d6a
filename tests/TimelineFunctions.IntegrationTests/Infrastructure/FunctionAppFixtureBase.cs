namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>A function app on its own storage, shared by the tests of one class.</summary>
public abstract class FunctionAppFixtureBase(bool notify) : IAsyncLifetime
{
    private FunctionAppProcess? _app;

    public FunctionAppProcess App => _app ?? throw new InvalidOperationException("The function app is not started.");

    public async Task InitializeAsync() => _app = await FunctionAppProcess.StartAsync(notify: notify);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
