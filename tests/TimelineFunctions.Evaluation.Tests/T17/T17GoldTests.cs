using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Evaluation.T17;

namespace TimelineFunctions.Evaluation.Tests.T17;

public sealed class T17GoldTests
{
    [Fact]
    public void Entries_of_one_date_are_joined_and_the_sentences_per_date_rounded()
    {
        var dir = Directory.CreateTempSubdirectory("t17-gold-");
        try
        {
            var file = Path.Combine(dir.FullName, "gold-timeline.json");
            File.WriteAllText(file, """
                {"timeline": "harbour_fire", "source": "invented", "entries": [
                  {"date": "2024-03-02", "sentences": ["Police arrested a watchman."]},
                  {"date": "2024-03-01", "sentences": ["A fire broke out.", "Warehouses burned."]},
                  {"date": "2024-03-01", "sentences": ["Crowds watched."]}]}
                """);
            var gold = T17Gold.Load(file);

            Assert.Equal("harbour_fire", gold.Name);
            Assert.Equal([new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 2)], gold.Dates.Select(d => d.Date));
            Assert.Equal(["A fire broke out.", "Warehouses burned.", "Crowds watched."], gold.Dates[0].Sentences);
            Assert.Equal(2, gold.SentencesPerDate); // 4 sentences over 2 dates
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_gold_date_is_covered_by_a_day_event_of_that_date_whose_wording_matches()
    {
        var day = new DateOnly(2024, 3, 1);
        var gold = new[]
        {
            new T17GoldDate(day, ["Fire destroyed three warehouses at Lanmore harbour."]),
            new T17GoldDate(day.AddDays(1), ["Police arrested a night watchman."]),
            new T17GoldDate(day.AddDays(2), ["The port reopened to ferries."]),
        };
        TimelineEvent[] events =
        [
            Event(Info(day, "day"), "Warehouses at Lanmore harbour were destroyed by fire."),
            Event(Info(day.AddDays(1), "day"), "The mayor visited the harbour."),
            Event(new EventDateInfo("2024-W09", "week", day.AddDays(-4), day.AddDays(2), []), "The port reopened to ferries."),
        ];

        Assert.Equal((1, 3), GoldDateCoverage.Of(events, gold));
    }

    [Fact]
    public void The_baseline_takes_the_days_most_articles_were_published_on()
    {
        static Application.Articles.ArticleRecord Article(string id, int day) => new()
        {
            StoryId = "s",
            ArticleId = id,
            BlobName = "s/" + id,
            ContentHash = "h",
            Status = Application.Articles.ArticleStatus.Processed,
            Published = new Application.Articles.PublishedInfo(new DateOnly(2024, 3, day), "metadata", "", 1),
        };

        var baseline = T17Evaluator.Baseline([], [Article("a", 1), Article("b", 2), Article("c", 2), Article("d", 3), Article("e", 3), Article("f", 4)], 2, 1);
        Assert.Equal([new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 3)], baseline.Select(b => b.Date));
    }

    private static EventDateInfo Info(DateOnly day, string granularity) => new(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), granularity, day, day, []);

    private static TimelineEvent Event(EventDateInfo date, string quote) =>
        new("ev-" + quote.Length, date, "occurrence", quote, [], null, [new EventSource("a1", null, null, date.Start, quote)]);
}
