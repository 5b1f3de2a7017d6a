using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Cli.Notify;
using TimelineFunctions.Cli.Settings;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.Cli.Commands;

/// <summary><c>timeline notify</c>: the local stand-in for Event Grid.</summary>
/// <remarks>
/// Watches the articles container and posts a BlobCreated notification per new blob version to the Functions host's
/// blob webhook, and a BlobDeleted notification per deleted blob to the app's ArticleBlobDeleted function (see
/// <see cref="BlobEventNotifier"/>).
/// </remarks>
internal static class NotifyCommand
{
    public const string FunctionName = "IngestArticle";

    /// <summary>ArticleBlobDeleted's route (below /api).</summary>
    public const string DeletedRoute = "events/blob-deleted";

    public static Command Create()
    {
        var connection = CliStorage.ConnectionOption();
        var container = CliStorage.ContainerOption();
        var api = ApiAddress.Option();
        var key = new Option<string?>("--key") { Description = "The host's blobs_extension system key (default: read from --host-secrets)." };
        var functionKey = new Option<string?>("--function-key") { Description = "A function key for ArticleBlobDeleted (default: the host's default function key, read from --host-secrets)." };
        var secrets = new Option<string?>("--host-secrets") { Description = $"The host's secrets folder, holding host.json with the blobs_extension key (default: the one scripts/run.sh's host uses, from {CliSettings.LocalRunFile})." };
        var interval = new Option<double>("--interval") { Description = "Seconds between two looks at the container.", DefaultValueFactory = _ => 2 };
        var once = new Option<bool>("--once") { Description = "Look once, notify, and exit." };
        var command = new Command("notify", "Post a BlobCreated notification to the local Functions host for each new article blob version, and a BlobDeleted one for each deleted blob (what Event Grid does in Azure).")
        {
            connection, container, api, key, functionKey, secrets, interval, once,
        };
        command.SetAction((parse, cancellationToken) => Unreachable.RunAsync(async () =>
        {
            var settings = CliSettings.Load();
            var storage = settings.Storage(parse.GetValue(connection), parse.GetValue(container));
            var secretsDirectory = parse.GetValue(secrets) ?? settings.HostSecrets;
            var apiBase = settings.Api(parse.GetValue(api));
            var webhookBase = $"{apiBase}/runtime/webhooks/blobs?functionName=Host.Functions.{FunctionName}";
            var deletedBase = $"{apiBase}/api/{DeletedRoute}";
            var hostKey = parse.GetValue(key);
            var deletedKey = parse.GetValue(functionKey);

            // The host writes its keys when it starts, which may be after this: look for the key until it is there.
            Uri Webhook() =>
                new(webhookBase + ((hostKey ??= secretsDirectory is null ? null : HostKeys.BlobsExtension(secretsDirectory)) is { } k ? $"&code={Uri.EscapeDataString(k)}" : ""));

            Uri DeletedEndpoint() =>
                new(deletedBase + ((deletedKey ??= secretsDirectory is null ? null : HostKeys.DefaultFunction(secretsDirectory)) is { } k ? $"?code={Uri.EscapeDataString(k)}" : ""));

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var store = new TableTimelineStore(storage, TimeProvider.System, NullLoggerFactory.Instance);
            var notifier = new BlobEventNotifier(storage, http, new NotifierEndpoints(Webhook, DeletedEndpoint), new UnusableBlobNames(store.RejectedBlobs, TimeProvider.System), Console.Error);
            var period = TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(interval)));
            while (true)
            {
                var notified = await notifier.NotifyNewVersionsAsync(cancellationToken);
                if (notified > 0)
                {
                    Console.WriteLine($"notified {notified} new blob version{(notified == 1 ? "" : "s")}");
                }

                if (parse.GetValue(once))
                {
                    return 0;
                }

                await Task.Delay(period, cancellationToken);
            }
        }));
        return command;
    }
}
