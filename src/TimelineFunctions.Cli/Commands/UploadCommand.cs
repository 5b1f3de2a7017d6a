using System.CommandLine;
using System.Diagnostics;
using TimelineFunctions.Storage;
using TimelineFunctions.Storage.Blobs;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.Cli.Commands;

/// <summary>
/// <c>timeline upload PATH... [--story ID] [--wait]</c>: uploads article files to the articles container
/// (as <c>&lt;story&gt;/&lt;file&gt;</c> with --story), then optionally waits until the local trigger has delivered
/// every uploaded version.
/// </summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Article files or folders (.txt, .html, .htm, .json; NAME.meta.json sidecars give metadata)." };
        var story = new Option<string?>("--story") { Description = "Story id: blobs go to articles/<story>/<file>. Without it they go to the container's root." };
        var connection = CliStorage.ConnectionOption();
        var container = CliStorage.ContainerOption();
        var wait = new Option<bool>("--wait") { Description = "Wait until the handler's local trigger has processed every uploaded blob." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait with --wait.", DefaultValueFactory = _ => 300 };
        var metadata = UploadMetadata.Options();
        var api = ApiAddress.Option();

        var command = new Command("upload", "Upload articles to the articles container.") { paths, story, connection, container, wait, timeout, api };
        foreach (var option in metadata.All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(metadata.Validate);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clients = CliStorage.Clients(parse.GetValue(connection), parse.GetValue(container));
            var files = ArticleFiles.Find(parse.GetValue(paths)!, metadata.From(parse));
            var prefix = parse.GetValue(story) is { Length: > 0 } s ? s.TrimEnd('/') + "/" : "";
            var blobs = new ArticleBlobs(clients);
            await blobs.EnsureContainerAsync(cancellationToken);

            var uploaded = new List<string>();
            foreach (var file in files)
            {
                var name = prefix + file.RelativeName;
                await using var stream = File.OpenRead(file.Path);
                await blobs.UploadAsync(name, stream, file.ContentType, file.Metadata, cancellationToken);
                uploaded.Add(name);
                Progress.Draw("uploaded", uploaded.Count, files.Count);
            }

            Console.WriteLine();
            var status = parse.GetValue(wait)
                ? await WaitForTriggerAsync(clients, blobs, uploaded, TimeSpan.FromSeconds(parse.GetValue(timeout)), cancellationToken)
                : 0;
            Console.WriteLine($"Read the timeline at {ApiAddress.PageUrl(parse.GetValue(api), parse.GetValue(story))}");
            return status;
        });
        return command;
    }

    /// <summary>Waits until each uploaded blob's current version has a Done or Poison receipt.</summary>
    private static async Task<int> WaitForTriggerAsync(StorageClients clients, ArticleBlobs blobs, List<string> names, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var receipts = new TriggerReceipts(clients);
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var versions = new Dictionary<string, string>(StringComparer.Ordinal);
            await foreach (var blob in blobs.ListAsync(cancellationToken))
            {
                if (wanted.Contains(blob.Name))
                {
                    versions[blob.Name] = blob.ETag;
                }
            }

            var known = await receipts.LoadAllAsync(cancellationToken);
            var settled = names.Count(n => known.TryGetValue(n, out var r) && versions.GetValueOrDefault(n) == r.ETag && r.Status != ReceiptStatus.Failed);
            Progress.Draw("processed", settled, names.Count);
            if (settled == names.Count)
            {
                Console.WriteLine();
                var poison = names.Where(n => known[n].Status == ReceiptStatus.Poison).ToList();
                foreach (var name in poison)
                {
                    Console.Error.WriteLine($"poison: {name}: {known[name].LastError}");
                }

                return poison.Count == 0 ? 0 : 1;
            }

            if (stopwatch.Elapsed > timeout)
            {
                Console.WriteLine();
                Console.Error.WriteLine($"Timed out after {timeout.TotalSeconds:0}s: {settled} of {names.Count} processed. Is the handler running with the local trigger on?");
                return 2;
            }

            await Task.Delay(500, cancellationToken);
        }
    }
}
