using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Api;
using TimelineFunctions.Api.Contract;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Extraction;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// The application wired to the real table store on isolated Azurite storage, as one Functions instance would
/// be. Several harnesses on one storage act as several instances.
/// </summary>
public sealed class StoreHarness
{
    public StoreHarness(IsolatedStorage storage)
    {
        Storage = storage;
        Store = new TableTimelineStore(storage.Clients, TimeProvider.System, NullLoggerFactory.Instance);
        Ingest = new IngestService(Store.Articles, Store.Assignments, Store.Profiles, Store.Stories, Store.RejectedBlobs, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        Queries = new TimelineQueryService(Store.Stories, Store.RejectedBlobs);
        Commands = new ArticleCommands(Store.Articles, Store.Assignments, Store.Profiles, TimeProvider.System, NullLogger<ArticleCommands>.Instance);
    }

    public IsolatedStorage Storage { get; }

    public TableTimelineStore Store { get; }

    public IngestService Ingest { get; }

    public TimelineQueryService Queries { get; }

    public ArticleCommands Commands { get; }

    public static async Task<StoreHarness> CreateAsync() => new(await IsolatedStorage.CreateAsync());

    /// <summary>The story's dated and undated events as the API serialises them, without the story summary (which holds times).</summary>
    public async Task<string> TimelineJsonAsync(string storyId)
    {
        var timeline = await Queries.GetTimelineAsync(storyId, CancellationToken.None);
        Assert.NotNull(timeline);
        return JsonSerializer.Serialize(
            new { events = timeline.Events.Select(DtoMapper.ToDto), undated = timeline.Undated.Select(DtoMapper.ToDto) },
            ApiJson.Options);
    }

    /// <summary>Every row of both tables with every property, Timestamp included: equal dumps mean nothing was written.</summary>
    public async Task<List<string>> DumpAsync()
    {
        var rows = new List<string>();
        foreach (var table in new[] { Storage.Options.TimelineTable, Storage.Options.StoriesTable })
        {
            await foreach (var row in Storage.Clients.Table(table).QueryAsync<TableEntity>())
            {
                rows.Add($"{table}/{row.PartitionKey}/{row.RowKey} " + string.Join(";", row.Keys.Where(k => k != "odata.etag").Order(StringComparer.Ordinal).Select(k => $"{k}={Format(row[k])}")));
            }
        }

        return rows;
    }

    private static string Format(object? value) => value switch
    {
        DateTimeOffset d => d.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
