namespace TimelineFunctions.Api.Exports;

/// <summary>Article URLs are untrusted: only absolute http(s) URLs become links anywhere we render them.</summary>
public static class SafeLinks
{
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
