using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TimelineFunctions.Application.Queries;

/// <summary>
/// The opaque <c>next</c> token of a paged timeline: the position after the last event served (its offset and id),
/// sealed with a MAC over the story and the query's criteria. A token edited by hand, or used with another story
/// or other criteria, fails the MAC and is refused. The key is not a secret (the token only holds a position in
/// a list the client may read anyway): the MAC is there to detect tampering and misuse, not to hide anything.
/// </summary>
public static class ContinuationToken
{
    private const int MacBytes = 12;
    private const int MaxTokenLength = 512;
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("TimelineFunctions continuation token v1");

    public static string Create(string storyId, TimelineQuery query, int offset, string lastEventId)
    {
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{offset}\n{lastEventId}"));
        return Base64Url.EncodeToString([.. payload, .. Mac(storyId, query, payload)]);
    }

    public static bool TryRead(string token, string storyId, TimelineQuery query, out TimelinePosition position)
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
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(bytes.Length - MacBytes), Mac(storyId, query, payload)))
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

    private static byte[] Mac(string storyId, TimelineQuery query, byte[] payload)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes($"{storyId}\n{query.Fingerprint()}\n"), .. payload];
        return HMACSHA256.HashData(Key, message).AsSpan(0, MacBytes).ToArray();
    }
}

/// <summary>Where a page starts: after the event <see cref="LastEventId"/>, or at <see cref="Offset"/> if it is gone.</summary>
public readonly record struct TimelinePosition(int Offset, string LastEventId);
