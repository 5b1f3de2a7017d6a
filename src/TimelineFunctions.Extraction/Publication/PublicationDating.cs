using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>The article's publication date (null when none can be found: never the upload time) and its blocks.</summary>
public sealed record PublicationDating(
    PublicationDate? Date,
    IReadOnlyList<PublicationDate> Candidates,
    IReadOnlyList<DatedBlock> Blocks)
{
    public static PublicationDating None { get; } = new(null, [], []);

    /// <summary>
    /// On a page with no date, the month and day its dateline gives without a year ("SEOUL, Oct 13 (Reuters) -"), or
    /// null: the page's present, which the merge dates once the story's other articles give the year.
    /// </summary>
    public YearlessDay? PageDay { get; init; }

    /// <summary>Where the entries of a live page start (<see cref="LiveClock"/>); none on another page.</summary>
    public IReadOnlyList<int> LiveEntryStarts { get; init; } = [];
}
