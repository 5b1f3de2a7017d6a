using TimelineFunctions.Cli.Notify;

namespace TimelineFunctions.Cli.Tests.Notify;

/// <summary>The notifier's keys read from the host's file secrets, and none until the host has written them.</summary>
public sealed class HostKeysTests : IDisposable
{
    private readonly DirectoryInfo _secrets = Directory.CreateTempSubdirectory("cli-secrets-");

    [Fact]
    public void Each_key_is_read_from_its_own_list_by_name()
    {
        File.WriteAllText(Path.Combine(_secrets.FullName, "host.json"), """
            {"masterKey": {"name": "master", "value": "m"},
             "functionKeys": [{"name": "other", "value": "o"}, {"name": "default", "value": "f"}],
             "systemKeys": [{"name": "blobs_extension", "value": "b"}]}
            """);

        Assert.Equal("b", HostKeys.BlobsExtension(_secrets.FullName));
        Assert.Equal("f", HostKeys.DefaultFunction(_secrets.FullName));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{"masterKey": {"name": "master", "value": "m"}}""")]
    [InlineData("""{"functionKeys": [{"name": "other", "value": "o"}], "systemKeys": []}""")]
    public void A_key_the_host_has_not_written_yet_is_null(string? hostJson)
    {
        if (hostJson is not null)
        {
            File.WriteAllText(Path.Combine(_secrets.FullName, "host.json"), hostJson);
        }

        Assert.Null(HostKeys.BlobsExtension(_secrets.FullName));
        Assert.Null(HostKeys.DefaultFunction(_secrets.FullName));
    }

    public void Dispose() => _secrets.Delete(recursive: true);
}
