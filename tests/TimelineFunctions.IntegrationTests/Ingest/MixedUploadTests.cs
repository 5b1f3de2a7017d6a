using System.Text.Json;
using TimelineFunctions.Evaluation.DevSet;
using TimelineFunctions.IntegrationTests.Infrastructure;
using TimelineFunctions.TestSupport;

namespace TimelineFunctions.IntegrationTests.Ingest;

/// <summary>
/// Automatic story assignment end to end: every dev-set story uploaded to Azurite without folders, all at once;
/// the app ingests them in parallel (the notifier posts their blob events, so stories start concurrently) and the
/// API must show one story per gold story, with the right articles in each.
/// </summary>
public sealed class MixedUploadTests(NotifiedFunctionAppFixture fixture) : IClassFixture<NotifiedFunctionAppFixture>
{
    [DevSetFact]
    public async Task The_dev_set_uploaded_without_folders_becomes_its_stories()
    {
        var articles = Path.Combine(RepoLayout.DevSet, "articles");
        var goldOf = new Dictionary<string, string>();
        var uploads = new List<(string Name, string Text, Dictionary<string, string> Metadata)>();
        foreach (var story in Directory.GetDirectories(articles))
        {
            foreach (var file in Directory.GetFiles(story, "*.txt"))
            {
                goldOf[Path.GetFileName(file)] = Path.GetFileName(story);
                uploads.Add((Path.GetFileName(file), await File.ReadAllTextAsync(file), DevSetEvaluator.SidecarMetadata(file)));
                await Articles.UploadAsync(fixture.App, uploads[^1].Name, uploads[^1].Text, uploads[^1].Metadata);
            }
        }

        // Each blob's version is ingested before its delivery reconciles the story it joined (IngestService), so the
        // stories have settled only when, besides, no delivery is still running.
        foreach (var (name, text, metadata) in uploads)
        {
            await Articles.WaitUntilIngestedAsync(fixture.App, name, text, metadata, seconds: 180);
        }

        await fixture.App.WaitUntilAsync(() => Task.FromResult(fixture.App.ExecutionsInFlight("IngestArticle") == 0), seconds: 180);

        var stories = await fixture.App.GetJsonAsync("/api/stories");
        var formed = new Dictionary<string, List<JsonElement>>();
        foreach (var story in stories.GetProperty("stories").EnumerateArray().Where(s => s.GetProperty("articleCount").GetInt32() > 0))
        {
            var id = story.GetProperty("id").GetString()!;
            formed[id] = [.. (await fixture.App.GetJsonAsync($"/api/stories/{id}/articles")).GetProperty("articles").EnumerateArray()];
        }

        var summary = string.Join("\n", formed.Select(f => $"{f.Key}: {string.Join(", ", f.Value.Select(a => a.GetProperty("blobName").GetString()))}"));
        Assert.True(formed.Count == Directory.GetDirectories(articles).Length, summary);
        foreach (var list in formed.Values)
        {
            var golds = list.Select(a => goldOf[a.GetProperty("blobName").GetString()!]).Distinct().ToList();
            Assert.True(golds.Count == 1, summary);
            Assert.Equal(goldOf.Count(g => g.Value == golds[0]), list.Count);
            Assert.All(list, a => Assert.Equal("automatic", a.GetProperty("assignment").GetProperty("method").GetString()));
        }
    }
}
