using Azure.Data.Tables;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Storage.Tables;

/// <summary>
/// The story summary index's rows: partition <see cref="Partition"/> of the stories table, one row per story id, with
/// what the story list shows (<see cref="StoryFacts"/>) and the change marker it was computed under.
/// </summary>
internal static class StorySummaryRows
{
    public const string Partition = "summaries";

    public static TableEntity ToEntity(string storyId, StoryFacts facts, string marker) => new(Partition, storyId)
    {
        ["Marker"] = marker,
        ["Title"] = ArticleEntities.Truncate(facts.Title, 1_000),
        ["ArticleCount"] = facts.ArticleCount,
        ["EventCount"] = facts.EventCount,
        ["FirstDate"] = facts.FirstDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["LastDate"] = facts.LastDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static (StoryFacts Facts, string? Marker) FromEntity(TableEntity e) => (
        new StoryFacts(
            e.GetString("Title"),
            e.GetInt32("ArticleCount") ?? 0,
            e.GetInt32("EventCount") ?? 0,
            Date(e.GetString("FirstDate")),
            Date(e.GetString("LastDate"))),
        e.GetString("Marker"));

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "O", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
}
