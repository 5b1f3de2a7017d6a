namespace TimelineFunctions.Infra.Tests;

/// <summary>
/// A temp folder of fake `az`, `azd` and `curl` executables that log their arguments (one call per line)
/// and answer from environment variables, so the deployment scripts can run without Azure.
/// </summary>
public sealed class FakeCli : IDisposable
{
    private const string AzScript = """
        #!/usr/bin/env bash
        printf 'az %s\n' "$*" >> "$FAKE_LOG"
        case "$*" in
          "account show"*) [ "${FAKE_AZ_LOGGED_IN:-1}" = 1 ] || { echo "Please run 'az login'" >&2; exit 1; } ;;
          "functionapp keys list"*)
            n=$(( $(cat "$FAKE_STATE/keys" 2>/dev/null || echo 0) + 1 )); echo "$n" > "$FAKE_STATE/keys"
            if [ "$n" -gt "${FAKE_KEY_AFTER:-0}" ] && [ -n "${FAKE_KEY:-}" ]; then echo "$FAKE_KEY"; fi ;;
          "functionapp function keys list"*) [ -n "${FAKE_FUNCTION_KEY:-}" ] && echo "$FAKE_FUNCTION_KEY" ;;
          "eventgrid system-topic event-subscription show"*) [ "${FAKE_SUB_EXISTS:-0}" = 1 ] || { echo "ResourceNotFound" >&2; exit 3; } ;;
        esac
        exit 0
        """;

    private const string AzdScript = """
        #!/usr/bin/env bash
        printf 'azd %s\n' "$*" >> "$FAKE_LOG"
        case "$*" in
          "auth login --check-status"*) [ "${FAKE_AZD_LOGGED_IN:-1}" = 1 ] || { echo "not logged in" >&2; exit 1; } ;;
          "env select"*) [ "${FAKE_ENV_EXISTS:-0}" = 1 ] || exit 1 ;;
          "env get-values"*)
            echo 'SERVICE_API_URI="https://func-fake.azurewebsites.net"'
            echo 'STORAGE_ACCOUNT_NAME="stfake"' ;;
          "up"* | "provision"*) [ "${FAKE_AZD_UP_FAILS:-0}" = 1 ] && exit 7 ;;
        esac
        exit 0
        """;

    private const string CurlScript = """
        #!/usr/bin/env bash
        printf 'curl %s\n' "$*" >> "$FAKE_LOG"
        exit 0
        """;

    private static readonly string[] SystemDirs = ["/usr/bin", "/bin"];

    private readonly string _root = Directory.CreateTempSubdirectory("timeline-infra-fakes-").FullName;

    public FakeCli(bool withAz = true, bool withAzd = true, bool withCurl = true)
    {
        Bin = Path.Combine(_root, "bin");
        State = Path.Combine(_root, "state");
        Log = Path.Combine(_root, "calls.log");
        Directory.CreateDirectory(Bin);
        Directory.CreateDirectory(State);
        File.WriteAllText(Log, "");
        if (withAz)
        {
            Write("az", AzScript);
        }

        if (withAzd)
        {
            Write("azd", AzdScript);
        }

        if (withCurl)
        {
            Write("curl", CurlScript);
        }
    }

    public string Bin { get; }

    public string State { get; }

    public string Log { get; }

    public IReadOnlyList<string> Calls => File.ReadAllLines(Log);

    /// <summary>Environment for a script run: the fakes first on PATH, then only the system folders.</summary>
    public Dictionary<string, string?> Environment(IDictionary<string, string?>? extra = null)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["PATH"] = $"{Bin}:{SystemPath()}",
            ["FAKE_LOG"] = Log,
            ["FAKE_STATE"] = State,
        };
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                env[key] = value;
            }
        }

        return env;
    }

    /// <summary>The directories of the tools the scripts use besides the fakes (bash, coreutils, dotnet, python3).</summary>
    public static string SystemPath()
    {
        var dirs = new List<string> { "/usr/bin", "/bin" };
        foreach (var tool in new[] { "dotnet", "python3" })
        {
            var dir = (System.Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(':', StringSplitOptions.RemoveEmptyEntries)
                .FirstOrDefault(d => File.Exists(Path.Combine(d, tool)));
            if (dir is not null && !dirs.Contains(dir))
            {
                dirs.Add(dir);
            }
        }

        return string.Join(':', dirs);
    }

    /// <summary>A PATH with only the named system tools (symlinked): no az, azd, dotnet or python3.</summary>
    public string MinimalPath(params string[] tools)
    {
        var dir = Path.Combine(_root, "minimal-bin");
        Directory.CreateDirectory(dir);
        foreach (var tool in tools)
        {
            var target = SystemDirs.Select(d => Path.Combine(d, tool)).First(File.Exists);
            File.CreateSymbolicLink(Path.Combine(dir, tool), target);
        }

        return dir;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string name, string script)
    {
        var path = Path.Combine(Bin, name);
        File.WriteAllText(path, script.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
