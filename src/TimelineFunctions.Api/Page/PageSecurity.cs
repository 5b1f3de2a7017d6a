namespace TimelineFunctions.Api.Page;

/// <summary>The headers every API response carries: a strict CSP (pages load only our own script and style) and nosniff.</summary>
public static class PageSecurity
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IReadOnlyList<KeyValuePair<string, string>> Headers { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "no-referrer"),
    ];
}
