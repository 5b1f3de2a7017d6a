namespace TimelineFunctions.Infra.Tests;

/// <summary>
/// scripts/deploy.sh and scripts/hooks/postdeploy.sh, run against fake az/azd/curl that record their calls.
/// This checks the scripts' logic (tool and login checks, the webhook URL, the filter, idempotence); it does
/// not prove that the real CLIs accept the arguments or that Azure behaves as assumed.
/// </summary>
public sealed class DeploymentScriptTests : IDisposable
{
    private const string Key = "fake-blobs-extension-key-123";
    private const string DeletedKey = "fake-article-blob-deleted-key-456";

    private readonly FakeCli _fakes = new();

    public void Dispose() => _fakes.Dispose();

    private static Dictionary<string, string?> AzdOutputs() => new()
    {
        ["AZURE_FUNCTION_APP_NAME"] = "func-abc",
        ["RESOURCE_GROUP"] = "rg-dev",
        ["EVENTGRID_SYSTEM_TOPIC_NAME"] = "evgt-articles-abc",
        ["ARTICLES_CONTAINER_NAME"] = "articles",
        ["KEY_POLL_SECONDS"] = "0",
        ["FAKE_FUNCTION_KEY"] = DeletedKey,
    };

    private Task<ProcessResult> PostDeployAsync(Dictionary<string, string?> extra) =>
        ProcessRunner.BashAsync("scripts/hooks/postdeploy.sh", [], _fakes.Environment(extra), TimeSpan.FromSeconds(60));

    [Fact]
    public async Task Postdeploy_waits_for_the_key_then_creates_the_blob_created_subscription()
    {
        var env = AzdOutputs();
        env["FAKE_KEY"] = Key;
        env["FAKE_KEY_AFTER"] = "2"; // the host is cold: no key on the first two polls

        var result = await PostDeployAsync(env);

        Assert.True(result.ExitCode == 0, result.ToString());
        var calls = _fakes.Calls;
        Assert.Equal(3, calls.Count(c => c.StartsWith("az functionapp keys list", StringComparison.Ordinal)));
        Assert.Contains(calls, c => c.StartsWith("curl ", StringComparison.Ordinal) && c.Contains("https://func-abc.azurewebsites.net/", StringComparison.Ordinal));

        var create = Assert.Single(calls, c => c.StartsWith("az eventgrid system-topic event-subscription create", StringComparison.Ordinal) && c.Contains("BlobCreated", StringComparison.Ordinal));
        Assert.Contains("--resource-group rg-dev", create, StringComparison.Ordinal);
        Assert.Contains("--system-topic-name evgt-articles-abc", create, StringComparison.Ordinal);
        Assert.Contains("--endpoint-type webhook", create, StringComparison.Ordinal);
        Assert.Contains(
            $"--endpoint https://func-abc.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.IngestArticle&code={Key} ",
            create,
            StringComparison.Ordinal);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated", create, StringComparison.Ordinal);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/articles/ ", create, StringComparison.Ordinal);
        Assert.DoesNotContain(calls, c => c.Contains("event-subscription update", StringComparison.Ordinal));

