namespace TimelineFunctions.Api.Page;

/// <summary>The page shell: one same-origin stylesheet and one deferred same-origin script, nothing else.</summary>
public static class PageLayout
{
    public const string Html = "text/html; charset=utf-8";
    public const string Root = "/api/view";

    public static ApiResponse Render(string title, Markup body, int status = 200)
    {
        var page = new HtmlWriter().Append($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            <link rel="icon" href="{Root}/assets/icon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="{Root}/assets/timeline.css">
            <script src="{Root}/assets/timeline.js" defer></script>
            </head>
            <body>
            {body}
            </body>
            </html>

            """);
        return new ApiResponse(status, Html, page.ToString());
    }

    public static string StoryUrl(string storyId) => $"{Root}/stories/{Uri.EscapeDataString(storyId)}";

    public static string ArticleUrl(string storyId, string articleId) =>
        $"{StoryUrl(storyId)}/articles/{Uri.EscapeDataString(articleId)}";
}
