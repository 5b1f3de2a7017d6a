using Microsoft.Extensions.Logging;

namespace TimelineFunctions.Storage.Tables;

/// <summary>The five table stores on one storage account, sharing its tables, for callers that wire them by hand (the CLI, tests).</summary>
public sealed class TableTimelineStore
{
    public TableTimelineStore(StorageClients clients, TimeProvider clock, ILoggerFactory loggers)
        : this(new TimelineTables(clients), clock, loggers)
    {
    }

    public TableTimelineStore(TimelineTables tables, TimeProvider clock, ILoggerFactory loggers)
    {
        Tables = tables;
        Articles = new TableArticleStore(tables, clock, loggers.CreateLogger<TableArticleStore>());
        Stories = new TableStoryReader(tables);
        Assignments = new TableBlobAssignmentStore(tables);
        Profiles = new TableStoryProfileStore(tables, clock);
        RejectedBlobs = new TableRejectedBlobStore(tables);
    }

    public TimelineTables Tables { get; }

    public TableArticleStore Articles { get; }

    public TableStoryReader Stories { get; }

    public TableBlobAssignmentStore Assignments { get; }

    public TableStoryProfileStore Profiles { get; }

    public TableRejectedBlobStore RejectedBlobs { get; }
}
