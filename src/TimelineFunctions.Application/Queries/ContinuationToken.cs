using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TimelineFunctions.Application.Queries;

/// <summary>
/// The opaque <c>next</c> token of a paged timeline: the position after the last event served (its offset and id),
/// sealed with a MAC over the story and the query's criteria.
/// </summary>
/// <remarks>
/// A token edited by hand, or used with another story or other criteria, fails the MAC and is refused. The key
/// comes from configuration (<c>Api:PagingTokenKey</c>, generated per deployment; see <see cref="UseKey"/>): with a
/// public key anyone could forge a token for any position and criteria. A process that never set one (a unit test,
/// a CLI run) gets a random key of its own, so its tokens work only within that process.
/// </remarks>
public static class ContinuationToken
{
    /// <summary>The shortest key accepted: 16 bytes of entropy written as text (32 hex digits, 22 base64 characters).</summary>
    public const int MinKeyLength = 22;

    private const int MacBytes = 12;
    private const int MaxTokenLength = 512;
    private static byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>Sets the process-wide key (the app does this once at startup from <c>Api:PagingTokenKey</c>).</summary>
    public static void UseKey(string key)
    {
        if (!IsUsableKey(key))
        {
            throw new ArgumentException($"A paging-token key needs at least {MinKeyLength} characters.", nameof(key));
        }

        _key = Encoding.UTF8.GetBytes(key);
    }

    public static bool IsUsableKey(string? key) => key is not null && key.Trim().Length >= MinKeyLength;

    public static string Create(string storyId, TimelineQuery query, int offset, string lastEventId) =>
        Create(_key, storyId, query, offset, lastEventId);

    public static string Create(byte[] key, string storyId, TimelineQuery query, int offset, string lastEventId)
    {
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{offset}\n{lastEventId}"));
        return Base64Url.EncodeToString([.. payload, .. Mac(key, storyId, query, payload)]);
    }

    public static bool TryRead(string token, string storyId, TimelineQuery query, out TimelinePosition position) =>
        TryRead(_key, token, storyId, query, out position);

    public static bool TryRead(byte[] key, string token, string storyId, TimelineQuery query, out TimelinePosition position)
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
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(bytes.Length - MacBytes), Mac(key, storyId, query, payload)))
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
