using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TimelineFunctions.Functions.Tests;

/// <summary>The app's start-up checks of its API settings: a clear error instead of a public or missing paging key.</summary>
public sealed class ApiOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("too-short")]
    public void The_app_refuses_to_start_without_a_paging_token_key(string? key)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(("Api:PagingTokenKey", key)));
        Assert.Contains("Api__PagingTokenKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_access_key_needs_at_least_one_read_key()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(("Api:PagingTokenKey", new string('k', 40)), ("Api:ReadAccess", "Key")));
        Assert.Contains("Api__ReadKeys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_key_and_the_defaults_start()
    {
        var options = Options(("Api:PagingTokenKey", Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));
        Assert.Equal(ReadAccess.Anonymous, options.ReadAccess);
    }

    private static ApiOptions Options(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Storage:ConnectionString", "UseDevelopmentStorage=true"), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))])
            .Build();
        using var provider = new ServiceCollection().AddLogging().AddTimelineFunctions(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ApiOptions>>().Value;
    }
}