        // The key must not end up in the deployment log.
        Assert.DoesNotContain(Key, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postdeploy_also_subscribes_the_blob_deleted_function_with_its_own_key()
    {
        var env = AzdOutputs();
        env["FAKE_KEY"] = Key;

        var result = await PostDeployAsync(env);

        Assert.True(result.ExitCode == 0, result.ToString());
        var calls = _fakes.Calls;
        Assert.Contains(calls, c => c.StartsWith("az functionapp function keys list", StringComparison.Ordinal) && c.Contains("--function-name ArticleBlobDeleted", StringComparison.Ordinal));
        var create = Assert.Single(calls, c => c.StartsWith("az eventgrid system-topic event-subscription create", StringComparison.Ordinal) && c.Contains("BlobDeleted", StringComparison.Ordinal));
        Assert.Contains("--name articles-blobdeleted", create, StringComparison.Ordinal);
        Assert.Contains("--system-topic-name evgt-articles-abc", create, StringComparison.Ordinal);
        Assert.Contains("--endpoint-type webhook", create, StringComparison.Ordinal);
        Assert.Contains($"--endpoint https://func-abc.azurewebsites.net/api/events/blob-deleted?code={DeletedKey} ", create, StringComparison.Ordinal);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobDeleted ", create, StringComparison.Ordinal);
        Assert.DoesNotContain("BlobCreated", create, StringComparison.Ordinal);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/articles/ ", create, StringComparison.Ordinal);
        Assert.Contains("--event-delivery-schema eventgridschema", create, StringComparison.Ordinal);
        Assert.DoesNotContain(DeletedKey, result.Output, StringComparison.Ordinal);

        // The route and function the endpoint names are the built app's: an HTTP function that needs a function key.
        var functions = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestEnvironment.InFunctionsAppOutput("functions.metadata")))!.AsArray();
        var deleted = Assert.Single(functions, f => (string?)f?["name"] == "ArticleBlobDeleted");
        var trigger = Assert.Single(deleted!["bindings"]!.AsArray(), b => (string?)b?["type"] == "httpTrigger");
        Assert.Equal("events/blob-deleted", (string?)trigger?["route"]);
        Assert.Equal("Function", (string?)trigger?["authLevel"]);
    }

    [Fact]
    public async Task Postdeploy_fails_clearly_when_the_blob_deleted_function_has_no_key()
    {
        var env = AzdOutputs();
        env["FAKE_KEY"] = Key;
        env["FAKE_FUNCTION_KEY"] = null;

        var result = await PostDeployAsync(env);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no function key for ArticleBlobDeleted", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(_fakes.Calls, c => c.Contains("BlobDeleted", StringComparison.Ordinal) && c.Contains("event-subscription", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Postdeploy_updates_an_existing_subscription_instead_of_failing()
    {
        var env = AzdOutputs();
        env["FAKE_KEY"] = Key;
        env["FAKE_SUB_EXISTS"] = "1";
        env["SERVICE_API_URI"] = "https://func-abc.azurewebsites.net/";

        var result = await PostDeployAsync(env);

        Assert.True(result.ExitCode == 0, result.ToString());
        var update = Assert.Single(_fakes.Calls, c => c.StartsWith("az eventgrid system-topic event-subscription update", StringComparison.Ordinal) && c.Contains("BlobCreated", StringComparison.Ordinal));
        Assert.Contains(
            $"--endpoint https://func-abc.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.IngestArticle&code={Key} ",
            update,
            StringComparison.Ordinal);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/articles/ ", update, StringComparison.Ordinal);
        Assert.DoesNotContain(_fakes.Calls, c => c.Contains("event-subscription create", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Postdeploy_gives_up_with_a_clear_message_when_the_host_never_exposes_the_key()
    {
        var env = AzdOutputs();
        env["KEY_WAIT_SECONDS"] = "0";

        var result = await PostDeployAsync(env);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no blobs_extension key", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(_fakes.Calls, c => c.Contains("event-subscription create", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Postdeploy_names_a_missing_azd_value()
    {
        var env = AzdOutputs();
        env["EVENTGRID_SYSTEM_TOPIC_NAME"] = null;

        var result = await PostDeployAsync(env);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("EVENTGRID_SYSTEM_TOPIC_NAME is not set", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(_fakes.Calls);
    }

    [Fact]
    public void Postdeploy_targets_a_real_blob_trigger_function_and_uses_only_template_outputs()
    {
        var script = File.ReadAllText(TestEnvironment.InRepo("scripts", "hooks", "postdeploy.sh"));
        Assert.Contains("function_name=IngestArticle", script, StringComparison.Ordinal);
        Assert.Contains("functionName=Host.Functions.$function_name", script, StringComparison.Ordinal);

        // The function the webhook names is a blob trigger with the Event Grid source in the built app (the blob
        // extension's webhook runs only those; for any other name it answers 202 and runs nothing).
        var functions = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestEnvironment.InFunctionsAppOutput("functions.metadata")))!.AsArray();
        var ingest = Assert.Single(functions, f => (string?)f?["name"] == "IngestArticle");
        var trigger = Assert.Single(ingest!["bindings"]!.AsArray());
        Assert.Equal("blobTrigger", (string?)trigger?["type"]);
        Assert.Equal("EventGrid", (string?)trigger?["source"]);
        // The subscription filters on the container the trigger watches.
        Assert.StartsWith("articles/", (string?)trigger?["path"], StringComparison.Ordinal);

        var bicep = File.ReadAllText(TestEnvironment.InRepo("infra", "main.bicep"));
        foreach (var output in new[] { "AZURE_FUNCTION_APP_NAME", "RESOURCE_GROUP", "EVENTGRID_SYSTEM_TOPIC_NAME", "ARTICLES_CONTAINER_NAME", "SERVICE_API_URI" })
        {
            Assert.Contains(output, script, StringComparison.Ordinal);
            Assert.Contains($"output {output} string", bicep, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Deploy_lists_every_missing_tool()
    {
        var env = _fakes.Environment();
        env["PATH"] = _fakes.MinimalPath("dirname");

        var result = await ProcessRunner.BashAsync("scripts/deploy.sh", [], env);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("missing: azd", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("missing: az ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("missing: dotnet", result.StdErr, StringComparison.Ordinal);
        // azd publishes the app itself (dotnet publish); nothing on the deployment path needs python3 any more.
        Assert.DoesNotContain("python3", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(_fakes.Calls);
    }

    [Fact]
    public async Task Deploy_stops_when_azd_is_not_logged_in()
    {
        var result = await ProcessRunner.BashAsync(
            "scripts/deploy.sh", [], _fakes.Environment(new Dictionary<string, string?> { ["FAKE_AZD_LOGGED_IN"] = "0" }));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("azd auth login", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(_fakes.Calls, c => c.StartsWith("azd up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deploy_stops_when_az_is_not_logged_in()
    {
        var result = await ProcessRunner.BashAsync(
            "scripts/deploy.sh", [], _fakes.Environment(new Dictionary<string, string?> { ["FAKE_AZ_LOGGED_IN"] = "0" }));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("az login", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(_fakes.Calls, c => c.StartsWith("azd up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deploy_creates_the_environment_and_runs_azd_up()
    {
        var result = await ProcessRunner.BashAsync(
            "scripts/deploy.sh", ["--env", "dev", "--location", "swedencentral"], _fakes.Environment());

        Assert.True(result.ExitCode == 0, result.ToString());
        var calls = _fakes.Calls;
        Assert.Contains("azd env new dev --location swedencentral", calls);
        Assert.Contains("azd env set AZURE_LOCATION swedencentral", calls);
        Assert.Contains(calls, c => c.StartsWith("az provider register --namespace Microsoft.EventGrid", StringComparison.Ordinal));
        var up = calls.ToList().FindIndex(c => c == "azd up");
        Assert.True(up >= 0, string.Join('\n', calls));
        Assert.True(calls.ToList().FindIndex(c => c.StartsWith("azd env new", StringComparison.Ordinal)) < up);
        Assert.Contains("https://func-fake.azurewebsites.net/api/", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("--account-name stfake", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_fails_when_azd_up_fails()
    {
        var result = await ProcessRunner.BashAsync(
            "scripts/deploy.sh", [], _fakes.Environment(new Dictionary<string, string?> { ["FAKE_AZD_UP_FAILS"] = "1" }));

        Assert.Equal(7, result.ExitCode);
        Assert.DoesNotContain("deploy: done", result.StdErr, StringComparison.Ordinal);
    }
}
