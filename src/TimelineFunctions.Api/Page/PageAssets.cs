namespace TimelineFunctions.Api.Page;

/// <summary>
/// The page's script, stylesheet and icon, embedded in the assembly and served by the API itself (the icon spares
/// every page view the browser's request for /favicon.ico, which has no route).
/// </summary>
public static class PageAssets
{
    private static readonly Dictionary<string, (string ContentType, string Text)> Assets = new(StringComparer.Ordinal)
    {
        ["timeline.js"] = ("text/javascript; charset=utf-8", Read("timeline.js")),
        ["timeline.css"] = ("text/css; charset=utf-8", Read("timeline.css")),
        ["icon.svg"] = ("image/svg+xml", Read("icon.svg")),
    };

    public static ApiResponse? Find(string name) =>
        Assets.TryGetValue(name, out var asset)
            ? ApiResponse.Text(asset.ContentType, asset.Text).WithHeaders([new("Cache-Control", "public, max-age=300")])
            : null;

    private static string Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream($"TimelineFunctions.Api.Page.Assets.{name}")
            ?? throw new InvalidOperationException($"The page asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
