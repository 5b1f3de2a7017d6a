namespace TimelineFunctions.Functions.Http;

/// <summary>The methods every HTTP function lists.</summary>
/// <remarks>
/// The host answers 404, before the app sees it, a request whose method no function lists; listing them all lets
/// the API answer 405 with its problem document and security headers.
/// </remarks>
internal static class AnyMethod
{
    public const string Get = "get";
    public const string Head = "head";
    public const string Post = "post";
    public const string Put = "put";
    public const string Patch = "patch";
    public const string Delete = "delete";
    public const string Options = "options";
}
