using System.Text;
using TimelineFunctions.Application.Ingest;

namespace TimelineFunctions.Application.Tests.Ingest;

public sealed class ContentFingerprintTests
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("An article.");

    [Fact]
    public void Same_bytes_and_metadata_give_the_same_fingerprint_whatever_the_key_order_or_case()
    {
        var a = ContentFingerprint.Compute(Content, new Dictionary<string, string> { ["published"] = "2024-01-01", ["url"] = "u" });
        var b = ContentFingerprint.Compute(Content, new Dictionary<string, string> { ["URL"] = "u", ["Published"] = "2024-01-01" });
        Assert.Equal(a, b);
    }

    [Fact]
    public void Different_bytes_or_metadata_give_different_fingerprints()
    {
        var original = ContentFingerprint.Compute(Content, new Dictionary<string, string>());
        Assert.NotEqual(original, ContentFingerprint.Compute(Encoding.UTF8.GetBytes("An article!"), new Dictionary<string, string>()));
        Assert.NotEqual(original, ContentFingerprint.Compute(Content, new Dictionary<string, string> { ["published"] = "2024-01-01" }));
    }
}
