using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Cli.Settings;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.Cli.Commands;

/// <summary>
/// <c>timeline show STORY [--from --to --actor --type]</c>: prints the story's timeline in the terminal, read
/// straight from the tables with the same query and date labels as the API and the page.
/// </summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var story = new Argument<string>("story") { Description = "The story id." };
        var from = new Option<string?>("--from") { Description = "Only events that end on or after this ISO date (YYYY-MM-DD, YYYY-MM or YYYY)." };
        var to = new Option<string?>("--to") { Description = "Only events that start on or before this ISO date (YYYY-MM-DD, YYYY-MM or YYYY)." };
        var actor = new Option<string?>("--actor") { Description = "Only events involving this actor (id or name)." };
        var type = new Option<string?>("--type") { Description = "Only events of this type." };
        var quotes = new Option<bool>("--quotes") { Description = "Print each source's quote under the event." };
        var connection = CliStorage.ConnectionOption();

        var command = new Command("show", "Print a story's timeline.") { story, from, to, actor, type, quotes, connection };
        command.Validators.Add(result =>
        {
            if (result.GetValue(from) is { } f && !DateBound.TryParseFrom(f, out _))
            {
                result.AddError("--from must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY.");
            }

            if (result.GetValue(to) is { } t && !DateBound.TryParseTo(t, out _))
            {
                result.AddError("--to must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY.");
            }
        });
        command.SetAction((parse, cancellationToken) => Unreachable.RunAsync(async () =>
        {
            var query = new TimelineQuery
            {
                From = parse.GetValue(from) is { } f && DateBound.TryParseFrom(f, out var fromDay) ? fromDay : null,
                To = parse.GetValue(to) is { } t && DateBound.TryParseTo(t, out var toDay) ? toDay : null,
                Actor = parse.GetValue(actor),
                Type = parse.GetValue(type),
            };
            var store = new TableTimelineStore(CliStorage.Clients(parse.GetValue(connection), null), TimeProvider.System, NullLoggerFactory.Instance);
            var storyId = parse.GetValue(story)!.Trim().ToLowerInvariant();
            var timeline = await new TimelineQueryService(store.Stories, store.RejectedBlobs).GetTimelineAsync(storyId, cancellationToken);
            if (timeline is null)
            {
                Console.Error.WriteLine($"There is no story '{storyId}'.");
                return 1;
            }

            TimelinePrinter.Print(Console.Out, TimelinePager.Page(timeline, query, ContinuationToken.WithRandomKey()), parse.GetValue(quotes));
            return 0;
        }));
        return command;
    }
}
