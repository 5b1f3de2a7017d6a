using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Extraction.Comparison;

namespace TimelineFunctions.Application.Merging;

/// <summary>One article's report of an event, with what the merge compares precomputed.</summary>
internal sealed class MergeCandidate
{
    private static readonly string[] GranularityOrder = ["day", "week", "month", "quarter", "season", "year", "decade"];

    public MergeCandidate(EventContribution contribution)
    {
        Contribution = contribution;
        Words = ContentWords.Of(contribution.Quote, contribution.Summary);
        DistinctiveActors = [.. contribution.Actors
            .Where(a => a.Type is not ("country" or "location"))
            .Select(a => a.Id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(Singular).ToArray())];
        SpeakerId = contribution.Actors.FirstOrDefault(a => a.Role == "speaker")?.Id;
        PrecisionRank = RankOf(contribution.Date);
    }

    public EventContribution Contribution { get; }

    public EventDateInfo? Date => Contribution.Date;

    /// <summary>For a plan, the date it is planned for.</summary>
    public EventDateInfo? PlannedFor => Contribution.PlannedFor;

    public HashSet<string> Words { get; }

    /// <summary>
    /// The words of the ids of the actors that single out an event (not countries or places, which many events of
    /// a story share): two reports name the same actor when one id's words hold the other's ("key-bridge" and
    /// "francis-scott-key-bridge", "north-koreans" and "north-korean-defectors"), since each article resolves its own
    /// names.
    /// </summary>
    public IReadOnlyList<string[]> DistinctiveActors { get; }

    public string? SpeakerId { get; }

    /// <summary>0 for a day, growing with vagueness; undated reports come last.</summary>
    public int PrecisionRank { get; }

    public bool IsDayPrecise => PrecisionRank == 0;

    /// <summary>0 for a day, growing with vagueness (an unknown granularity after a decade); undated last.</summary>
    public static int RankOf(EventDateInfo? date)
    {
        var rank = date is null ? -1 : Array.IndexOf(GranularityOrder, date.Granularity);
        return date is null ? GranularityOrder.Length + 1 : rank < 0 ? GranularityOrder.Length : rank;
    }

    /// <summary>"koreans" and "korean" are one word of an actor's name.</summary>
    private static string Singular(string word) => word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;

    /// <summary>
    /// The order the merge visits reports in: the most precise dates first, so that each event forms around its
    /// most precise report and vaguer ones join it; then by date and stable ids. It depends only on the reports
    /// themselves, which is what makes the timeline independent of arrival order.
    /// </summary>
    public static int CompareForMerge(MergeCandidate x, MergeCandidate y)
    {
        var byRank = x.PrecisionRank.CompareTo(y.PrecisionRank);
        if (byRank != 0)
        {
            return byRank;
        }

        if (x.Date is { } dx && y.Date is { } dy)
        {
            var byDate = dx.Start.CompareTo(dy.Start);
            if (byDate != 0)
            {
                return byDate;
            }
        }

        var byArticle = string.CompareOrdinal(x.Contribution.ArticleId, y.Contribution.ArticleId);
        return byArticle != 0 ? byArticle : x.Contribution.Ordinal.CompareTo(y.Contribution.Ordinal);
    }
}
