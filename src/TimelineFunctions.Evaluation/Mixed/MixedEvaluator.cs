using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Evaluation.DevSet;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Evaluation.Mixed;

/// <summary>
/// Story assignment without folders: every article of a corpus is ingested as a blob at the container's root (its
/// file name only, no story folder), all stories mixed in one fixed order (by file name, then gold story), through
/// the real <see cref="IngestService"/> into an <see cref="InMemoryTimelineStore"/>.
/// </summary>
/// <remarks>
/// Reports the stories that formed and which gold story each of their articles belongs to.
/// </remarks>
public sealed class MixedEvaluator(ArticleAnalyzer analyzer, TimeProvider clock, StoryAssignmentOptions? options = null)
{
    public MixedEvaluator()
        : this(ArticleAnalyzer.Default, TimeProvider.System)
    {
    }

    public async Task<MixedReport> EvaluateAsync(string corpus, CancellationToken cancellationToken)
    {
        if (!CorpusLocator.IsCorpus(corpus))
        {
            throw new DirectoryNotFoundException($"{corpus} is not an evaluation corpus (it needs gold/ and articles/).");
        }

        var store = new InMemoryTimelineStore(clock);
        var ingest = new IngestService(store, store, store, store, store, analyzer, clock, NullLogger<IngestService>.Instance, options);
        var goldStories = Directory.EnumerateFiles(Path.Combine(corpus, "gold"), "*.json").Select(GoldLoader.Load).Select(g => g.Story).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateDirectories(Path.Combine(corpus, "articles"))
            .Where(d => goldStories.Contains(Path.GetFileName(d)))
            .SelectMany(d => Directory.EnumerateFiles(d).Where(ArticleFiles.IsArticle).Select(f => (Gold: Path.GetFileName(d), File: f)))
            .OrderBy(x => Path.GetFileName(x.File), StringComparer.Ordinal).ThenBy(x => x.Gold, StringComparer.Ordinal)
            .ToList();

        var goldOfBlob = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (gold, file) in files)
        {
            var blobName = RootBlobName(file, goldOfBlob.Keys);
            goldOfBlob[blobName] = $"{gold}/{Path.GetFileNameWithoutExtension(file)}";
            order.Add(blobName);
            var request = new IngestRequest(blobName, await File.ReadAllBytesAsync(file, cancellationToken), ArticleFiles.ContentTypeOf(file), DevSetEvaluator.SidecarMetadata(file), null);
            await ingest.IngestAsync(request, cancellationToken);
        }

        var formed = new List<FormedStory>();
        foreach (var story in await store.ListStoriesAsync(cancellationToken))
        {
            var articles = await store.ListArticlesAsync(story.Id, cancellationToken);
            if (articles.Count == 0)
            {
                continue;
            }

            var profile = (await store.ListProfilesAsync(cancellationToken)).FirstOrDefault(p => p.StoryId == story.Id);
            formed.Add(new FormedStory(
                story.Id,
                profile?.Title,
                [.. articles.OrderBy(a => order.IndexOf(a.BlobName)).Select(a => new PlacedArticle(
                    a.BlobName,
                    goldOfBlob.GetValueOrDefault(a.BlobName) ?? "?",
                    a.Assignment?.Method ?? "?",
                    a.Assignment?.Score,
                    a.Assignment?.Reason ?? ""))]));
        }

        return new MixedReport(Path.GetFullPath(corpus), order.Count, [.. goldStories.Order(StringComparer.Ordinal)], formed);
    }

    private static string RootBlobName(string file, IEnumerable<string> taken)
    {
        var name = Path.GetFileName(file);
        if (!taken.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        // Two stories hold files of the same name: tell them apart by a hash of the path, which says nothing of the story.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)))[..6];
        return $"{hash}-{name}";
    }

}
