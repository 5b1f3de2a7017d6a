using System.Net.Http.Json;
using System.Text.Json;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// The function app as Azure runs it: the real Functions host (../shared/tools/functions-host) starting the built
/// isolated worker, on an Azurite of its own, talked to over real HTTP. With <c>notify</c> the project's notifier
/// (<c>timeline notify</c>) posts Event Grid blob events to the host's webhook, as scripts/run.sh does.
/// </summary>
public sealed class FunctionAppProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly bool _notify;
    private ChildProcess? _host;
    private ChildProcess? _notifier;
    private HttpClient? _keyedHttp;

    private FunctionAppProcess(IsolatedStorage storage, IReadOnlyDictionary<string, string>? settings, bool notify)
    {
        Storage = storage;
        Port = FreePorts.Next();
        StateDirectory = Directory.CreateTempSubdirectory("functions-host-").FullName;
        _notify = notify;
        _environment = new Dictionary<string, string>(storage.Environment)
        {
            ["ArticlesStorage"] = storage.Options.ConnectionString!,
            ["HOST_STATE_DIR"] = StateDirectory,
            ["HOST_LOG_LEVEL"] = "Information",
            ["Api__PagingTokenKey"] = PagingTokenKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _environment[key] = value;
        }

        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The paging-token key the app is given (Api__PagingTokenKey), as the infra or scripts/run.sh generate one.</summary>
    public static string PagingTokenKey { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public IsolatedStorage Storage { get; }

    public int Port { get; }

    public HttpClient Http { get; }

    /// <summary>A client that sends the host's default function key, as an editor's tool calling the write routes would.</summary>
    public HttpClient KeyedHttp => _keyedHttp ??= new HttpClient
    {
        BaseAddress = Http.BaseAddress,
        Timeout = Http.Timeout,
        DefaultRequestHeaders = { { "x-functions-key", HostSecrets.FunctionKey(StateDirectory) } },
    };

    /// <summary>The host's secrets and worker configs (HOST_STATE_DIR).</summary>
    public string StateDirectory { get; }

    /// <summary>The host's log (which holds the worker's), then the notifier's.</summary>
    public string Output => (_host?.Output ?? "") + (_notifier is null ? "" : "\n--- notifier ---\n" + _notifier.Output);

    /// <summary>Starts the app on an Azurite of its own; <paramref name="settings"/> gives extra app settings, which may depend on that storage.</summary>
    public static async Task<FunctionAppProcess> StartAsync(Func<IsolatedStorage, IReadOnlyDictionary<string, string>>? settings = null, bool notify = false)
    {
        var storage = await IsolatedStorage.CreateForAppAsync();
        var app = new FunctionAppProcess(storage, settings?.Invoke(storage), notify);
        try
        {
            await app.StartProcessesAsync();
        }
        catch
        {
            // Nobody else holds the app yet: stop the host (and its worker) and Azurite here, or they outlive the test run.
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    public async Task RestartAsync()
    {
        await StopProcessesAsync();
        await StartProcessesAsync();
    }

    /// <summary>Posts one BlobCreated event for the blob to the host's webhook with the host's own sample script; returns its HTTP status.</summary>
    public async Task<int> SendBlobCreatedAsync(string blobName)
    {
        var url = Storage.Clients.ArticlesContainer.GetBlobClient(blobName).Uri.ToString();
        await using var script = ChildProcess.Start("bash", [Path.Combine(RepoPaths.FunctionsHost, "send-blob-event.sh"), $"{Port}", url], _environment);
        var exit = await script.ExitCodeAsync();
        Assert.True(exit == 0, script.Output);
        return int.Parse(script.Output.Trim().Split('\n')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How many times the host logged an execution of <paramref name="function"/> with <paramref name="outcome"/> (Succeeded, Failed).</summary>
    public int Executions(string function, string outcome) =>
        Output.Split('\n').Count(line => line.Contains($"Executed 'Functions.{function}' ({outcome}", StringComparison.Ordinal));

    /// <summary>
    /// How many executions of <paramref name="function"/> the host has started and not yet finished: an ingest marks
    /// its article ingested before it reconciles the article's story, so the story settles only when this is 0.
    /// </summary>
    public int ExecutionsInFlight(string function)
    {
        var lines = Output.Split('\n');
        return lines.Count(line => line.Contains($"Executing 'Functions.{function}' (", StringComparison.Ordinal))
            - lines.Count(line => line.Contains($"Executed 'Functions.{function}' (", StringComparison.Ordinal));
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing with the host's log after the timeout.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not reached in {seconds} s.\nHost log:\n{Output}");
            await Task.Delay(200);
        }
    }

    public Task WaitUntilAsync(Func<bool> condition, int seconds = 60) => WaitUntilAsync(() => Task.FromResult(condition()), seconds);

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing with the host's log after the timeout.</summary>
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

        throw new TimeoutException($"GET {path} did not reach the expected state in {seconds}s. Last: {last}\nHost log:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _keyedHttp?.Dispose();
        await StopProcessesAsync();
        await Storage.DisposeAsync();
        Directory.Delete(StateDirectory, recursive: true);
    }

    private async Task StartProcessesAsync()
    {
        var runHost = Path.Combine(RepoPaths.FunctionsHost, "run-host.sh");
        if (!File.Exists(runHost))
        {
            throw new InvalidOperationException($"The Functions host is not at {RepoPaths.FunctionsHost} (../shared/tools/functions-host beside the repository, or FUNCTIONS_HOST).");
        }

        _host = ChildProcess.Start("bash", [runHost, RepoPaths.FunctionApp, $"{Port}", Storage.Options.ConnectionString!], _environment);
        try
        {
            await WaitUntilServingAsync();
        }
        catch (TimeoutException first) when (first.Message.Contains(HostStartupError, StringComparison.Ordinal))
        {
            // The host built from source sometimes fails its own startup (a NullReferenceException while it creates the
            // blob extension's webhook key) and stays down; a second start of the same app on the same storage serves.
            await StopProcessesAsync();
            _host = ChildProcess.Start("bash", [runHost, RepoPaths.FunctionApp, $"{Port}", Storage.Options.ConnectionString!], _environment);
            await WaitUntilServingAsync();
        }

        if (_notify)
        {
            _notifier = ChildProcess.Start("dotnet", [RepoPaths.CliDll, "notify", "--interval", "0.25", "--api", $"http://127.0.0.1:{Port}", "--host-secrets", Path.Combine(StateDirectory, "secrets")], _environment);
        }
    }

    /// <summary>What the host logs when its own startup failed, before any function of the app ran.</summary>
    private const string HostStartupError = "A host error has occurred during startup";

    /// <summary>The host listens before its worker is ready: wait until a function answers.</summary>
    private async Task WaitUntilServingAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !_host!.HasExited)
        {
            try
            {
                using var response = await Http.GetAsync("/api/openapi.json");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The function app did not answer in 90 s.\nHost log:\n{Output}");
    }

    private async Task StopProcessesAsync()
    {
        if (_notifier is not null)
        {
            await _notifier.DisposeAsync();
            _notifier = null;
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }
    }
}
