namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// One real Azurite (blob, queue, table; in memory) for the whole test run, started on free ports on first use
/// and stopped when the test process exits. Set TIMELINE_TEST_STORAGE to use another storage account instead.
/// Tests isolate themselves with their own container and table names.
/// </summary>
public static class Azurite
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Lazy<Task<string>> Instance = new(StartAsync);
    private static ChildProcess? _process;

    public static Task<string> ConnectionStringAsync() => Instance.Value;

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("TIMELINE_TEST_STORAGE") is { Length: > 0 } external)
        {
            return external;
        }

        if (!File.Exists(RepoPaths.Azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed ({RepoPaths.Azurite}); run scripts/setup.sh first.");
        }

        var (blob, queue, table) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
        _process = ChildProcess.Start("node", [RepoPaths.Azurite, "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
            "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _process.DisposeAsync().AsTask().GetAwaiter().GetResult();
        foreach (var port in new[] { blob, queue, table })
        {
            await FreePorts.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), () => "Azurite output:\n" + _process.Output);
        }

        return $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }
}
