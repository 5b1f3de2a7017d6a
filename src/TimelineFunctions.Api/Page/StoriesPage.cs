using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Page;

/// <summary>The start page: every story, most recently updated first.</summary>
public static class StoriesPage
{
    public static ApiResponse Render(IReadOnlyList<StorySummary> stories)
    {
        var list = new HtmlWriter();
        foreach (var story in stories.OrderByDescending(s => s.UpdatedAt))
        {
            var span = story.FirstDate is { } first && story.LastDate is { } last ? $"{DateLabels.Day(first)} – {DateLabels.Day(last)}" : "no dated events";
            list.Append($"""
                <li class="story"><a href="{PageLayout.StoryUrl(story.Id)}">{story.Title ?? story.Id}</a>
                <p class="meta"><code>{story.Id}</code> · {story.EventCount} events from {story.ArticleCount} articles · {span}</p></li>

                """);
        }

        var body = new HtmlWriter().Append($"""
            <header><h1>Stories</h1></header>
            <main>
            {(stories.Count == 0 ? new Markup("<p>No stories yet: upload articles to the articles container.</p>") : new HtmlWriter().Append($"<ol class=\"stories\">\n{list.ToMarkup()}</ol>").ToMarkup())}
            </main>
            """);
        return PageLayout.Render("Stories", body.ToMarkup());
    }
}
