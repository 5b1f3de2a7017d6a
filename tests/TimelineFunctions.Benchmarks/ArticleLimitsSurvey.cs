using System.Globalization;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// <c>limits [DIR...]</c>: the per-article maxima that <see cref="ArticleLimits"/> is picked from, over real articles
/// (default: every .txt under ../shared/eval/t17/*/articles and ../shared/eval/dev/articles). Prints, for each measure,
/// the maximum, the 99th percentile and the article with the maximum.
/// </summary>
public static class ArticleLimitsSurvey
{
    /// <summary>No limit at all, so the survey sees each article whole.</summary>
    private static readonly ArticleLimits Unlimited = new()
    {
        MaxLines = int.MaxValue,
        MaxAnalyzedChars = int.MaxValue,
        MaxSentences = int.MaxValue,
        MaxSentenceChars = int.MaxValue,
        MaxEvents = int.MaxValue,
        MaxActors = int.MaxValue,
    };

    public static int Run(string[] folders)
    {
        var analyzer = new ArticleAnalyzer(Extraction.Temporal.TemporalTagger.Default, Extraction.Actors.ActorExtractor.Default, Extraction.Events.EventExtractor.Default, Unlimited);
        var shared = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/eval"));
        var roots = folders.Length > 0 ? folders : [Path.Combine(shared, "t17"), Path.Combine(shared, "dev", "articles")];
        var files = roots.SelectMany(root => Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)).Where(f => !f.EndsWith("README.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var rows = new List<(string File, Dictionary<string, int> Values)>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            ArticleAnalysis analysis;
            try
            {
                analysis = analyzer.Analyze(new ArticleInput(Path.GetFileName(file), bytes));
            }
            catch (UnreadableArticleException)
            {
                continue;
            }

            var text = analysis.Cleaned.Text;
            var sentences = SentenceSplitter.Split(text);
            rows.Add((file, new Dictionary<string, int>
            {
                ["bytes"] = bytes.Length,
                ["cleaned chars"] = text.Length,
                ["line chars"] = analysis.Raw.Body.Split('\n').Max(l => l.Length),
                ["sentences"] = sentences.Count,
                ["sentence chars"] = sentences.Count == 0 ? 0 : sentences.Max(s => s.Text.Length),
                ["temporal expressions"] = analysis.TemporalExpressions.Count,
                ["actors"] = analysis.Actors.Count,
                ["actor mentions"] = analysis.ActorMentions.Count,
                ["events"] = analysis.Events.Count,
            }));
        }

        Console.WriteLine($"{rows.Count} articles from {string.Join(", ", roots)}");
        foreach (var measure in rows[0].Values.Keys)
        {
            var ordered = rows.OrderBy(r => r.Values[measure]).ToList();
            var max = ordered[^1];
            var p99 = ordered[(int)Math.Floor(0.99 * (ordered.Count - 1))].Values[measure];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{measure,-22} max {max.Values[measure],9:N0}  p99 {p99,9:N0}  ({Path.GetRelativePath(shared, max.File)})"));
        }

        return 0;
    }
}
