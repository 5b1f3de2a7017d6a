using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using TimelineFunctions.Api;
using TimelineFunctions.Api.Page;

namespace TimelineFunctions.Functions.Http;

/// <summary>Reads are anonymous by default.</summary>
/// <remarks>
/// With <c>Api__ReadAccess=Key</c> a read (GET or HEAD) needs one of the keys in <c>Api__ReadKeys</c>
/// (';'-separated), sent as the <c>x-functions-key</c> header or the <c>code</c> query parameter, as for the
/// function-level routes. The host fixes a function's authorization level at build time and does not tell the
/// isolated worker which key it checked, so the app checks this key itself. The OpenAPI document and the page's
/// script and stylesheet stay anonymous: they hold no article data. The writes keep the host's own key check.
/// </remarks>
public sealed class ReadAccessGate(ApiOptions options)
{
    private readonly byte[][] _keys = [.. (options.ReadKeys ?? "")
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k)))];

    public static ReadAccessGate Open { get; } = new(new ApiOptions());

    /// <summary>Null when the request may go on; otherwise the 401 problem to answer.</summary>
    public ApiResponse? Check(HttpRequest request, string apiPath)
    {
        if (options.ReadAccess != ReadAccess.Key
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || apiPath is "openapi.json" || apiPath.StartsWith("view/assets/", StringComparison.Ordinal))
        {
            return null;
        }

        var sent = request.Headers["x-functions-key"].ToString() is { Length: > 0 } header ? header : request.Query["code"].ToString();
        if (sent.Length > 0 && sent.Length <= 512)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sent));
            var match = false;
            foreach (var key in _keys)
            {
                match |= CryptographicOperations.FixedTimeEquals(hash, key);
            }

            if (match)
            {
                return null;
            }
        }

        return ApiResponse.Problem(401, "Unauthorized", "This app requires a key for reads: send one of its read keys as the x-functions-key header or the code query parameter.")
            .WithHeaders(PageSecurity.Headers);
    }
}
