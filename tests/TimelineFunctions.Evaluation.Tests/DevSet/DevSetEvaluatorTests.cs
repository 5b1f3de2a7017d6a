using TimelineFunctions.Evaluation.DevSet;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

/// <summary>The runner's wiring on a corpus written to a temporary folder (fiction): story ids, files, problems.</summary>
public sealed class DevSetEvaluatorTests : IDisposable
{
    private readonly DirectoryInfo _corpus = Directory.CreateTempSubdirectory("eval-corpus-");

    public void Dispose() => _corpus.Delete(true);

    [Fact]
    public async Task Reports_unreadable_and_missing_articles_as_ingest_problems_and_scores_the_rest()
    {
        Write("gold/demo.json", DemoGold.Json);
        Write("articles/demo/01-alpha.txt", """
            HARLOW, March 26, 2024 - The ferry struck the old pier early on Tuesday and it collapsed.
            Divers searched the harbour for hours on Wednesday.
            """);
        Write("articles/demo/01-alpha.meta.json", """{"url": "https://example.com/2024/03/26/pier", "outlet": "Example", "published": "2024-03-26"}""");
        Write("articles/demo/03-empty.txt", "");
        Write("articles/demo/notes.md", "not an article");

        var report = await new DevSetEvaluator().EvaluateAsync([_corpus.FullName], CancellationToken.None);

        var story = Assert.Single(report.Stories);
        Assert.Equal((_corpus.Name, "demo"), (story.Corpus, story.Story));
        Assert.StartsWith("demo/03-empty.txt:", Assert.Single(story.IngestProblems), StringComparison.Ordinal);
        Assert.StartsWith("demo/02-beta:", Assert.Single(story.CorpusErrors), StringComparison.Ordinal);
        Assert.Equal(4, story.Counts.Gold);
        Assert.All(story.Metrics.Ratios.OfType<double>(), r => Assert.InRange(r, 0.0, 1.0));
    }

    [Fact]
    public async Task A_gold_story_without_article_files_is_a_corpus_error()
    {
        Write("gold/demo.json", DemoGold.Json);
        Directory.CreateDirectory(Path.Combine(_corpus.FullName, "articles"));

        var report = await new DevSetEvaluator().EvaluateAsync([_corpus.FullName], CancellationToken.None);

        var errors = Assert.Single(report.Stories).CorpusErrors;
        Assert.Contains(errors, e => e.StartsWith("no articles in", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("demo/01-alpha:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_without_gold_is_not_a_corpus()
    {
        Write("articles/demo/01-alpha.txt", "text");

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new DevSetEvaluator().EvaluateAsync([_corpus.FullName], CancellationToken.None));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_corpus.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
