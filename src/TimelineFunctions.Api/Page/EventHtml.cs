using TimelineFunctions.Api.Exports;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Page;

/// <summary>One event as a list item: summary, actors, and its sources with their quotes behind a disclosure.</summary>
public static class EventHtml
{
    public static Markup Render(string storyId, TimelineEvent e, bool hidden = false)
    {
        var actors = string.Join("\n", e.Actors.Select(a => a.Id).Distinct(StringComparer.Ordinal));
        var html = new HtmlWriter().Append($"""
            <li class="event" id="{e.Id}" data-type="{e.Type}" data-actors="{actors}"{new Markup(hidden ? " hidden" : "")}>
            <p class="summary"><span class="type">{e.Type}</span> {e.Summary}</p>

            """);
        if (e.Actors.Count > 0)
        {
            html.Append($"<p class=\"actors\">{string.Join(", ", e.Actors.Select(a => $"{a.Name} ({a.Role})").Distinct(StringComparer.Ordinal))}</p>\n");
        }

        if (e.Location is { Length: > 0 } location)
        {
            html.Append($"<p class=\"location\">{location}</p>\n");
        }

        html.Append($"<details class=\"sources\"><summary>{e.SourceCount} {(e.SourceCount == 1 ? "source" : "sources")}</summary>\n<ul>\n");
        foreach (var source in e.Sources)
        {
            html.Append($"<li class=\"source\"><blockquote class=\"quote\">{source.Quote}</blockquote>\n<p class=\"cite\">{Cite(storyId, source)}</p></li>\n");
        }

        html.Append($"</ul>\n{Conflicts(e)}</details>\n</li>\n");
        return html.ToMarkup();
    }

    private static Markup Cite(string storyId, EventSource source)
    {
        var cite = new HtmlWriter();
        var outlet = source.Outlet ?? source.ArticleId;
        if (SafeLinks.IsWebUrl(source.Url))
        {
            cite.Append($"<a href=\"{source.Url}\" rel=\"noopener noreferrer nofollow\">{outlet}</a>");
        }
        else
        {
            cite.Append($"{outlet}");
        }

        if (source.Published is { } published)
        {
            cite.Append($", published {DateLabels.Day(published)}");
        }

        if (source.Date is { Texts.Count: > 0 } date)
        {
            cite.Append($" · date from “{string.Join("”, “", date.Texts)}”");
        }

        if (source.Attribution is { Length: > 0 } attribution)
        {
            cite.Append($" · according to {attribution}");
        }

        cite.Append($" · <a class=\"article-link\" href=\"{PageLayout.ArticleUrl(storyId, source.ArticleId)}\">the article</a>");
        return cite.ToMarkup();
    }

    private static Markup Conflicts(TimelineEvent e)
    {
        var html = new HtmlWriter();
        foreach (var conflict in e.Conflicts)
        {
            var versions = string.Join("; ", conflict.Versions.Select(v => $"{v.Value} ({string.Join(", ", v.ArticleIds)})"));
            html.Append($"<p class=\"conflict\">Sources disagree on {conflict.Aspect}: {versions}</p>\n");
        }

        return html.ToMarkup();
    }
}
