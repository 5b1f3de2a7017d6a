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

/// <summary>The app without the notifier: tests post blob events themselves, as Event Grid would.</summary>
public sealed class FunctionAppFixture() : FunctionAppFixtureBase(notify: false);

/// <summary>The app with the notifier, as scripts/run.sh runs it: every uploaded blob is ingested.</summary>
public sealed class NotifiedFunctionAppFixture() : FunctionAppFixtureBase(notify: true);
