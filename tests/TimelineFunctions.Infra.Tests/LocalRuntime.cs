using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Xml.Linq;

namespace TimelineFunctions.Infra.Tests;

/// <summary>Free TCP ports on the loopback interface.</summary>
internal static class FreePorts
{
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    public static async Task<bool> WaitUntilOpenAsync(int port, TimeSpan timeout, Func<bool>? giveUp = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && giveUp?.Invoke() != true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        return false;
    }
}

/// <summary>A child process whose output is kept, stopped with its children on dispose.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public ChildProcess(ProcessStartInfo startInfo)
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        _process = new Process { StartInfo = startInfo };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(cts.Token);
        _process.Dispose();
    }
}

/// <summary>Azurite in memory on free loopback ports (the repository's npm package).</summary>
internal sealed class Azurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly ChildProcess _process;

    private Azurite(ChildProcess process, int blob, int queue, int table)
    {
        _process = process;
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<Azurite> StartAsync(string workDir)
    {
        var script = TestEnvironment.InRepo("node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new FileNotFoundException("Azurite is not installed: run scripts/setup.sh (npm ci) first", script);
        }

        var ports = FreePorts.Take(3);
        var startInfo = new ProcessStartInfo("node") { WorkingDirectory = workDir };
        foreach (var argument in new[]
        {
            script, "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", $"{ports[0]}", "--queuePort", $"{ports[1]}", "--tablePort", $"{ports[2]}",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var azurite = new Azurite(new ChildProcess(startInfo), ports[0], ports[1], ports[2]);
        foreach (var port in ports)
        {
            if (!await FreePorts.WaitUntilOpenAsync(port, TimeSpan.FromSeconds(60), () => azurite._process.HasExited))
            {
                var output = azurite._process.Output;
                await azurite.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not listen on port {port}:\n{output}");
            }
        }

        return azurite;
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}

/// <summary>The Functions host (../shared/tools/functions-host/run-host.sh) running one app folder.</summary>
internal sealed class FunctionsHost : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly HttpClient _http;

    private FunctionsHost(ChildProcess process, int port)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Log => _process.Output;

    public static async Task<FunctionsHost> StartAsync(string appDir, string storage, string workDir)
    {
        var runHost = Path.Combine(TestEnvironment.FunctionsHostDir, "run-host.sh");
        if (!File.Exists(runHost))
        {
            throw new FileNotFoundException(
                $"the Functions host is not at {TestEnvironment.FunctionsHostDir} (../shared beside the repository, or set FUNCTIONS_HOST_DIR)", runHost);
        }

        var port = FreePorts.Take(1)[0];
        var state = Directory.CreateTempSubdirectory("host-state-").FullName;
        var startInfo = new ProcessStartInfo("bash") { WorkingDirectory = workDir };
        foreach (var argument in new[] { runHost, appDir, $"{port}", storage })
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["HOST_STATE_DIR"] = state;
        startInfo.Environment["ArticlesStorage"] = storage;
        startInfo.Environment["Api__PagingTokenKey"] = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        var host = new FunctionsHost(new ChildProcess(startInfo), port);
        if (!await FreePorts.WaitUntilOpenAsync(port, TimeSpan.FromMinutes(2), () => host._process.HasExited))
        {
            var log = host.Log;
            await host.DisposeAsync();
            throw new InvalidOperationException($"the Functions host did not listen on port {port}:\n{log}");
        }

        return host;
    }

    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
    }
}

/// <summary>Small projects for publish.sh's failure paths, written into a temp folder outside the repository.</summary>
internal static class StubProjects
{
    /// <summary>The version the repository pins for a package (Directory.Packages.props).</summary>
    private static string Version(string package) =>
        XDocument.Load(TestEnvironment.InRepo("Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == package)
            .Attribute("Version")!.Value;

    /// <summary>A one-function isolated-worker app (the same worker packages as the real app).</summary>
    public static string IsolatedApp(string dir, bool copyLocalSettingsToPublish)
    {
        Directory.CreateDirectory(dir);
        var publishLocalSettings = copyLocalSettingsToPublish ? "PreserveNewest" : "Never";
        File.WriteAllText(Path.Combine(dir, "StubApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <AzureFunctionsVersion>v4</AzureFunctionsVersion>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <PackageReference Include="Microsoft.Azure.Functions.Worker" Version="{Version("Microsoft.Azure.Functions.Worker")}" />
                <PackageReference Include="Microsoft.Azure.Functions.Worker.Sdk" Version="{Version("Microsoft.Azure.Functions.Worker.Sdk")}" />
                <PackageReference Include="Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore" Version="{Version("Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore")}" />
              </ItemGroup>
              <ItemGroup>
                <None Include="host.json" CopyToOutputDirectory="PreserveNewest" CopyToPublishDirectory="PreserveNewest" />
                <None Include="local.settings.json" CopyToOutputDirectory="PreserveNewest" CopyToPublishDirectory="{publishLocalSettings}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Azure.Functions.Worker;
            using Microsoft.Azure.Functions.Worker.Builder;
            using Microsoft.Extensions.Hosting;

            var builder = FunctionsApplication.CreateBuilder(args);
            builder.ConfigureFunctionsWebApplication();
            builder.Build().Run();

            public static class Ping
            {
                [Function("Ping")]
                public static IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) => Results.Ok("pong");
            }
            """);
        File.WriteAllText(Path.Combine(dir, "host.json"), """{ "version": "2.0" }""");
        File.WriteAllText(Path.Combine(dir, "local.settings.json"), """{ "IsEncrypted": false, "Values": { "AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated" } }""");
        return dir;
    }

    /// <summary>A plain console app: it publishes, but nothing in it tells the Functions host what to run.</summary>
    public static string ConsoleApp(string dir)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "StubConsole.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """System.Console.WriteLine("not a function app");""");
        File.WriteAllText(Path.Combine(dir, "host.json"), """{ "version": "2.0" }""");
        return dir;
    }
}
