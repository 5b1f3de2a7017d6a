using TimelineFunctions.Evaluation.DevSet;
using TimelineFunctions.Evaluation.Mixed;
using TimelineFunctions.TestSupport;

namespace TimelineFunctions.Evaluation.Tests.Mixed;

/// <summary>
/// Story assignment without folders: every article uploaded at the container's root, stories mixed, must form
/// exactly the gold stories.
/// </summary>
public sealed class MixedModeTests
{
    [DevSetFact]
    public async Task The_dev_set_uploaded_without_folders_forms_its_stories()
    {
        var report = await new MixedEvaluator().EvaluateAsync(CorpusLocator.DevSet(RepoLayout.Root), CancellationToken.None);

        var goldStories = Directory.EnumerateFiles(Path.Combine(CorpusLocator.DevSet(RepoLayout.Root), "gold"), "*.json").Count();
        Assert.Equal(goldStories, report.GoldStories.Count);
        Assert.Equal(goldStories, report.Stories.Count);
        foreach (var gold in report.GoldStories)
        {
            var formed = Assert.Single(report.Stories, s => s.Articles.Any(a => a.GoldStory == gold));
            Assert.All(formed.Articles, a => Assert.Equal(gold, a.GoldStory));
            var goldFiles = Directory.EnumerateFiles(Path.Combine(CorpusLocator.DevSet(RepoLayout.Root), "articles", gold), "*.txt").Count();
            Assert.Equal(goldFiles, formed.Articles.Count);
            Assert.All(formed.Articles, a => Assert.Equal("automatic", a.Method));
        }

        Assert.True(report.Correct, report.ToText());
    }

    [Fact]
    public async Task The_samples_uploaded_without_folders_form_one_story()
    {
        var report = await new MixedEvaluator().EvaluateAsync(CorpusLocator.Samples(RepoLayout.Root), CancellationToken.None);

        var story = Assert.Single(report.Stories);
        Assert.Equal(report.ArticleCount, story.Articles.Count);
        Assert.True(report.Correct, report.ToText());
    }
}
