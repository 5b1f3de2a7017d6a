using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;
using TimelineFunctions.TestSupport;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

/// <summary>
/// The two real articles the project started from (../shared/samples, read at run time), ingested together as one
/// story: the timeline must date each development right, name the actors with their roles, and take nothing from
/// the wire page's caption or its trailing list of other stories' headlines.
/// </summary>
public sealed class SharedSamplesTimelineTests
{
    private static readonly string[] ForeignText =
    [
        "COP29", "Gatwick", "Kelantan", "Ardern", "Netanyahu", "KTMB", "international reserves", "inflation", "dark energy",
        "Rimbawatch", "Online Safety", "Airshow", "coronation", "meth", "Teoh Beng Hock", "Thaksin", "Sungai Bakap", "UPNM",
        "Adani", "Elon Musk", "REUTERS/Filepic",
    ];

    [SharedSamplesFact]
    public async Task The_two_samples_make_one_correctly_dated_timeline()
    {
        var (timeline, actors) = await IngestSamplesAsync();
        var events = timeline.Events;

        AssertEvent(events, "convoys on Monday night", "2023-10-09", "day");
        AssertEvent(events, "said on Thursday there were no", "2023-10-12", "day");
        Assert.Contains(events, e => e.Date!.Value == "2023-10-13" && e.Type == "protest" && QuoteHas(e, "protested to China"));
        AssertEvent(events, "detained by Chinese authorities", "2023-04", "month", type: "arrest");
        Assert.Contains(events, e => e.Type == "deportation" && e.Date!.Value is "2023-W41" or "2023-10-09" && QuoteHas(e, "this week"));

        // Both articles tell the deportation; the wire also quotes Human Rights Watch's count. One event, the two
        // counts side by side.
        var deportation = Assert.Single(events, e => e.Type == "deportation" && QuoteHas(e, "about 600") && QuoteHas(e, "more than 500"));
        Assert.Equal(2, deportation.SourceCount);
        var people = Assert.Single(deportation.Conflicts, c => c.Aspect == "people");
        Assert.Equal(["more than 500", "about 600"], people.Versions.Select(v => v.Value));

        var wang = Assert.Single(actors, a => a.Name == "Wang Wenbin");
        Assert.Contains(wang.Roles, r => r.Contains("spokesman", StringComparison.OrdinalIgnoreCase));
        var koo = Assert.Single(actors, a => a.Name == "Koo Byoung-sam");
        Assert.Contains(koo.Roles, r => r.Contains("Unification Ministry", StringComparison.Ordinal));
    }

    [SharedSamplesFact]
    public async Task Nothing_comes_from_the_caption_or_the_other_stories_headlines()
    {
        var (timeline, actors) = await IngestSamplesAsync();

        foreach (var e in timeline.Events.Concat(timeline.Undated))
        {
            Assert.DoesNotContain(ForeignText, f => e.Sources.Any(s => s.Quote.Contains(f, StringComparison.Ordinal)));
        }

        Assert.DoesNotContain(actors, a => ForeignText.Any(f => a.Name.Contains(f, StringComparison.Ordinal)));
        Assert.All(timeline.Events, e => Assert.True(e.Date!.Start.Year == 2023, $"{e.Date.Value}: {e.Summary}"));
    }

    private static async Task<(StoryTimeline Timeline, IReadOnlyList<StoryActorSummary> Actors)> IngestSamplesAsync()
    {
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        foreach (var file in Directory.GetFiles(SharedSamplesFactAttribute.Folder!, "*.txt").Order(StringComparer.Ordinal))
        {
            var result = await ingest.IngestAsync(
                new IngestRequest($"defectors/{Path.GetFileName(file)}", await File.ReadAllBytesAsync(file), "text/plain", new Dictionary<string, string>(), null),
                CancellationToken.None);
            Assert.Equal(IngestOutcome.Processed, result.Outcome);
        }

        var queries = new TimelineQueryService(store, store);
        return ((await queries.GetTimelineAsync("defectors", CancellationToken.None))!, (await queries.GetActorsAsync("defectors", CancellationToken.None))!);
    }

    private static void AssertEvent(IReadOnlyList<TimelineEvent> events, string quoted, string value, string granularity, string? type = null)
    {
        var matching = events.Where(e => QuoteHas(e, quoted)).ToList();
        Assert.True(
            matching.Any(e => e.Date!.Value == value && e.Date.Granularity == granularity && (type is null || e.Type == type)),
            $"No {type ?? "event"} dated {value} ({granularity}) from \"{quoted}\"; found: {string.Join("; ", matching.Select(e => $"{e.Type} {e.Date!.Value}"))}");
    }

    private static bool QuoteHas(TimelineEvent e, string text) => e.Sources.Any(s => s.Quote.Contains(text, StringComparison.Ordinal));
}
