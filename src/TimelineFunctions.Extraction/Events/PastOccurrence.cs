using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A date named without a year in a clause told as done is its last occurrence before the article: "Quarrie left the
/// council in January", in an article of October, is the January just gone, not the coming one that the tagger's
/// nearest-occurrence rule picks (<see cref="TemporalExpression.IsYearGuessed"/>) because it is closer.
/// </summary>
internal static class PastOccurrence
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OccasionPrepositions = EventWords.Lookup("occasion-prepositions");

    /// <summary>
    /// The date a year earlier when <paramref name="timex"/>, whose year was guessed, falls after
    /// <paramref name="published"/> as the occasion of a deed (after "in" or "on", `[occasion-prepositions]`, not a
    /// deadline: "extended the deadline to the end of May") in a clause told as done (<see cref="IsToldAsDone"/>) with
    /// no word of the future before the date; otherwise <paramref name="date"/>.
    /// </summary>
    public static EventDate Of(EventDate date, TemporalExpression timex, DateOnly? published, string text, int clauseStart)
    {
        if (!timex.IsYearGuessed || published is not { } page || date.Start <= page || date.Granularity is not (Granularity.Month or Granularity.Day)
            || timex.Start < clauseStart || !IsOccasion(text, timex) || !IsToldAsDone(text, clauseStart, timex.Start)
            || ContentEvents.HasFutureMarker(text, clauseStart, timex.Start))
        {
            return date;
        }

        var start = date.Start.AddYears(-1);
        var value = date.Granularity == Granularity.Month ? TimexValues.Month(start.Year, start.Month) : TimexValues.Day(start);
        TimexValues.TryGetRange(value, out var from, out var to, out _);
        return new EventDate(value, date.Granularity, from, to, date.Texts);
    }

    /// <summary>Whether the date is told after "in" or "on", or opens with one of them.</summary>
    private static bool IsOccasion(string text, TemporalExpression timex)
    {
        var before = text.AsSpan(0, timex.Start);
        var opening = timex.Text.AsSpan();
        var space = opening.IndexOf(' ');
        return OccasionPrepositions.Contains(AdjacentWords.TakeLast(ref before)) || (space > 0 && OccasionPrepositions.Contains(opening[..space]));
    }

    /// <summary>
    /// Whether the verb nearest before the date in [start, end) is in the past and tells a deed: not a participle after
    /// a determiner ("the signed deal"), a verb of state ("the first hearing is set for 14 May") or "be" ("asked for
    /// the motion to be ruled on by June 15"). Only the nearest counts: "It was approved, and its hearing is set for
    /// 13 September" tells the hearing as coming.
    /// </summary>
    private static bool IsToldAsDone(string text, int start, int end)
    {
        var previous = ReadOnlySpan<char>.Empty;
        var told = false;
        foreach (var (at, length) in AdjacentWords.Words(text, start, end))
        {
            var word = text.AsSpan(at, length);
            if (AdjacentWords.IsPastForm(word))
            {
                told = PastTenseTrigger.IsVerbAfter(previous) && !previous.Equals("be", StringComparison.OrdinalIgnoreCase);
            }

            previous = word;
        }

        return told;
    }
}
