using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Infra.Tests;

/// <summary>
/// infra/main.bicep compiles and lints cleanly, and the compiled ARM template has the shape the app needs.
/// This proves the template is well-formed and says what we intend; only a real deployment proves that
/// Azure accepts it (see docs/deploy.md).
/// </summary>
public sealed partial class BicepTemplateTests(BicepFixture bicep) : IClassFixture<BicepFixture>
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private static readonly string[] TableSettings = ["Storage__TimelineTable", "Storage__StoriesTable", "Storage__ReceiptsTable"];

    public static TheoryData<string> BicepFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestEnvironment.InRepo("infra"), "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestEnvironment.RepoRoot, file));
        }

        return data;
    }

    [Fact]
    public void Build_succeeds_with_no_errors_and_no_warnings()
    {
        Assert.True(bicep.Build.ExitCode == 0, bicep.Build.ToString());
        Assert.True(string.IsNullOrWhiteSpace(bicep.Build.StdErr), "bicep build reported diagnostics:\n" + bicep.Build.StdErr);
        Assert.Equal("https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#", (string?)bicep.Template["$schema"]);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Lint_reports_nothing(string relativePath)
    {
        var result = await ProcessRunner.RunAsync(
            TestEnvironment.BicepPath, ["lint", TestEnvironment.InRepo(relativePath)], TestEnvironment.RepoRoot);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(string.IsNullOrWhiteSpace(result.Output), $"bicep lint {relativePath}:\n{result.Output}");
    }

    [Fact]
    public void Resource_group_is_created_and_tagged_with_the_azd_environment()
    {
        var rg = Assert.Single(BicepFixture.OfType(bicep.Template, "Microsoft.Resources/resourceGroups"));
        var tags = Resolve(bicep.Template, (string?)rg["tags"]);
        Assert.Equal("[parameters('environmentName')]", (string?)tags?["azd-env-name"]);
    }

    [Fact]
    public void Function_app_runs_the_dotnet_isolated_10_runtime_on_flex_consumption()
    {
        var api = bicep.Module("api");
        var plan = Assert.Single(BicepFixture.OfType(api, "Microsoft.Web/serverfarms"));
        Assert.Equal("FC1", (string?)plan["sku"]?["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]?["tier"]);
        Assert.True((bool?)plan["properties"]?["reserved"], "a Linux plan needs reserved: true");

        var site = Assert.Single(BicepFixture.OfType(api, "Microsoft.Web/sites"));
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]?["type"]);

        var config = site["properties"]?["functionAppConfig"];
        Assert.NotNull(config);
        // The isolated worker on its own .NET 10 runtime (the app is published framework-dependent for net10.0).
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]?["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]?["version"]);
        Assert.Equal("net10.0", TargetFrameworkOfTheApp());
        Assert.Null(site["properties"]?["siteConfig"]?["linuxFxVersion"]);

        var storage = config["deployment"]?["storage"];
        Assert.Equal("blobContainer", (string?)storage?["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage?["authentication"]?["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)storage?["authentication"]?["userAssignedIdentityResourceId"]);
        Assert.Contains("parameters('deploymentContainerName')", (string?)storage?["value"], StringComparison.Ordinal);

        Assert.Equal("[parameters('instanceMemoryMB')]", (string?)config["scaleAndConcurrency"]?["instanceMemoryMB"]);
        Assert.Equal("[parameters('maximumInstanceCount')]", (string?)config["scaleAndConcurrency"]?["maximumInstanceCount"]);
        Assert.Equal(2048, (int?)bicep.Template["parameters"]?["instanceMemoryMB"]?["defaultValue"]);
        Assert.Equal(40, (int?)bicep.Template["parameters"]?["maximumInstanceCount"]?["defaultValue"]);
    }

    [Fact]
    public void Function_app_is_tagged_for_the_azd_service_api()
    {
        var site = Assert.Single(BicepFixture.OfType(bicep.Module("api"), "Microsoft.Web/sites"));
        Assert.Contains("'azd-service-name', parameters('serviceName')", (string?)site["tags"], StringComparison.Ordinal);
        Assert.Equal("api", (string?)bicep.ModuleParameters("api")["serviceName"]?["value"]);
    }

    /// <summary>The function app's app settings in the compiled template, by name.</summary>
    internal static Dictionary<string, string?> AppSettings(BicepFixture bicep)
    {
        var site = Assert.Single(BicepFixture.OfType(bicep.Module("api"), "Microsoft.Web/sites"));
        return site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => (string?)s!["value"], StringComparer.Ordinal);
    }

    [Fact]
    public void App_settings_are_identity_based_and_omit_FUNCTIONS_WORKER_RUNTIME()
    {
        var settings = AppSettings(bicep);

        string[] required =
        [
            "AzureWebJobsStorage__accountName",
            "AzureWebJobsStorage__credential",
            "AzureWebJobsStorage__clientId",
            "ArticlesStorage__blobServiceUri",
            "ArticlesStorage__queueServiceUri",
            "ArticlesStorage__credential",
            "ArticlesStorage__clientId",
            "Storage__BlobServiceUri",
            "Storage__TableServiceUri",
            "AZURE_CLIENT_ID",
            "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        ];
        Assert.All(required, name => Assert.True(settings.ContainsKey(name), $"app setting {name} is missing"));

        // Host storage: the account name, the user-assigned identity.
        Assert.Equal("[parameters('storageAccountName')]", settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", settings["AzureWebJobsStorage__clientId"]);
        Assert.Equal("[storage.outputs.name]", ModuleParameterExpression("api", "storageAccountName"));

        // The blob trigger's connection (Connection = "ArticlesStorage"): blob and queue endpoints, the same identity.
        Assert.Equal("[parameters('storageBlobEndpoint')]", settings["ArticlesStorage__blobServiceUri"]);
        Assert.Equal("[parameters('storageQueueEndpoint')]", settings["ArticlesStorage__queueServiceUri"]);
        Assert.Equal("managedidentity", settings["ArticlesStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", settings["ArticlesStorage__clientId"]);

        // The app's own storage clients: DefaultAzureCredential with the identity named by AZURE_CLIENT_ID.
        Assert.Equal("[parameters('identityClientId')]", settings["AZURE_CLIENT_ID"]);
        Assert.Equal("[parameters('storageBlobEndpoint')]", settings["Storage__BlobServiceUri"]);
        Assert.Equal("[parameters('storageTableEndpoint')]", settings["Storage__TableServiceUri"]);
        Assert.Contains("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);

        // No connection-string (key-based) storage and nothing Flex rejects, anywhere in the template.
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.DoesNotContain("ArticlesStorage", settings.Keys);
        Assert.DoesNotContain("Storage__ConnectionString", settings.Keys);
        var json = bicep.Template.ToJsonString();
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", json, StringComparison.Ordinal);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", json, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys", json, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_paging_token_key_is_a_secret_generated_per_environment_and_reads_stay_anonymous_by_default()
    {
        var settings = AppSettings(bicep);
        Assert.Equal("[parameters('pagingTokenKey')]", settings["Api__PagingTokenKey"]);
        Assert.Equal("[parameters('readAccess')]", settings["Api__ReadAccess"]);
        Assert.Equal("[parameters('readKeys')]", settings["Api__ReadKeys"]);

        var key = bicep.Template["parameters"]!["pagingTokenKey"]!;
        Assert.Equal("securestring", (string?)key["type"]);
        Assert.Null(key["defaultValue"]); // azd generates it (metadata.azd.type 'generate') and keeps it in the environment
        Assert.Equal("generate", (string?)key["metadata"]?["azd"]?["type"]);
        Assert.True((int?)key["metadata"]?["azd"]?["config"]?["length"] >= 32);
        Assert.Equal("[parameters('pagingTokenKey')]", (string?)bicep.ModuleParameters("api")["pagingTokenKey"]!["value"]);

        var readAccess = bicep.Template["parameters"]!["readAccess"]!;
        Assert.Equal("Anonymous", (string?)readAccess["defaultValue"]);
        Assert.Equal("securestring", (string?)bicep.Template["parameters"]!["readKeys"]!["type"]);
        var options = File.ReadAllText(TestEnvironment.InRepo("src", "TimelineFunctions.Functions", "ApiOptions.cs"));
        Assert.Contains("PagingTokenKey", options, StringComparison.Ordinal);
        Assert.Contains("ReadKeys", options, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tables_the_template_creates_are_the_ones_the_app_uses()
    {
        // local.settings.example.json shows the app's table settings; Azure relies on the defaults being the same names.
        var example = JsonNode.Parse(File.ReadAllText(TestEnvironment.InRepo("src", "TimelineFunctions.Functions", "local.settings.example.json")))!;
        var values = example["Values"]!.AsObject();
        var used = TableSettings
            .Select(k => (string?)values[k])
            .ToList();
        var created = Resolve(bicep.Template, (string?)bicep.ModuleParameters("storage")["tableNames"]!["value"])!.AsArray()
            .Select(t => (string?)t)
            .ToList();
        Assert.Equal(used, created);
        var options = File.ReadAllText(TestEnvironment.InRepo("src", "TimelineFunctions.Storage", "StorageOptions.cs"));
        Assert.All(created, table => Assert.Contains($"\"{table}\"", options, StringComparison.Ordinal));
    }

    /// <summary>The expression main.bicep passes for a module parameter, with the module reference simplified.</summary>
    private string? ModuleParameterExpression(string module, string parameter)
    {
        var value = (string?)bicep.ModuleParameters(module)[parameter]?["value"];
        var match = value is null ? null : ModuleOutput().Match(value);
        return match is { Success: true } ? $"[{match.Groups[1].Value}.outputs.{match.Groups[2].Value}]" : value;
    }

    private static string TargetFrameworkOfTheApp()
    {
        var props = System.Xml.Linq.XDocument.Load(TestEnvironment.InRepo("Directory.Build.props"));
        var csproj = System.Xml.Linq.XDocument.Load(TestEnvironment.InRepo("src", "TimelineFunctions.Functions", "TimelineFunctions.Functions.csproj"));
        return csproj.Descendants("TargetFramework").Concat(props.Descendants("TargetFramework")).Select(e => e.Value.Trim()).First();
    }

    [Fact]
    public void Storage_account_is_v2_with_shared_keys_and_public_blob_access_off()
    {
        var account = Assert.Single(BicepFixture.OfType(bicep.Module("storage"), "Microsoft.Storage/storageAccounts"));
        Assert.Equal("StorageV2", (string?)account["kind"]);
        var properties = account["properties"]!;
        Assert.False((bool?)properties["allowSharedKeyAccess"]);
        Assert.False((bool?)properties["allowBlobPublicAccess"]);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void Storage_has_the_articles_and_deployment_containers_and_the_three_tables()
    {
        var storage = bicep.Module("storage");
        var parameters = bicep.ModuleParameters("storage");

        var containers = parameters["containerNames"]!["value"]!.AsArray()
            .Select(c => Resolve(bicep.Template, (string?)c)?.ToString())
            .ToList();
        Assert.Contains("articles", containers);
        Assert.Contains(containers, c => c is not null && c.Contains("app-package-", StringComparison.Ordinal));

        var tables = Resolve(bicep.Template, (string?)parameters["tableNames"]!["value"])!.AsArray()
            .Select(t => (string?)t).ToList();
        Assert.Equal(["timeline", "stories", "receipts"], tables);

        // The module turns those parameters into resources.
        var containerResource = Assert.Single(BicepFixture.OfType(storage, "Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Equal("[parameters('containerNames')]", CopySource(containerResource));
        Assert.Equal("None", (string?)containerResource["properties"]?["publicAccess"]);
        var tableResource = Assert.Single(BicepFixture.OfType(storage, "Microsoft.Storage/storageAccounts/tableServices/tables"));
        Assert.Equal("[parameters('tableNames')]", CopySource(tableResource));
    }

    [Fact]
    public void Managed_identity_gets_the_three_storage_roles_and_metrics_publisher()
    {
        var rbac = bicep.Module("rbac");
        var assignments = BicepFixture.OfType(rbac, "Microsoft.Authorization/roleAssignments").ToList();

        // The app identity's storage roles: one looped assignment over appStorageRoles, scoped to the account.
        var storageLoop = assignments.Single(a =>
            ((string?)a["properties"]?["principalId"]) == "[parameters('managedIdentityPrincipalId')]"
            && a["copy"] is not null);
        Assert.Equal("ServicePrincipal", (string?)storageLoop["properties"]?["principalType"]);
        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)storageLoop["scope"], StringComparison.Ordinal);
        var roleIds = Resolve(rbac, CopySource(storageLoop))!.AsArray()
            .Select(r => Resolve(rbac, (string?)r)?.ToString())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Equal(
            new HashSet<string?>([StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor], StringComparer.OrdinalIgnoreCase),
            roleIds);

        var metrics = assignments.Single(a =>
            ((string?)a["properties"]?["principalId"]) == "[parameters('managedIdentityPrincipalId')]"
            && a["copy"] is null);
        Assert.Contains("Microsoft.Insights/components", (string?)metrics["scope"], StringComparison.Ordinal);
        Assert.Contains("monitoringMetricsPublisher", (string?)metrics["properties"]?["roleDefinitionId"], StringComparison.Ordinal);
        Assert.Equal(MonitoringMetricsPublisher, (string?)rbac["variables"]?["roles"]?["monitoringMetricsPublisher"]);

        // main wires the module to the identity the function app runs as.
        var rbacParameters = bicep.ModuleParameters("rbac");
        Assert.Contains("'identity'", (string?)rbacParameters["managedIdentityPrincipalId"]?["value"], StringComparison.Ordinal);
        Assert.Contains("outputs.principalId", (string?)rbacParameters["managedIdentityPrincipalId"]?["value"], StringComparison.Ordinal);
    }

    [Fact]
    public void Application_insights_has_local_auth_disabled()
    {
        var component = Assert.Single(BicepFixture.OfType(bicep.Module("monitoring"), "Microsoft.Insights/components"));
        Assert.True((bool?)component["properties"]?["DisableLocalAuth"]);
        Assert.Single(BicepFixture.OfType(bicep.Module("monitoring"), "Microsoft.OperationalInsights/workspaces"));
    }

    [Fact]
    public void Event_grid_system_topic_is_on_the_storage_account_and_the_subscription_is_left_to_the_hook()
    {
        var eventGrid = bicep.Module("eventgrid");
        var topic = Assert.Single(BicepFixture.OfType(eventGrid, "Microsoft.EventGrid/systemTopics"));
        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]?["topicType"]);
        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)topic["properties"]?["source"], StringComparison.Ordinal);

        // Created after code deploy by scripts/hooks/postdeploy.sh (it needs the host's blobs_extension key).
        Assert.DoesNotContain("eventSubscriptions", bicep.Template.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Outputs_give_azd_and_the_hooks_what_they_need()
    {
        var outputs = bicep.Template["outputs"]!.AsObject();
        string[] expected =
        [
            "AZURE_LOCATION",
            "AZURE_TENANT_ID",
            "AZURE_RESOURCE_GROUP",
            "RESOURCE_GROUP",
            "AZURE_FUNCTION_APP_NAME",
            "SERVICE_API_NAME",
            "SERVICE_API_URI",
            "STORAGE_ACCOUNT_NAME",
            "ARTICLES_CONTAINER_NAME",
            "EVENTGRID_SYSTEM_TOPIC_NAME",
        ];
        Assert.All(expected, name => Assert.True(outputs.ContainsKey(name), $"output {name} is missing"));
        Assert.All(outputs.Select(o => o.Key), name => Assert.Matches(UpperSnake(), name));
        Assert.Equal("[variables('articlesContainerName')]", (string?)outputs["ARTICLES_CONTAINER_NAME"]?["value"]);
        Assert.Equal("articles", (string?)bicep.Template["variables"]?["articlesContainerName"]);
    }

    [Fact]
    public void Parameters_file_maps_every_required_parameter_to_an_azd_value()
    {
        var file = JsonNode.Parse(File.ReadAllText(TestEnvironment.InRepo("infra", "main.parameters.json")))!;
        var values = file["parameters"]!.AsObject();
        Assert.Equal("${AZURE_ENV_NAME}", (string?)values["environmentName"]?["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)values["location"]?["value"]);
        Assert.Equal("${AZURE_PRINCIPAL_ID}", (string?)values["principalId"]?["value"]);

        var declared = bicep.Template["parameters"]!.AsObject();
        foreach (var (name, definition) in declared)
        {
            // azd generates a value for a parameter whose metadata says so (metadata.azd.type 'generate').
            if (definition?["defaultValue"] is null && (string?)definition?["metadata"]?["azd"]?["type"] != "generate")
            {
                Assert.True(values.ContainsKey(name), $"parameter {name} has no default and is not in main.parameters.json");
            }
        }

        Assert.All(values.Select(v => v.Key), name => Assert.True(declared.ContainsKey(name), $"main.parameters.json sets unknown parameter {name}"));
    }

    /// <summary>The array a copy loop iterates, from its count expression "[length(X)]".</summary>
    private static string? CopySource(JsonObject resource)
    {
        var count = (string?)resource["copy"]?["count"];
        var match = count is null ? null : LengthOf().Match(count);
        return match is { Success: true } ? "[" + match.Groups[1].Value + "]" : null;
    }

    /// <summary>Resolves the two expression forms used above: [variables('x')] and [variables('x').y].</summary>
    private static JsonNode? Resolve(JsonObject template, string? expression)
    {
        if (expression is null)
        {
            return null;
        }

        var match = VariableReference().Match(expression);
        if (!match.Success)
        {
            return JsonValue.Create(expression);
        }

        var node = template["variables"]?[match.Groups[1].Value];
        if (match.Groups[2].Success)
        {
            node = node?[match.Groups[2].Value];
        }

        return node;
    }

    [GeneratedRegex(@"^\[length\((.+)\)\]$")]
    private static partial Regex LengthOf();

    [GeneratedRegex(@"^\[variables\('([^']+)'\)(?:\.(\w+))?\]$")]
    private static partial Regex VariableReference();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex UpperSnake();

    [GeneratedRegex(@"'Microsoft\.Resources/deployments', '([^']+)'\), '[^']+'\)\.outputs\.(\w+)\.value\]$")]
    private static partial Regex ModuleOutput();
}
