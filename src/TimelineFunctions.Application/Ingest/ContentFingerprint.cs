using System.Security.Cryptography;
using System.Text;

namespace TimelineFunctions.Application.Ingest;

/// <summary>
/// Identifies an article version: the bytes plus the metadata that changes how they are read (a new
/// <c>published</c> metadata value must re-analyse even when the bytes are the same).
/// </summary>
public static class ContentFingerprint
{
    public static string Compute(ReadOnlySpan<byte> content, IReadOnlyDictionary<string, string> metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(content);
        foreach (var (key, value) in metadata.OrderBy(kv => kv.Key.ToLowerInvariant(), StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\n{key.ToLowerInvariant()}={value}"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}
