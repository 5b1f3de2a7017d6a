using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace TimelineFunctions.Infra.Tests;

/// <summary>
/// scripts/publish.sh publishes the real isolated-worker app once (<see cref="PublishedApp"/>) into the layout the
/// Functions host runs (host.json, functions.metadata, worker.config.json, extensions.json, .azurefunctions/),
/// framework-dependent and ReadyToRun for linux-x64, in a folder and a zip with the same files; unpacked, the zip
/// runs under the real Functions host. Stub projects check that local.settings.json never ships and that a
/// project that is not an isolated-worker app fails loudly.
/// </summary>
public sealed class PublishScriptTests(PublishedApp app) : IClassFixture<PublishedApp>, IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    private readonly string _temp = Directory.CreateTempSubdirectory("timeline-infra-publish-test-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string WorkerAssembly()
    {
        var csproj = XDocument.Load(TestEnvironment.InRepo("src", "TimelineFunctions.Functions", "TimelineFunctions.Functions.csproj"));
        return (csproj.Descendants("AssemblyName").Select(e => e.Value.Trim()).LastOrDefault() ?? "TimelineFunctions.Functions") + ".dll";
    }

    [Fact]
    public void Publish_succeeds()
    {
        Assert.True(app.Result.ExitCode == 0, app.Result.ToString());
    }

    [Fact]
    public void Publishes_what_the_functions_host_needs_and_no_local_settings()
    {
        var outDir = app.OutDir;
        Assert.True(app.Result.ExitCode == 0, app.Result.ToString());

        Assert.Equal(File.ReadAllText(TestEnvironment.InRepo("host.json")), File.ReadAllText(Path.Combine(outDir, "host.json")));

        var functions = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "functions.metadata")))!.AsArray();
        var ingest = Assert.Single(functions, f => (string?)f?["name"] == "IngestArticle");
        Assert.Equal("EventGrid", (string?)ingest!["bindings"]![0]!["source"]);
        // The same functions as the build the other tests read.
        Assert.Equal(
            JsonNode.Parse(File.ReadAllText(TestEnvironment.InFunctionsAppOutput("functions.metadata")))!.AsArray().Select(f => (string?)f?["name"]),
            functions.Select(f => (string?)f?["name"]));

        var worker = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "worker.config.json")))!["description"]!;
        Assert.Equal("dotnet", (string?)worker["defaultExecutablePath"]);
        Assert.Equal(WorkerAssembly(), (string?)worker["defaultWorkerPath"]);
        Assert.True(File.Exists(Path.Combine(outDir, WorkerAssembly())), "the worker assembly was not published");

        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "extensions.json")))!["extensions"]!.AsArray();
        Assert.Contains(extensions, e => (string?)e?["name"] == "AzureStorageBlobs");
        Assert.All(extensions, e =>
        {
            var hint = (string)e!["hintPath"]!;
            Assert.True(File.Exists(Path.Combine(outDir, hint[2..])), $"{hint} was not published");
        });
        Assert.True(Directory.Exists(Path.Combine(outDir, ".azurefunctions")), ".azurefunctions/ was not published");

        Assert.Empty(Directory.EnumerateFiles(outDir, "local.settings.json", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(outDir, "function.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_app_is_framework_dependent_on_dotnet_10_and_ReadyToRun_for_linux_x64()
    {
        var outDir = app.OutDir;
        Assert.True(app.Result.ExitCode == 0, app.Result.ToString());

        // Flex's dotnet-isolated 10.0 runtime provides .NET and ASP.NET Core: they must not ship with the app.
        var runtimeConfig = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, Path.ChangeExtension(WorkerAssembly(), ".runtimeconfig.json"))))!;
        var frameworks = runtimeConfig["runtimeOptions"]!["frameworks"]!.AsArray()
            .ToDictionary(f => (string)f!["name"]!, f => (string)f!["version"]!, StringComparer.Ordinal);
        Assert.StartsWith("10.", frameworks["Microsoft.NETCore.App"], StringComparison.Ordinal);
        Assert.StartsWith("10.", frameworks["Microsoft.AspNetCore.App"], StringComparison.Ordinal);
        Assert.Equal("net10.0", (string?)runtimeConfig["runtimeOptions"]!["tfm"]);
        Assert.False(File.Exists(Path.Combine(outDir, "libcoreclr.so")), "the publish is self-contained (libcoreclr.so shipped)");
        Assert.False(File.Exists(Path.Combine(outDir, "System.Private.CoreLib.dll")), "the publish ships the runtime");

        // ReadyToRun: the app's own assemblies carry precompiled native code (a ReadyToRun header) for Linux x64.
        foreach (var assembly in new[] { WorkerAssembly(), "TimelineFunctions.Extraction.dll", "TimelineFunctions.Api.dll" })
        {
            using var pe = new PEReader(File.OpenRead(Path.Combine(outDir, assembly)));
            var cor = pe.PEHeaders.CorHeader;
            Assert.True(cor is not null && cor.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} is not ReadyToRun");
            // ReadyToRun images for Linux mark the machine as AMD64 XOR the Linux OS value (0x7B79).
            Assert.Equal((Machine)(0x8664 ^ 0x7B79), pe.PEHeaders.CoffHeader.Machine);
        }
    }

    [Fact]
    public void The_zip_has_exactly_the_folders_files_dot_folders_included()
    {
        var outDir = app.OutDir;
        var zipPath = outDir + ".zip";
        Assert.True(File.Exists(zipPath), $"{zipPath} was not written");
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.Contains("host.json", entries);
        Assert.Contains("functions.metadata", entries);
        Assert.Contains("worker.config.json", entries);
        Assert.Contains("extensions.json", entries);
        Assert.Contains(WorkerAssembly(), entries);
        Assert.Contains(entries, e => e.StartsWith(".azurefunctions/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, name => name.EndsWith("local.settings.json", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, name => name.Contains(".timeline-functions-publish", StringComparison.Ordinal));

        var files = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outDir, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != ".timeline-functions-publish")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(files, entries);
    }

    /// <summary>
    /// Unpacks the zip and runs it as Azure would: under the Functions host (../shared/tools/functions-host) with
    /// Azurite as its storage. The host starts the worker, indexes the functions and serves an HTTP function.
    /// </summary>
    [Fact]
    public async Task The_unpacked_zip_runs_under_the_functions_host()
    {
        var unpacked = Path.Combine(_temp, "unpacked");
        ZipFile.ExtractToDirectory(app.OutDir + ".zip", unpacked);

        await using var azurite = await Azurite.StartAsync(_temp);
        await using var host = await FunctionsHost.StartAsync(unpacked, azurite.ConnectionString, _temp);

        var (status, body) = await host.GetAsync("/api/openapi.json");
        Assert.True(status == 200, $"GET /api/openapi.json answered {status}\n{host.Log}");
        Assert.Contains("\"openapi\"", body, StringComparison.Ordinal);
        Assert.Contains("Worker process started and initialized", host.Log, StringComparison.Ordinal);
        Assert.Contains("Host.Functions.IngestArticle", host.Log, StringComparison.Ordinal);
        Assert.Contains("Host.Functions.RecordPoisonedArticle", host.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_to_wipe_a_folder_it_did_not_create()
    {
        var outDir = Path.Combine(_temp, "precious");
        Directory.CreateDirectory(outDir);
        var precious = Path.Combine(outDir, "keep.txt");
        await File.WriteAllTextAsync(precious, "do not delete");

        var result = await ProcessRunner.BashAsync(
            "scripts/publish.sh", [outDir], new Dictionary<string, string?> { ["PUBLISH_WORK_DIR"] = Path.Combine(_temp, "work") }, PublishTimeout);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not created by this script", result.StdErr, StringComparison.Ordinal);
        Assert.True(File.Exists(precious));
    }

    [Fact]
    public async Task Local_settings_never_ship_even_when_the_project_copies_them()
    {
        var project = StubProjects.IsolatedApp(Path.Combine(_temp, "stub-app"), copyLocalSettingsToPublish: true);
        var outDir = Path.Combine(_temp, "stub-out", "app");

        var result = await ProcessRunner.BashAsync(
            "scripts/publish.sh",
            [outDir],
            new Dictionary<string, string?> { ["FUNCTIONS_PROJECT"] = project, ["PUBLISH_WORK_DIR"] = Path.Combine(_temp, "work") },
            PublishTimeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(outDir, "functions.metadata")));
        Assert.Empty(Directory.EnumerateFiles(outDir, "local.settings.json", SearchOption.AllDirectories));
        using var zip = ZipFile.OpenRead(outDir + ".zip");
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith("local.settings.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_project_that_is_not_an_isolated_worker_app_fails_loudly_without_a_zip()
    {
        var project = StubProjects.ConsoleApp(Path.Combine(_temp, "stub-console"));
        var outDir = Path.Combine(_temp, "console-out", "app");

        var result = await ProcessRunner.BashAsync(
            "scripts/publish.sh",
            [outDir],
            new Dictionary<string, string?> { ["FUNCTIONS_PROJECT"] = project, ["PUBLISH_WORK_DIR"] = Path.Combine(_temp, "work") },
            PublishTimeout);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("isolated-worker app", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(outDir + ".zip"), "a zip was written for an app the host cannot run");
    }
}

/// <summary>The real app, published once by scripts/publish.sh for all of <see cref="PublishScriptTests"/>.</summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly string _temp = Directory.CreateTempSubdirectory("timeline-infra-publish-").FullName;

    public string OutDir => Path.Combine(_temp, "out", "app");

    public ProcessResult Result { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync() =>
        Result = await ProcessRunner.BashAsync(
            "scripts/publish.sh",
            [OutDir],
            new Dictionary<string, string?> { ["PUBLISH_WORK_DIR"] = Path.Combine(_temp, "work") },
            TimeSpan.FromMinutes(10));

    public Task DisposeAsync()
    {
        Directory.Delete(_temp, recursive: true);
        return Task.CompletedTask;
    }
}
