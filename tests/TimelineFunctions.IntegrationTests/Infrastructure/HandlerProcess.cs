using System.Net.Http.Json;
using System.Text.Json;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// The real handler executable, started the way the Functions host starts it (FUNCTIONS_CUSTOMHANDLER_PORT set,
/// storage from the environment), talked to over real HTTP.
/// </summary>
public sealed class HandlerProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private ChildProcess? _process;

    private HandlerProcess(IsolatedStorage storage, IReadOnlyDictionary<string, string>? settings)
    {
        Storage = storage;
        Port = FreePorts.Next();
        _environment = new Dictionary<string, string>(storage.Environment)
        {
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = $"{Port}",
            ["LocalTrigger__PollInterval"] = "00:00:00.250",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _environment[key] = value;
        }

        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public IsolatedStorage Storage { get; }

    public int Port { get; }

    public HttpClient Http { get; }

    public string Output => _process?.Output ?? "";

    /// <summary>Starts a handler on its own storage; <paramref name="settings"/> are extra environment settings.</summary>
    public static async Task<HandlerProcess> StartAsync(IsolatedStorage? storage = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var handler = new HandlerProcess(storage ?? await IsolatedStorage.CreateAsync(), settings);
        await handler.StartProcessAsync();
        return handler;
    }

    public async Task RestartAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        await StartProcessAsync();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing with the handler's log after the timeout.</summary>
    public async Task<JsonElement> WaitForJsonAsync(string path, Func<JsonElement, bool> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Http.GetAsync(path);
            if (response.IsSuccessStatusCode)
            {
                last = (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
                if (condition(last))
                {
                    return last;
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"GET {path} did not reach the expected state in {seconds}s. Last: {last}\nHandler log:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }

    private async Task StartProcessAsync()
    {
        _process = ChildProcess.Start("dotnet", [RepoPaths.HandlerDll], _environment);
        await FreePorts.WaitUntilListeningAsync(Port, TimeSpan.FromSeconds(60), () => "Handler output:\n" + _process.Output);
    }
}
