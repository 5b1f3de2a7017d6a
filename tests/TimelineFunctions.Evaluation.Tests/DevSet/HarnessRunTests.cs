using TimelineFunctions.Evaluation.DevSet;
using TimelineFunctions.TestSupport;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

/// <summary>
/// Runs the whole harness (real ingest, in-memory store, queries, scoring) on the repository's samples and on the
/// shared dev set. Asserts that it completes and that every ratio is in [0, 1], never the targets: the engine is
/// being rewritten.
/// </summary>
public class HarnessRunTests
{
    [Fact]
    public async Task Evaluates_the_samples()
    {
        var report = await new DevSetEvaluator().EvaluateAsync([CorpusLocator.Samples(RepoLayout.Root)], CancellationToken.None);

        var gold = GoldLoader.Load(Path.Combine(CorpusLocator.Samples(RepoLayout.Root), "gold", "velmont-ford-derailment.json"));
        var story = Assert.Single(report.Stories);
        Assert.Equal(("samples", "velmont-ford-derailment"), (story.Corpus, story.Story));
        Assert.Equal(gold.Events.Count, story.Counts.Gold);
        Assert.Equal(gold.Events.Count(e => e.IsCore), story.Counts.CoreGold);
        Assert.Equal(gold.Actors.Count, story.Counts.GoldActors);
        AssertRatios(report);
    }

    [DevSetFact]
    public async Task Evaluates_the_dev_set()
    {
        var report = await new DevSetEvaluator().EvaluateAsync([CorpusLocator.DevSet(RepoLayout.Root)], CancellationToken.None);

        Assert.NotEmpty(report.Stories);
        Assert.All(report.Stories, s => Assert.Equal("dev", s.Corpus));
        AssertRatios(report);
    }

    [Fact]
    public async Task The_printers_render_a_report()
    {
        var report = await new DevSetEvaluator().EvaluateAsync([CorpusLocator.Samples(RepoLayout.Root)], CancellationToken.None);

        Assert.Contains("samples/velmont-ford-derailment", ReportPrinter.ToText(report), StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(ReportPrinter.ToJson(report));
        Assert.Equal(37, json.RootElement.GetProperty("overall").GetProperty("counts").GetProperty("gold").GetInt32());
    }

    [Fact]
    public void Sidecar_metadata_carries_url_and_outlet_but_never_the_publication_date()
    {
        var folder = Directory.CreateTempSubdirectory("eval-meta-");
        try
        {
            var article = Path.Combine(folder.FullName, "01-x.txt");
            File.WriteAllText(article, "text");
            File.WriteAllText(Path.Combine(folder.FullName, "01-x.meta.json"), """{"url": "https://example.com/a", "outlet": "Example", "published": "2024-03-26", "updated": null}""");

            var metadata = DevSetEvaluator.SidecarMetadata(article);

            Assert.Equal(["outlet", "url"], metadata.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("https://example.com/a", metadata["url"]);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    private static void AssertRatios(EvaluationReport report)
    {
        foreach (var metrics in report.Stories.Select(s => s.Metrics).Append(report.Metrics))
        {
            Assert.All(metrics.Ratios.OfType<double>(), r => Assert.InRange(r, 0.0, 1.0));
            Assert.True(metrics.Leaks >= 0);
        }
    }
}
