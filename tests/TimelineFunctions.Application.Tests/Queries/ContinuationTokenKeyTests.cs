using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Application.Tests.Queries;

/// <summary>The paging token's key comes from configuration: a token sealed with another key is refused.</summary>
public sealed class ContinuationTokenKeyTests
{
    private static readonly ContinuationToken DeploymentKey = new("a3f1c9e07b5d42e8a6c1f0d9b7e3a5c2");
    private static readonly ContinuationToken OtherKey = new("0b9e7c5a3f1d4b2e8c6a0f9d7b5e3c1a");

    [Fact]
    public void A_token_sealed_with_another_key_is_refused()
    {
        var query = new TimelineQuery { Limit = 2 };
        var token = OtherKey.Create("story", query, 2, "ev-b");

        Assert.True(OtherKey.TryRead(token, "story", query, out _));
        Assert.False(DeploymentKey.TryRead(token, "story", query, out _));
    }

    [Fact]
    public void A_token_sealed_with_the_old_public_constant_is_refused()
    {
        var query = new TimelineQuery { Limit = 2 };
        var forged = new ContinuationToken("TimelineFunctions continuation token v1").Create("story", query, 0, "ev-a");

        Assert.False(DeploymentKey.TryRead(forged, "story", query, out _));
        Assert.False(ContinuationToken.WithRandomKey().TryRead(forged, "story", query, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short-key")]
    [InlineData("                              ")]
    public void A_missing_or_short_key_is_not_usable(string? key)
    {
        Assert.False(ContinuationToken.IsUsableKey(key));
        if (key is not null)
        {
            Assert.Throws<ArgumentException>(() => new ContinuationToken(key));
        }
    }

    [Fact]
    public void A_generated_key_is_usable() =>
        Assert.True(ContinuationToken.IsUsableKey(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));
}
