namespace TimelineFunctions.Api.Exports;

/// <summary>
/// Article URLs are untrusted: only absolute http(s) URLs without control characters become links anywhere we
/// render them.
/// </summary>
/// <remarks>
/// A line break would let a URL add lines of its own to a Markdown, iCalendar or CSV export.
/// </remarks>
public static class SafeLinks
{
    public static bool IsWebUrl(string? url) =>
        url is not null
        && !url.Any(char.IsControl)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
