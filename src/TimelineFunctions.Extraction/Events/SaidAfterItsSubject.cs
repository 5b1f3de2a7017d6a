using TimelineFunctions.Extraction.Comparison;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A statement is not made before the deed it speaks of. One with no time phrase of its own takes the day the
/// sentences before it were about (<see cref="ReferenceTime"/>); when its words name a deed the article dates later, up
/// to the page's day, by that deed's own word ("said in a statement that the suspension was temporary" after a
/// paragraph about Saturday, on a page whose withdrawals were suspended on Monday), that day was another's, and the
/// statement is dated on the page's day. A deed of that word on or before the statement's day may be the one it
/// speaks of ("the death" in a long retrospective that tells a death and, later, an inquest into it): then the
/// statement keeps its day.
/// </summary>
internal static class SaidAfterItsSubject
{
    /// <summary>The fewest letters a word of the statement and a stem of the deed's word must begin with alike: "suspension" and "suspended".</summary>
    private const int SharedStemLetters = 6;

    public static void Redate(List<ExtractedEvent> events, PublicationDating dating)
    {
        // The days of the article's dated deeds by the key of each word that typed them, worked out once, when a
        // statement asks.
        Dictionary<string, List<DateOnly>>? deedDays = null;
        for (var i = 0; i < events.Count; i++)
        {
            var said = events[i];
            if (said.Type != EventKind.Statement.Type || said.Date is not { Granularity: Granularity.Day, Texts.Count: 0 } date
                || EventDater.DctAt(dating, said.QuoteStart) is not { } page || date.Start >= page)
            {
                continue;
            }

            deedDays ??= DeedDays(events);
            var named = ContentWords.Of(said.Quote).SelectMany(word => deedDays.GetValueOrDefault(Key(word)) ?? []).ToList();
            if (named.Count > 0 && named.All(day => day > date.Start) && named.Exists(day => day <= page))
            {
                events[i] = said with { Date = EventDater.OnDay(page) };
            }
        }
    }

    private static Dictionary<string, List<DateOnly>> DeedDays(List<ExtractedEvent> events)
    {
        var days = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        foreach (var deed in events.Where(e => !EventKind.IsSaid(e.Type) && e.Date is { Granularity: Granularity.Day }))
        {
            foreach (var word in ContentWords.Of(deed.Trigger))
            {
                if (!days.TryGetValue(Key(word), out var list))
                {
                    days[Key(word)] = list = [];
                }

                list.Add(deed.Date!.Start);
            }
        }

        return days;
    }

    /// <summary>
    /// What a word is looked up by: its first <see cref="SharedStemLetters"/> letters, or the whole of a shorter word.
    /// Two words of that length or more that begin alike ("suspension", "suspended") share it; a shorter word matches
    /// only itself.
    /// </summary>
    private static string Key(string word) => word.Length > SharedStemLetters ? word[..SharedStemLetters] : word;
}
