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
    public static void Redate(List<ExtractedEvent> events, PublicationDating dating)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var said = events[i];
            if (said.Type != EventKind.Statement.Type || said.Date is not { Granularity: Granularity.Day, Texts.Count: 0 } date
                || EventDater.DctAt(dating, said.QuoteStart) is not { } page || date.Start >= page)
            {
                continue;
            }

            var words = ContentWords.Of(said.Quote);
            var named = events.Where(e => !EventKind.IsSaid(e.Type) && e.Trigger is { } trigger && e.Date is { Granularity: Granularity.Day }
                && NamesTheDeed(words, ContentWords.Of(trigger))).Select(e => e.Date!.Start).ToList();
            if (named.Count > 0 && named.All(day => day > date.Start) && named.Exists(day => day <= page))
            {
                events[i] = said with { Date = EventDater.OnDay(page) };
            }
        }
    }

    /// <summary>The fewest letters a word of the statement and a stem of the deed's word must begin with alike: "suspension" and "suspended".</summary>
    private const int SharedStemLetters = 6;

    private static bool NamesTheDeed(HashSet<string> words, HashSet<string> deedWords) =>
        deedWords.Any(stem => words.Any(word => word == stem
            || (Math.Min(word.Length, stem.Length) >= SharedStemLetters && word.AsSpan().CommonPrefixLength(stem) >= SharedStemLetters)));
}
