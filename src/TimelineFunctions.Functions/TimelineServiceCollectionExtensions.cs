using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TimelineFunctions.Api;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Extraction;
using TimelineFunctions.Functions.Http;
using TimelineFunctions.Storage;

namespace TimelineFunctions.Functions;

/// <summary>Registers everything the functions use: storage, the extraction engine, the application services and the API.</summary>
public static class TimelineServiceCollectionExtensions
{
    public static IServiceCollection AddTimelineFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTimelineStorage(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ArticleAnalyzer.Default);
        services.AddOptions<StoryAssignmentOptions>().Bind(configuration.GetSection(StoryAssignmentOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StoryAssignmentOptions>>().Value);
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.Section))
            .Validate(
                o => ContinuationToken.IsUsableKey(o.PagingTokenKey),
                $"The app setting {ApiOptions.Section}__{nameof(ApiOptions.PagingTokenKey)} is missing or shorter than {ContinuationToken.MinKeyLength} characters: "
                + "it seals the timeline's paging tokens. The infra generates one per deployment and scripts/run.sh one for local runs; "
                + "with func start, set it in local.settings.json (see local.settings.example.json).")
            .Validate(
                o => o.ReadAccess != ReadAccess.Key || !string.IsNullOrWhiteSpace(o.ReadKeys),
                $"{ApiOptions.Section}__{nameof(ApiOptions.ReadAccess)} is Key but {ApiOptions.Section}__{nameof(ApiOptions.ReadKeys)} names no key: set at least one (see docs/security.md).")
            .ValidateOnStart();
        services.AddSingleton(sp => new ReadAccessGate(sp.GetRequiredService<IOptions<ApiOptions>>().Value));
        services.AddSingleton(sp => new ContinuationToken(sp.GetRequiredService<IOptions<ApiOptions>>().Value.PagingTokenKey!));
        services.AddSingleton<IngestService>();
        services.AddSingleton<FailedDeliveries>();
        services.AddSingleton<UnusableBlobNames>();
        services.AddSingleton<Ingest.ArticleBlobReader>();
        services.AddSingleton<ArticleCommands>();
        services.AddSingleton<TimelineQueryService>();
        services.AddSingleton<TimelineApi>();
        services.AddSingleton<ApiHttpAdapter>();
        return services;
    }
}
