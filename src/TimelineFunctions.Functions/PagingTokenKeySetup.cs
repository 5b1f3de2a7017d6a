using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Functions;

/// <summary>Hands the configured paging-token key to <see cref="ContinuationToken"/> before the first request.</summary>
internal sealed class PagingTokenKeySetup(IOptions<ApiOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ContinuationToken.UseKey(options.Value.PagingTokenKey!);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
