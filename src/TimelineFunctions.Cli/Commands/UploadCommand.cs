using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Cli.Settings;
using TimelineFunctions.Storage;
using TimelineFunctions.Storage.Blobs;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.Cli.Commands;

/// <summary>
/// <c>timeline upload PATH... [--story ID] [--wait]</c>: uploads article files to the articles container
/// (as <c>&lt;story&gt;/&lt;file&gt;</c> with --story), then optionally waits until the app has ingested
/// every uploaded version.
/// </summary>
internal static class UploadCommand
{
    /// <summary>The exit code when a path names no file or folder: the command says which, and uploads (or, for <c>extract</c>, reads) nothing.</summary>
    public const int MissingPathExitCode = 2;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Article files or folders (.txt, .html, .htm, .json; NAME.meta.json sidecars give metadata)." };
        var story = new Option<string?>("--story") { Description = "Story id: blobs go to articles/<story>/<file>. Without it they go to the container's root." };
        var connection = CliStorage.ConnectionOption();
        var container = CliStorage.ContainerOption();
        var wait = new Option<bool>("--wait") { Description = "Wait until the app has ingested every uploaded blob." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait with --wait.", DefaultValueFactory = _ => 300 };
        var metadata = UploadMetadata.Options();
        var api = ApiAddress.Option();

        var command = new Command("upload", "Upload articles to the articles container.") { paths, story, connection, container, wait, timeout, api };
        foreach (var option in metadata.All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(metadata.Validate);
        command.Validators.Add(result =>
        {
            if (result.GetValue(story) is { Length: > 0 } id && !StoryId.TryNormalize(id.TrimEnd('/'), out _, out var problem))
            {
                result.AddError($"--story: {problem}");
            }
        });
        command.SetAction((parse, cancellationToken) => Unreachable.RunAsync(async () =>
        {
            List<ArticleFile> files;
            try
            {
                files = ArticleFiles.Find(parse.GetValue(paths)!, metadata.From(parse));
            }
            catch (FileNotFoundException missing)
            {
                Console.Error.WriteLine(missing.Message);
                return MissingPathExitCode;
            }

            var clients = CliStorage.Clients(parse.GetValue(connection), parse.GetValue(container));
            var prefix = parse.GetValue(story) is { Length: > 0 } s ? s.TrimEnd('/') + "/" : "";
            var blobs = new ArticleBlobs(clients);
            await blobs.EnsureContainerAsync(cancellationToken);

            var uploaded = new List<UploadedVersion>();
            foreach (var file in files)
            {
                var name = prefix + file.RelativeName;
                var content = await File.ReadAllBytesAsync(file.Path, cancellationToken);
                await blobs.UploadAsync(name, new MemoryStream(content), file.ContentType, file.Metadata, cancellationToken);
                uploaded.Add(new UploadedVersion(name, ContentFingerprint.Compute(content, file.Metadata)));
                Progress.Draw("uploaded", uploaded.Count, files.Count);
            }

            Console.WriteLine();
            var status = parse.GetValue(wait)
                ? await WaitForIngestAsync(clients, uploaded, TimeSpan.FromSeconds(parse.GetValue(timeout)), cancellationToken)
                : 0;
            Console.WriteLine($"Read the timeline at {ApiAddress.PageUrl(parse.GetValue(api), parse.GetValue(story))}");
            return status;
        }));
        return command;
    }

    /// <summary>Waits until the app has ingested each uploaded version (processed, rejected or failed); non-zero when one failed.</summary>
    private static async Task<int> WaitForIngestAsync(StorageClients clients, List<UploadedVersion> uploads, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var store = new TableTimelineStore(clients, TimeProvider.System, NullLoggerFactory.Instance);
        var versions = new IngestedVersions(store.Articles, store.Assignments);
        var settled = new Dictionary<string, ArticleRecord>(StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            foreach (var upload in uploads.Where(u => !settled.ContainsKey(u.BlobName)))
            {
                if (await versions.FindAsync(upload.BlobName, upload.Fingerprint, cancellationToken) is { } article)
                {
                    settled[upload.BlobName] = article;
                }
            }

            Progress.Draw("processed", settled.Count, uploads.Count);
            if (settled.Count == uploads.Count)
            {
                Console.WriteLine();
                var failed = settled.Where(s => s.Value.Status == ArticleStatus.Failed).ToList();
                foreach (var (name, article) in failed)
                {
                    Console.Error.WriteLine($"failed: {name}: {article.Reason}");
                }

                return failed.Count == 0 ? 0 : 1;
            }

            if (stopwatch.Elapsed > timeout)
            {
                Console.WriteLine();
                Console.Error.WriteLine($"Timed out after {timeout.TotalSeconds:0}s: {settled.Count} of {uploads.Count} processed. Is the app running (scripts/run.sh), with the notifier or Event Grid delivering blob events?");
                return 2;
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    private sealed record UploadedVersion(string BlobName, string Fingerprint);
}
