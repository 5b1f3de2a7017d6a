using System.Globalization;
using System.Text;

namespace TimelineFunctions.Evaluation.Mixed;

/// <summary>The mixed-mode result.</summary>
/// <remarks>
/// <see cref="Correct"/>: as many stories formed as there are gold stories, each holding exactly the articles of
/// one gold story.
/// </remarks>
public sealed record MixedReport(string Corpus, int ArticleCount, IReadOnlyList<string> GoldStories, IReadOnlyList<FormedStory> Stories)
{
    public bool Correct =>
        Stories.Count == GoldStories.Count
        && Stories.All(s => s.Articles.All(a => a.GoldStory == s.MajorityGold))
        && Stories.Select(s => s.MajorityGold).Distinct(StringComparer.Ordinal).Count() == GoldStories.Count;

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Mixed mode: {ArticleCount} articles of {GoldStories.Count} gold stories ({string.Join(", ", GoldStories)}) uploaded without folders");
        text.AppendLine(CultureInfo.InvariantCulture, $"{Stories.Count} stories formed; {(Correct ? "every story holds exactly one gold story's articles" : "NOT one story per gold story")}");
        foreach (var story in Stories)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{story.Id}  \"{story.Title}\"  ({story.Articles.Count} articles, gold: {story.MajorityGold})");
            foreach (var a in story.Articles)
            {
                var mark = a.GoldStory == story.MajorityGold ? " " : "✗";
                var score = a.Score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "-";
                text.AppendLine(CultureInfo.InvariantCulture, $"  {mark} {a.BlobName,-40} gold {a.GoldArticle,-45} {a.Method} {score}  {a.Reason}");
            }
        }

        return text.ToString();
    }
}
