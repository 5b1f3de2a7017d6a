using System.Security.Cryptography;
using System.Text;

namespace TimelineFunctions.Storage;

/// <summary>Builds Azure Tables keys.</summary>
/// <remarks>
/// Keys may not hold '/', '\', '#', '?' or control characters and are limited to 1 KiB, so free text (blob names)
/// is percent-encoded, and a long one is cut and suffixed with its hash. Row keys of one kind share a prefix
/// ("event|…") so a kind can be read with one range query.
/// </remarks>
public static class TableKeys
{
    private const int MaxEncodedLength = 400;

    public static string Encode(string value)
    {
        var escaped = Uri.EscapeDataString(value);
        if (escaped.Length <= MaxEncodedLength)
        {
            return escaped;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
        return $"{escaped[..(MaxEncodedLength - 17)]}~{hash}";
    }

    public static string Decode(string key) => Uri.UnescapeDataString(key);

    /// <summary>The smallest string greater than every string starting with <paramref name="prefix"/>.</summary>
    public static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
