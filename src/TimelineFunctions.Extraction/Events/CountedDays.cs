using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Temporal.Parsers;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A deed counted from the clause's own day: "grounded its fleet on Tuesday, a day after one of its planes made an
/// emergency landing" tells a landing on Monday; "pulled out 41 workers on Tuesday evening, 16 days after it
/// collapsed" a collapse 16 days before.
/// </summary>
/// <remarks>
/// The count ("a day", "two days", "three weeks", "16 days") and "after" or "before" are followed, in the same clause
/// (up to the next comma or semicolon), by an event word, which then types the counted clause and not the sentence
/// (<see cref="CountedClause.Holds"/>); the sentence's day-precise date moves back (after) or forward (before) by the
/// count. A count with a hedge ("almost two weeks after", `[count-hedges]`) is no day, nor is one after the page's date.
/// </remarks>
internal static class CountedDays
{
    private static readonly TemporalLexicon Lexicon = TemporalLexicon.Default;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Hedges = EventWords.Of("count-hedges").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string Number =
        $@"\d{{1,3}}|{Lexicon.Alternation("number-article")}|{Lexicon.Alternation("number-unit")}|{Lexicon.Alternation("number-teen")}|{Lexicon.Alternation("number-tens")}";

    /// <summary>"a day after", "16 days before", "three weeks after", and weeks and days together ("eight weeks and a day after").</summary>
    private static readonly Regex Count = new(
        $@"\b(?:(?<weeks>{Number})\s+weeks?\s+and\s+)?(?<n>{Number})\s+(?<unit>days?|weeks?)\s+(?<dir>after|before)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    /// <summary>
    /// What every count says: a content without either is not searched (the count's pattern, tried at every word of
    /// every sentence, cost as much as the rest of the events stage's searches together).
    /// </summary>
    private static readonly SearchValues<string> Directions = SearchValues.Create(["after", "before"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The counted clauses of the content [start, end): none in most sentences.</summary>
    public static IReadOnlyList<CountedClause> In(string text, int start, int end)
    {
        if (!text.AsSpan(start, end - start).ContainsAny(Directions))
        {
            return [];
        }

        List<CountedClause>? clauses = null;
        for (var match = Count.Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var before = text.AsSpan(start, match.Index - start);
            if (Hedges.Contains(AdjacentWords.TakeLast(ref before)) || Days(match) is not { } days)
            {
                continue;
            }

            var opens = match.Index + match.Length;
            var stop = text.IndexOfAny([',', ';'], opens, end - opens);
            var after = match.Groups["dir"].Value.Equals("after", StringComparison.OrdinalIgnoreCase);
            (clauses ??= []).Add(new CountedClause(opens, stop >= 0 ? stop : end, after ? -days : days, match.Value));
        }

        return clauses ?? (IReadOnlyList<CountedClause>)[];
    }

    /// <summary>The events the counted clauses tell, each on the sentence's day moved by its count.</summary>
    public static IEnumerable<ExtractedEvent> Events(SentenceContext context, IReadOnlyList<CountedClause> clauses, IReadOnlyList<TriggerMatch> triggers, ExtractedEvent content)
    {
        if (clauses.Count == 0 || content.Date is not { Granularity: Granularity.Day } counted || content.PlannedFor is not null)
        {
            yield break;
        }

        foreach (var clause in clauses)
        {
            var trigger = triggers.Where(t => !t.Kind.IsSpeechAct && clause.Holds(t.Start)).MinBy(t => t.Start);
            var day = counted.Start.AddDays(clause.Days);
            if ((trigger is null && !AdjacentWords.HasPastVerb(context.Text, clause.Opens, clause.End)) || (context.Dct is { } page && day > page))
            {
                continue;
            }

            // With no event word, a clause with a verb of its own is still a deed of that day, untyped ("three days after
            // the Courier reported that the firm is part-owned by her brother-in-law"), when it says who did what: "seven
            // weeks after this started" counts from the story itself. Its quote is the clause: with the whole sentence's
            // words, an untyped report would match the sentence's own event as told by others.
            if (trigger is null && AdjacentWords.Count(context.Text.AsSpan(clause.Opens, clause.End - clause.Opens)) < MinUntypedClauseWords)
            {
                continue;
            }

            var kind = trigger?.Kind ?? EventKind.Occurrence;
            var quoted = trigger is null ? context.Text[clause.Opens..clause.End].Trim() : content.Quote;
            yield return content with
            {
                Type = kind.Type,
                CameoCode = kind.CameoCode,
                Quote = quoted,
                QuoteStart = trigger is null ? context.Text.IndexOf(quoted, clause.Opens, StringComparison.Ordinal) : content.QuoteStart,
                Summary = SummaryWriter.Clause(context.Text[clause.Opens..clause.End]),
                Date = new EventDate(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Granularity.Day, day, day, [clause.Phrase]),
                Participants = context.Participants(clause.Opens, clause.End, trigger?.Start ?? clause.Opens),
                Trigger = trigger?.TextIn(context.Text),
            };
        }
    }

    /// <summary>The fewest words an untyped counted clause tells a deed in: "this started" and "it ended" name no doer.</summary>
    private const int MinUntypedClauseWords = 3;

    private static int? Days(Match match)
    {
        var days = Whole(match.Groups["n"].Value) * (match.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1);
        return match.Groups["weeks"].Success ? days + (Whole(match.Groups["weeks"].Value) * 7) : days;
    }

    /// <summary>A count of one or more, as written ("16", "a", "three"), or null.</summary>
    private static int? Whole(string number) =>
        ParserHelpers.TryNumber(number, Lexicon, out var count) && count is { } whole && whole >= 1 && whole == Math.Floor(whole) ? (int)whole : null;
}
