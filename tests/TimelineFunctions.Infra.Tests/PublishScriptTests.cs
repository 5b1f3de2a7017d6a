using System.IO.Compression;
using System.Text.Json.Nodes;

namespace TimelineFunctions.Infra.Tests;

/// <summary>
/// scripts/publish.sh produces the function app layout host.json expects, with an executable self-contained
/// linux-x64 apphost, in a folder and in a zip that keeps the execute bit.
/// The packaging logic is checked with a stub ASP.NET Core project named like the real handler (so the
/// test does not depend on the state of the handler's code); a second test publishes the real handler.
/// </summary>
public sealed class PublishScriptTests : IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(3);

    private readonly string _temp = Directory.CreateTempSubdirectory("timeline-infra-publish-").FullName;

    /// <summary>dotnet's obj/bin for the publish, inside the test's temp folder (not the repo's .data).</summary>
    private string WorkDir => Path.Combine(_temp, "work");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string ExecutablePath()
    {
        var host = JsonNode.Parse(File.ReadAllText(TestEnvironment.InRepo("host.json")))!;
        return (string)host["customHandler"]!["description"]!["defaultExecutablePath"]!;
    }

    /// <summary>A minimal web app whose AssemblyName matches host.json's executable.</summary>
    private string CreateStubHandler()
    {
        var dir = Path.Combine(_temp, "stub-handler");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "StubHandler.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <AssemblyName>{Path.GetFileName(ExecutablePath())}</AssemblyName>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/", () => "ok");
            app.Run();
            """);
        return dir;
    }

    /// <summary>A copy of the app root (host.json + function folders) with local.settings.json files added.</summary>
    private string CreateAppRootWithLocalSettings()
    {
        var root = Path.Combine(_temp, "app-root");
        Directory.CreateDirectory(root);
        File.Copy(TestEnvironment.InRepo("host.json"), Path.Combine(root, "host.json"));
        foreach (var function in new[] { "IngestArticle", "TimelineApi" })
        {
            Directory.CreateDirectory(Path.Combine(root, function));
            File.Copy(TestEnvironment.InRepo(function, "function.json"), Path.Combine(root, function, "function.json"));
        }

        const string LocalSettings = """{ "IsEncrypted": false, "Values": { "AzureWebJobsStorage": "UseDevelopmentStorage=true" } }""";
        File.WriteAllText(Path.Combine(root, "local.settings.json"), LocalSettings);
        File.WriteAllText(Path.Combine(root, "IngestArticle", "local.settings.json"), LocalSettings);
        return root;
    }

    private static void AssertAppLayout(string outDir, string exe)
    {
        Assert.Equal(File.ReadAllText(TestEnvironment.InRepo("host.json")), File.ReadAllText(Path.Combine(outDir, "host.json")));
        foreach (var function in new[] { "IngestArticle", "TimelineApi" })
        {
            Assert.Equal(
                File.ReadAllText(TestEnvironment.InRepo(function, "function.json")),
                File.ReadAllText(Path.Combine(outDir, function, "function.json")));
        }

        var apphost = Path.Combine(outDir, exe);
        Assert.True(File.Exists(apphost), $"{exe} was not published");
        Assert.True((File.GetUnixFileMode(apphost) & UnixFileMode.UserExecute) != 0, $"{exe} is not executable");

        // A Linux ELF apphost, not a Windows PE or a framework-dependent dll.
        var magic = new byte[4];
        using (var stream = File.OpenRead(apphost))
        {
            stream.ReadExactly(magic);
        }

        Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, magic);

        // Self-contained: the runtime ships with the app.
        Assert.True(File.Exists(Path.Combine(outDir, "handler", "libcoreclr.so")), "the publish is not self-contained (no libcoreclr.so)");
        Assert.True(File.Exists(Path.Combine(outDir, "handler", "Microsoft.AspNetCore.dll")), "ASP.NET Core is not in the publish");

        Assert.Empty(Directory.EnumerateFiles(outDir, "local.settings.json", SearchOption.AllDirectories));
    }

    private static void AssertZipMatchesFolder(string outDir, string exe)
    {
        var zipPath = outDir + ".zip";
        Assert.True(File.Exists(zipPath), $"{zipPath} was not written");
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = zip.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);

        Assert.Contains("host.json", entries.Keys);
        Assert.Contains("IngestArticle/function.json", entries.Keys);
        Assert.Contains("TimelineApi/function.json", entries.Keys);
        Assert.DoesNotContain(entries.Keys, name => name.EndsWith("local.settings.json", StringComparison.Ordinal));
        Assert.DoesNotContain(entries.Keys, name => name.Contains(".timeline-functions-publish", StringComparison.Ordinal));

        // Unix mode bits live in the high 16 bits of the external attributes.
        var exeEntry = entries[exe];
        var mode = (exeEntry.ExternalAttributes >> 16) & 0xFFFF;
        Assert.True((mode & 0x40) != 0, $"{exe} lost its execute bit in the zip (mode {Convert.ToString(mode, 8)})");
        Assert.True((mode & 0xF000) == 0x8000, "the apphost entry is not marked as a regular file");

        var files = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outDir, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != ".timeline-functions-publish")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(files, entries.Keys.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Publishes_host_json_function_folders_and_an_executable_self_contained_handler()
    {
        var exe = ExecutablePath();
        var outDir = Path.Combine(_temp, "out", "app");
        var result = await ProcessRunner.BashAsync(
            "scripts/publish.sh",
            [outDir],
            new Dictionary<string, string?>
            {
                ["HANDLER_PROJECT"] = CreateStubHandler(),
                ["APP_ROOT"] = CreateAppRootWithLocalSettings(),
                ["PUBLISH_WORK_DIR"] = WorkDir,
            },
            PublishTimeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertAppLayout(outDir, exe);
        AssertZipMatchesFolder(outDir, exe);
        await AssertHandlerStartsFromTheUnpackedZipAsync(outDir + ".zip", exe);
    }

    /// <summary>
    /// Unpacks the zip (.NET applies the Unix modes stored in it, as unzip does) and starts the apphost with an
    /// empty environment and no dotnet on PATH, the way a host without a .NET install would; the stub answers GET /.
    /// </summary>
    private async Task AssertHandlerStartsFromTheUnpackedZipAsync(string zipPath, string exe)
    {
        var unpacked = Path.Combine(_temp, "unpacked");
        ZipFile.ExtractToDirectory(zipPath, unpacked);
        var apphost = Path.Combine(unpacked, exe);
        Assert.True((File.GetUnixFileMode(apphost) & UnixFileMode.UserExecute) != 0, "the unpacked apphost is not executable");

        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var startInfo = new System.Diagnostics.ProcessStartInfo(apphost)
        {
            WorkingDirectory = Path.GetDirectoryName(apphost)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment.Clear();
        startInfo.Environment["PATH"] = "/usr/bin:/bin";
        startInfo.Environment["HOME"] = _temp;
        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        using var process = System.Diagnostics.Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            string? body = null;
            for (var attempt = 0; attempt < 100 && body is null && !process.HasExited; attempt++)
            {
                try
                {
                    body = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/"));
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }

            Assert.True(body == "ok", $"the unpacked handler did not answer (exited: {process.HasExited})");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            _ = await stdout;
            _ = await stderr;
        }
    }

    [Fact]
    public async Task Refuses_to_wipe_a_folder_it_did_not_create()
    {
        var outDir = Path.Combine(_temp, "precious");
        Directory.CreateDirectory(outDir);
        var precious = Path.Combine(outDir, "keep.txt");
        await File.WriteAllTextAsync(precious, "do not delete");

        var result = await ProcessRunner.BashAsync(
            "scripts/publish.sh",
            [outDir],
            new Dictionary<string, string?> { ["HANDLER_PROJECT"] = CreateStubHandler(), ["PUBLISH_WORK_DIR"] = WorkDir },
            PublishTimeout);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not created by this script", result.StdErr, StringComparison.Ordinal);
        Assert.True(File.Exists(precious));
    }

    [Fact]
    public async Task Publishing_the_real_handler_either_produces_the_app_or_fails_loudly()
    {
        var handlerDir = TestEnvironment.InRepo("src", "TimelineFunctions.Handler");
        var hasCode = Directory.EnumerateFiles(handlerDir, "*.cs", SearchOption.AllDirectories)
            .Any(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var outDir = Path.Combine(_temp, "real", "app");

        var result = await ProcessRunner.BashAsync(
            "scripts/publish.sh",
            [outDir],
            new Dictionary<string, string?> { ["PUBLISH_WORK_DIR"] = WorkDir },
            PublishTimeout);

        if (hasCode)
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            AssertAppLayout(outDir, ExecutablePath());
            AssertZipMatchesFolder(outDir, ExecutablePath());
        }
        else
        {
            // The handler project has no code yet on this branch: the script must fail, not ship a broken app.
            Assert.True(result.ExitCode != 0, "publish.sh succeeded although the handler has no code:\n" + result);
            Assert.False(File.Exists(outDir + ".zip"), "a zip was written for a failed publish");
        }
    }
}
