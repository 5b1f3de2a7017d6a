using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TimelineFunctions.Application.Queries;

/// <summary>
/// Seals and reads the opaque <c>next</c> token of a paged timeline: the position after the last event served (its
/// offset and id), sealed with a MAC over the story and the query's criteria.
/// </summary>
/// <remarks>
/// A token edited by hand, or used with another story or other criteria, fails the MAC and is refused. The app's
/// key comes from configuration (<c>Api:PagingTokenKey</c>, generated per deployment): with a public key anyone
/// could forge a token for any position and criteria. <see cref="WithRandomKey"/> serves a process that has no
/// configured key (a unit test, a CLI run): its tokens work only within that process.
/// </remarks>
public sealed class ContinuationToken
{
    /// <summary>The shortest key accepted: 16 bytes of entropy written as text (32 hex digits, 22 base64 characters).</summary>
    public const int MinKeyLength = 22;

    private const int MacBytes = 12;
    private const int MaxTokenLength = 512;
    private readonly byte[] _key;

    /// <summary>Tokens sealed with <paramref name="key"/>, the deployment's <c>Api:PagingTokenKey</c>.</summary>
    public ContinuationToken(string key)
        : this(IsUsableKey(key)
            ? Encoding.UTF8.GetBytes(key)
            : throw new ArgumentException($"A paging-token key needs at least {MinKeyLength} characters.", nameof(key)))
    {
    }

    private ContinuationToken(byte[] key) => _key = key;

    /// <summary>Tokens sealed with a random key of this process's own.</summary>
    public static ContinuationToken WithRandomKey() => new(RandomNumberGenerator.GetBytes(32));

    public static bool IsUsableKey(string? key) => key is not null && key.Trim().Length >= MinKeyLength;

    public string Create(string storyId, TimelineQuery query, int offset, string lastEventId)
    {
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{offset}\n{lastEventId}"));
        return Base64Url.EncodeToString([.. payload, .. Mac(_key, storyId, query, payload)]);
    }

    public bool TryRead(string token, string storyId, TimelineQuery query, out TimelinePosition position)
    {
        position = default;
        if (token.Length is 0 or > MaxTokenLength || !Base64Url.IsValid(token))
        {
            return false;
        }

        var bytes = Base64Url.DecodeFromChars(token);
        if (bytes.Length <= MacBytes)
        {
            return false;
        }

        var payload = bytes[..^MacBytes];
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(bytes.Length - MacBytes), Mac(_key, storyId, query, payload)))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(payload);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0 || !int.TryParse(text.AsSpan(0, newline), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return false;
        }

        position = new TimelinePosition(offset, text[(newline + 1)..]);
        return true;
    }

    private static byte[] Mac(byte[] key, string storyId, TimelineQuery query, byte[] payload)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes($"{storyId}\n{query.Fingerprint()}\n"), .. payload];
        return HMACSHA256.HashData(key, message).AsSpan(0, MacBytes).ToArray();
    }
}
