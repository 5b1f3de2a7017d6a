using System.Net;
using TimelineFunctions.Api;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Extraction;
using TimelineFunctions.Handler;
using TimelineFunctions.Handler.Endpoints;
using TimelineFunctions.Handler.LocalTrigger;
using TimelineFunctions.Storage;
using TimelineFunctions.Storage.Blobs;
using TimelineFunctions.Storage.Tables;

var builder = WebApplication.CreateBuilder(args);

// Short command-line switches for running the handler by hand (see README, "Run the handler alone").
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--port"] = "Port",
    ["--storage"] = "Storage:ConnectionString",
    ["--local-trigger"] = "LocalTrigger:Enabled",
});

builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o =>
{
    // The host logs each stdout line as its own record: keep one line per entry, with scopes (invocation ids).
    o.SingleLine = true;
    o.IncludeScopes = true;
    o.TimestampFormat = "HH:mm:ss ";
});

var handler = HandlerOptions.From(builder.Configuration);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Listen(IPAddress.Parse(handler.Address), handler.Port);
    kestrel.Limits.MaxRequestBodySize = handler.MaxRequestBodyBytes;
});

builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.SectionName));
builder.Services.PostConfigure<StorageOptions>(o => o.ConnectionString ??= builder.Configuration["AzureWebJobsStorage"]);
builder.Services.Configure<LocalTriggerOptions>(builder.Configuration.GetSection(LocalTriggerOptions.SectionName));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(sp => new StorageClients(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value));
builder.Services.AddSingleton<ITimelineStore, TableTimelineStore>();
builder.Services.AddSingleton<ArticleBlobs>();
builder.Services.AddSingleton<TriggerReceipts>();
builder.Services.AddSingleton(ArticleAnalyzer.Default);
builder.Services.Configure<StoryAssignmentOptions>(builder.Configuration.GetSection(StoryAssignmentOptions.Section));
builder.Services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StoryAssignmentOptions>>().Value);
builder.Services.AddSingleton<IngestService>();
builder.Services.AddSingleton<ArticleCommands>();
builder.Services.AddSingleton<TimelineQueryService>();
builder.Services.AddSingleton<TimelineApi>();

if (builder.Configuration.GetValue<bool>($"{LocalTriggerOptions.SectionName}:Enabled"))
{
    builder.Services.AddHttpClient(nameof(LocalBlobTrigger), c => c.Timeout = TimeSpan.FromMinutes(10));
    builder.Services.AddHostedService<LocalBlobTrigger>();
}

var app = builder.Build();

// The host's readiness and health ping: must answer at once, whatever the state of storage.
app.MapGet("/", () => Results.Json(new { status = "ok", service = "TimelineFunctions.Handler" }));
app.MapInvocationEndpoints();
app.MapDirectApi();

app.Run();
