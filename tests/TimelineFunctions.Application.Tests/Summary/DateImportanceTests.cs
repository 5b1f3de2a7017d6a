using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Summary;
using static TimelineFunctions.Application.Tests.Summary.SummaryStories;

namespace TimelineFunctions.Application.Tests.Summary;

public sealed class DateImportanceTests
{
    [Fact]
    public void A_day_later_articles_return_to_outranks_a_busy_news_day()
    {
        // 1 March: the fire, told again by three later articles. 5 March: four same-day reports of a meeting.
        var fire = Event("ev-fire", Day(D(3, 1)), "fire", ("a1", D(3, 1), "A fire broke out."), ("a2", D(3, 4), "The fire of Friday."), ("a3", D(3, 6), "Since the fire."), ("a4", D(3, 9), "The fire destroyed sheds."));
        var meeting = Event("ev-meet", Day(D(3, 5)), "meeting", ("b1", D(3, 5), "Officials met."), ("b2", D(3, 5), "Officials met today."), ("b3", D(3, 5), "A meeting was held."), ("b4", D(3, 5), "They met."));
        var ranked = DateImportance.Rank([fire, meeting], [D(3, 1), D(3, 5), D(3, 5), D(3, 5), D(3, 5), D(3, 5)]);

        Assert.Equal([D(3, 1), D(3, 5)], ranked.Select(c => c.Date.Start));
        Assert.Equal((3 * DateImportance.LaterReference) + DateImportance.SameDayReference + DateImportance.CorroboratedEvent, ranked[0].Importance, 6);
        Assert.Equal((4 * DateImportance.SameDayReference) + DateImportance.CorroboratedEvent, ranked[1].Importance, 6);
    }

    [Fact]
    public void An_article_counts_once_for_a_date_with_its_best_weight_and_each_corroborated_event_adds_a_little()
    {
        var one = Event("ev-1", Day(D(3, 2)), "fire", ("a1", D(3, 2), "A fire."), ("a1", D(3, 2), "The fire again."), ("a2", D(3, 8), "The fire."));
        var two = Event("ev-2", Day(D(3, 2)), "arrest", ("a2", D(3, 8), "A man was arrested."));
        var candidate = Assert.Single(DateImportance.Rank([one, two], []));

        // One corroborated event (two articles) and one that a single article reports.
        Assert.Equal(DateImportance.SameDayReference + DateImportance.LaterReference + DateImportance.CorroboratedEvent, candidate.Importance, 6);
        Assert.Equal(2, candidate.Events.Count);
    }

    [Fact]
    public void Corroborated_events_add_a_little_but_do_not_outweigh_a_further_later_report()
    {
        // 3 March: two later articles tell one event. 4 March: one later article and two same-day ones tell three events.
        var quiet = Event("ev-quiet", Day(D(3, 3)), "fire", ("a1", D(3, 9), "A shed burned."), ("a2", D(3, 9), "A shed burned down."));
        var busyOne = Event("ev-busy-1", Day(D(3, 4)), "arrest", ("a3", D(3, 9), "A man was arrested."), ("a4", D(3, 4), "Police arrested a man."));
        var busyTwo = Event("ev-busy-2", Day(D(3, 4)), "closure", ("a3", D(3, 9), "The road closed."), ("a4", D(3, 4), "The road was closed."));
        var busyThree = Event("ev-busy-3", Day(D(3, 4)), "protest", ("a3", D(3, 9), "Residents protested."), ("a5", D(3, 4), "A protest."));
        var ranked = DateImportance.Rank([quiet, busyOne, busyTwo, busyThree], []);

        // 3 March: 2 later articles + 1 corroborated event = 2.15; 4 March: 1 later + 2 same-day + 3 corroborated = 1.95.
        Assert.Equal([D(3, 3), D(3, 4)], ranked.Select(c => c.Date.Start));
        Assert.Equal(1 + (2 * DateImportance.SameDayReference) + (3 * DateImportance.CorroboratedEvent), ranked[1].Importance, 6);
    }

    [Fact]
    public void On_equal_weight_a_day_of_deeds_comes_before_a_day_of_statements_then_the_busier_day()
    {
        var said = Event("ev-said", Day(D(3, 3)), "statement", ("a1", D(3, 9), "The mayor said the port was safe."));
        var done = Event("ev-done", Day(D(3, 7)), "evacuation", ("a2", D(3, 9), "Residents were evacuated."));
        var alsoSaid = Event("ev-said-2", Day(D(3, 4)), "statement", ("a3", D(3, 9), "The union said it was worried."));
        var ranked = DateImportance.Rank([said, done, alsoSaid], [D(3, 4)]);

        Assert.Equal([D(3, 7), D(3, 4), D(3, 3)], ranked.Select(c => c.Date.Start));
    }

    [Fact]
    public void A_month_is_a_candidate_only_inside_the_story_span_and_when_none_of_its_days_has_an_event()
    {
        var april = Event("ev-april", Period("2024-04", "month", D(4, 1), D(4, 30)), "inquiry", ("a1", D(5, 2), "An inquiry ran in April."));
        var march = Event("ev-march", Period("2024-03", "month", D(3, 1), D(3, 31)), "repair", ("a1", D(5, 2), "Repairs began in March."));
        var marchDay = Event("ev-day", Day(D(3, 10)), "fire", ("a2", D(3, 10), "A fire."));
        var background = Event("ev-1998", Period("1998", "year", new DateOnly(1998, 1, 1), new DateOnly(1998, 12, 31)), "fire", ("a1", D(5, 2), "The 1998 fire."), ("a2", D(3, 10), "As in 1998."));
        var ranked = DateImportance.Rank([april, march, marchDay, background], [D(3, 10), D(5, 2)]);

        Assert.Equal(["2024-04", "2024-03-10"], ranked.Select(c => c.Date.Value));
        Assert.Equal("month", ranked[0].Date.Granularity);
    }

    [Fact]
    public void A_date_an_editors_chronology_lists_within_the_story_span_comes_first()
    {
        // 3 March: three later articles return to the fire. 6 March: one article, a chronology, lists the inquiry's
        // opening. 1 January 2023: the same chronology lists the harbour's founding, before the story was reported.
        var fire = Event("ev-fire", Day(D(3, 3)), "fire", ("a1", D(3, 9), "The fire."), ("a2", D(3, 9), "The fire again."), ("a3", D(3, 9), "Since the fire."));
        var inquiry = Listed(Event("ev-inquiry", Day(D(3, 6)), "inquiry", ("c1", D(3, 9), "6 March 2024 The inquiry opens.")));
        var founding = Listed(Event("ev-founding", Day(new DateOnly(2023, 1, 1)), "founding", ("c1", D(3, 9), "1 January 2023 The harbour is founded.")));
        var ranked = DateImportance.Rank([fire, inquiry, founding], [D(3, 3), D(3, 9)]);

        Assert.Equal([D(3, 6), D(3, 3), new DateOnly(2023, 1, 1)], ranked.Select(c => c.Date.Start));
    }

    private static TimelineEvent Listed(TimelineEvent e) => e with { Sources = [.. e.Sources.Select(s => s with { InChronology = true })] };
}
