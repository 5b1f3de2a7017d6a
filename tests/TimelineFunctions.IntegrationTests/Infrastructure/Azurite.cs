namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// Real Azurite (blob, queue, table; in memory) on free ports. <see cref="ConnectionStringAsync"/> is one instance
/// shared by the whole run (tests isolate themselves with their own container and table names; set
/// TIMELINE_TEST_STORAGE to use another account instead); <see cref="StartAsync"/> gives a function app one of its own,
/// since the blob trigger's path names the container.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Lazy<Task<Azurite>> Shared = new(StartSharedAsync);
    private readonly ChildProcess _process;

    private Azurite(ChildProcess process, string connectionString) => (_process, ConnectionString) = (process, connectionString);

    public string ConnectionString { get; }

    public string Output => _process.Output;

    public static async Task<string> ConnectionStringAsync() =>
        Environment.GetEnvironmentVariable("TIMELINE_TEST_STORAGE") is { Length: > 0 } external ? external : (await Shared.Value).ConnectionString;

    public static async Task<Azurite> StartAsync()
    {
        if (!File.Exists(RepoPaths.Azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed ({RepoPaths.Azurite}); run scripts/setup.sh first.");
        }

        var (blob, queue, table) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
        var process = ChildProcess.Start("node", [RepoPaths.Azurite, "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
            "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}"]);
        foreach (var port in new[] { blob, queue, table })
        {
            await FreePorts.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), () => "Azurite output:\n" + process.Output);
        }

        return new Azurite(process, ConnectionStringFor(blob, queue, table));
    }

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static async Task<Azurite> StartSharedAsync()
    {
        var azurite = await StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return azurite;
    }
}
