using System.Globalization;
using TimelineFunctions.Api.Exports;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Page;

/// <summary>
/// The evidence behind one article: where it came from, how its publication date was found, the events it
/// contributed, its cleaned text and the furniture removed from it (with the rule and reason).
/// </summary>
public static class ArticlePage
{
    public static ApiResponse Render(ArticleDetail detail)
    {
        var (story, article) = (detail.Story, detail.Article);
        var title = article.Title ?? article.ArticleId;
        var facts = new HtmlWriter();
        facts.Append($"<dt>Outlet</dt><dd>{article.Outlet ?? "unknown"}</dd>\n");
        if (SafeLinks.IsWebUrl(article.Url))
        {
            facts.Append($"<dt>URL</dt><dd><a href=\"{article.Url}\" rel=\"noopener noreferrer nofollow\">{article.Url}</a></dd>\n");
        }

        facts.Append($"<dt>Blob</dt><dd><code>{article.BlobName}</code></dd>\n");
        facts.Append($"<dt>Status</dt><dd>{article.Status.ToString().ToLowerInvariant()}{(Contract.PublicReasons.For(article) is { } reason ? ": " + reason : "")}</dd>\n");
        if (article.FailedVersion is { } failed)
        {
            facts.Append($"<dt>Newer version</dt><dd class=\"failed-version\">failed {failed.FailedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC ({failed.ReasonCode}): {Application.Ingest.FailedDeliveries.PublicReason} The version shown here stays current.</dd>\n");
        }
        if (article.Published is { } published)
        {
            var confidence = published.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
            facts.Append($"<dt>Published</dt><dd class=\"published\">{DateLabels.Day(published.Date)} <span class=\"meta\">from {published.Source} (confidence {confidence}): “{published.Evidence}”</span></dd>\n");
        }
        else
        {
            facts.Append($"<dt>Published</dt><dd>unknown</dd>\n");
        }

        var events = new HtmlWriter();
        foreach (var e in detail.Events)
        {
            var label = e.Date is { } date ? DateLabels.For(date) : "undated";
            events.Append($"<li><a href=\"{PageLayout.StoryUrl(story.Id)}#{e.Id}\">{label}</a>: <span class=\"type\">{e.Type}</span> {e.Summary}</li>\n");
        }

        var text = new HtmlWriter();
        foreach (var paragraph in (article.CleanedText ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            text.Append($"<p>{paragraph}</p>\n");
        }

        var removed = new HtmlWriter();
        foreach (var furniture in article.RemovedFurniture)
        {
            removed.Append($"<tr><td class=\"removed-text\">{furniture.Text}</td><td><code>{furniture.Rule}</code></td><td>{furniture.Reason}</td></tr>\n");
        }

        var body = new HtmlWriter().Append($"""
            <header>
            <p class="crumbs"><a href="{PageLayout.Root}">All stories</a> › <a href="{PageLayout.StoryUrl(story.Id)}">{story.Title ?? story.Id}</a></p>
            <h1>{title}</h1>
            <dl class="facts">
            {facts.ToMarkup()}</dl>
            </header>
            <main>
            <section id="article-events"><h2>Events from this article ({detail.Events.Count})</h2>
            <ol>
            {events.ToMarkup()}</ol></section>
            <section id="article-text"><h2>Cleaned text</h2>
            <div class="article-text">
            {text.ToMarkup()}</div></section>
            <section id="removed"><h2>Removed furniture ({article.RemovedFurniture.Count})</h2>
            <table><thead><tr><th>text</th><th>rule</th><th>why</th></tr></thead><tbody>
            {removed.ToMarkup()}</tbody></table></section>
            </main>
            """);
        return PageLayout.Render($"{title} · article", body.ToMarkup());
    }
}
